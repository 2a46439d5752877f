/**
 * Hostname intersection, SPEC-NOTES §5.5. Hostnames are precise (`a.example.com`) or wildcards
 * (`*.example.com`, covering one or more labels on the left); an absent hostname is "any host".
 * `undefined` stands for "any host" throughout; `null` for "no intersection".
 */

const isWildcard = (h: string) => h.startsWith('*.')

/** Does precise host `h` fall under wildcard suffix `s` (the part after `*`, e.g. `.example.com`)? */
const underSuffix = (h: string, suffix: string) => h.length > suffix.length && h.endsWith(suffix)

/**
 * Intersects one listener hostname with one route hostname, in both wildcard directions.
 *
 * @example
 * intersectHostnames('*.example.com', 'www.example.com') // 'www.example.com'
 * intersectHostnames('www.example.com', '*.example.com') // 'www.example.com'
 * intersectHostnames('*.com', '*.example.com') // '*.example.com'
 * intersectHostnames('*.wildcard.io', 'wildcard.io') // null
 * intersectHostnames(undefined, undefined) // undefined (any host)
 */
export function intersectHostnames(listener: string | undefined, route: string | undefined): string | undefined | null {
  if (listener === undefined) return route
  if (route === undefined) return listener
  const l = listener.toLowerCase()
  const r = route.toLowerCase()
  if (!isWildcard(l) && !isWildcard(r)) return l === r ? r : null
  if (isWildcard(l) && !isWildcard(r)) return underSuffix(r, l.slice(1)) ? r : null
  if (!isWildcard(l) && isWildcard(r)) return underSuffix(l, r.slice(1)) ? l : null
  // Both wildcards: the more specific one, when one suffix equals or extends the other.
  const ls = l.slice(1)
  const rs = r.slice(1)
  if (ls === rs) return r
  if (rs.endsWith(ls)) return r
  if (ls.endsWith(rs)) return l
  return null
}

/**
 * The hostnames a route serves on one listener: every non-empty intersection of the listener
 * hostname with each route hostname. `[]` means none (the route does not attach there);
 * `undefined` means any host (neither side restricts).
 *
 * @example
 * effectiveHostnames('*.example.com', ['a.example.com', 'b.other.org']) // ['a.example.com']
 * effectiveHostnames(undefined, []) // undefined
 */
export function effectiveHostnames(listener: string | undefined, routeHostnames: readonly string[]): string[] | undefined {
  if (routeHostnames.length === 0) return listener === undefined ? undefined : [listener]
  const out: string[] = []
  for (const r of routeHostnames) {
    const h = intersectHostnames(listener, r)
    if (h && !out.includes(h)) out.push(h)
  }
  return out
}

/**
 * Do two effective hostname sets (each `undefined` = any host) share at least one host?
 *
 * @example
 * hostnameSetsOverlap(['a.example.com'], ['*.example.com']) // true
 */
export function hostnameSetsOverlap(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return true
  return a.some((x) => b.some((y) => intersectHostnames(x, y) != null))
}
