/**
 * Hostname matching for requests (SPEC-NOTES §5.5, §5.6, §8.4). A wildcard `*.S` covers one or
 * more whole labels to the left of `S`; an absent hostname (`''` here) matches any host.
 */

/** The catch-all used for listeners and bindings without hostnames. */
export const ANY_HOST = ''

export function isWildcard(hostname: string): boolean {
  return hostname.startsWith('*.')
}

/**
 * Whether request host `host` (already lower-case, port stripped) is served by `hostname`.
 *
 * @example
 * hostMatches('*.example.com', 'a.b.example.com') // true
 * hostMatches('*.example.com', 'example.com') // false
 */
export function hostMatches(hostname: string, host: string): boolean {
  if (hostname === ANY_HOST) return true
  const h = hostname.toLowerCase()
  if (!isWildcard(h)) return h === host
  const suffix = h.slice(1) // ".example.com"
  return host.length > suffix.length && host.endsWith(suffix)
}

/**
 * Sort key for "most specific hostname first": precise before wildcard, then more characters;
 * the catch-all is last. Larger is more specific.
 */
export function hostnameSpecificity(hostname: string): number {
  if (hostname === ANY_HOST) return 0
  return (isWildcard(hostname) ? 1 : 1_000_000) + hostname.length
}

/** Listener order of SPEC-NOTES §5.6: exact, then wildcards with more labels, then none. */
export function listenerHostnameRank(hostname: string | undefined): number {
  if (!hostname) return 0
  const labels = hostname.split('.').length
  return isWildcard(hostname) ? 1 + labels : 1_000_000 + labels
}

export function describeHostname(hostname: string): string {
  return hostname === ANY_HOST ? 'any host' : hostname
}
