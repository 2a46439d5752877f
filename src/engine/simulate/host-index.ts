import { ANY_HOST, isWildcard } from './hostnames'

/**
 * Per-listener tables keyed by hostname, looked up the way Envoy picks a virtual host: exact
 * name, then the longest matching wildcard, then the catch-all. Gateway API wildcards cover
 * whole labels, so probing the request host at each label boundary (longest suffix first) finds
 * the most specific wildcard with one map lookup per label.
 */
export interface HostIndex<T> {
  exact: Map<string, T>
  /** Keyed by the wildcard without its `*`: `.example.com`. */
  wildcard: Map<string, T>
  any?: T
}

export function emptyHostIndex<T>(): HostIndex<T> {
  return { exact: new Map(), wildcard: new Map() }
}

export function hostIndexGet<T>(index: HostIndex<T>, hostname: string): T | undefined {
  if (hostname === ANY_HOST) return index.any
  return isWildcard(hostname) ? index.wildcard.get(hostname.slice(1)) : index.exact.get(hostname)
}

export function hostIndexSet<T>(index: HostIndex<T>, hostname: string, value: T): void {
  if (hostname === ANY_HOST) index.any = value
  else if (isWildcard(hostname)) index.wildcard.set(hostname.slice(1), value)
  else index.exact.set(hostname, value)
}

/** The most specific table serving `host` (lower-case, no port), or undefined. */
export function hostIndexFind<T>(index: HostIndex<T>, host: string): T | undefined {
  const exact = index.exact.get(host)
  if (exact !== undefined) return exact
  if (index.wildcard.size > 0) {
    // `a.b.example.com` probes `.b.example.com`, `.example.com`, `.com`: the longest suffix first.
    for (let i = host.indexOf('.'); i > 0 && i < host.length - 1; i = host.indexOf('.', i + 1)) {
      const t = index.wildcard.get(host.slice(i))
      if (t !== undefined) return t
    }
  }
  return index.any
}

/** Every table serving `host`, most specific first (for hostname fall-through and explanations). */
export function hostIndexFindAll<T>(index: HostIndex<T>, host: string): T[] {
  const out: T[] = []
  const exact = index.exact.get(host)
  if (exact !== undefined) out.push(exact)
  for (let i = host.indexOf('.'); i > 0 && i < host.length - 1; i = host.indexOf('.', i + 1)) {
    const t = index.wildcard.get(host.slice(i))
    if (t !== undefined) out.push(t)
  }
  if (index.any !== undefined) out.push(index.any)
  return out
}

export function hostIndexValues<T>(index: HostIndex<T>): T[] {
  const out = [...index.exact.values(), ...index.wildcard.values()]
  if (index.any !== undefined) out.push(index.any)
  return out
}
