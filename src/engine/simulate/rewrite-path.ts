/**
 * The path and Location arithmetic of URLRewrite and RequestRedirect (SPEC-NOTES §9.3, §9.4).
 */

const trimSlash = (s: string): string => (s.endsWith('/') ? s.slice(0, -1) : s)

/**
 * ReplacePrefixMatch: swap the matched PathPrefix for the replacement, element-wise.
 *
 * @example
 * replacePrefixMatch('/foo/bar', '/foo', '/xyz') // '/xyz/bar'
 * replacePrefixMatch('/foo', '/foo', '') // '/'
 */
export function replacePrefixMatch(path: string, matchPrefix: string, replacement: string): string {
  const p = trimSlash(matchPrefix)
  const r = trimSlash(replacement)
  const rest = path.slice(p.length)
  const out = r + rest
  return out === '' ? '/' : out
}

export const WELL_KNOWN_PORT: Record<string, number> = { http: 80, https: 443 }

/**
 * The port a redirect's Location carries: the filter's port; else the well-known port of the
 * filter's scheme when it sets one; else the port of the listener that took the request.
 */
export function redirectPort(filterPort: number | undefined, filterScheme: string | undefined, listenerPort: number): number {
  if (filterPort !== undefined) return filterPort
  if (filterScheme !== undefined) return WELL_KNOWN_PORT[filterScheme] ?? listenerPort
  return listenerPort
}

/**
 * `scheme://host[:port]path?query`, leaving the port out when it is the scheme's default.
 *
 * @example
 * buildLocation('http', 'example.org', 8080, '/x', '') // 'http://example.org:8080/x'
 */
export function buildLocation(scheme: string, host: string, port: number, path: string, query: string): string {
  const showPort = WELL_KNOWN_PORT[scheme] !== port
  return `${scheme}://${host}${showPort ? `:${port}` : ''}${path}${query}`
}
