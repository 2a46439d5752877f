import { GATEWAY_GROUP, type LabelSelector, type Listener, type RouteGroupKind } from '../../model'

/**
 * Defensive reads of decoded objects. The decoder applies the API server's defaults, but resolve
 * must never throw on user input: a field the decoder has not defaulted yet, or a value of the
 * wrong type in the text, is read here with the default the API server would have written.
 */
export type Json = Record<string, unknown>

export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
export const list = <T = Json>(v: unknown): T[] => (Array.isArray(v) ? (v.filter(isObj) as T[]) : [])
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

/**
 * `tls.mode`, defaulted to Terminate when a `tls` block exists (SPEC-NOTES §2).
 *
 * @example
 * tlsModeOf({ name: 'tls', port: 443, protocol: 'TLS', tls: {}, allowedRoutes }) // 'Terminate'
 */
export function tlsModeOf(l: Listener): string | undefined {
  if (!isObj(l.tls)) return l.protocol === 'HTTPS' ? 'Terminate' : undefined
  return str(l.tls.mode) ?? 'Terminate'
}

/**
 * `allowedRoutes.namespaces`, defaulted to `{from: Same}`.
 *
 * @example
 * allowedNamespacesOf(listenerWithoutAllowedRoutes) // { from: 'Same' }
 */
export function allowedNamespacesOf(l: Listener): { from: string; selector?: LabelSelector } {
  const ns = isObj(l.allowedRoutes) && isObj(l.allowedRoutes.namespaces) ? l.allowedRoutes.namespaces : undefined
  const from = str(ns?.from) ?? 'Same'
  return isObj(ns?.selector) ? { from, selector: ns.selector as LabelSelector } : { from }
}

/**
 * `allowedRoutes.kinds` as written (group defaulted), or undefined when the protocol decides.
 *
 * @example
 * allowedKindsOf(listener) // [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' }]
 */
export function allowedKindsOf(l: Listener): RouteGroupKind[] | undefined {
  const kinds = isObj(l.allowedRoutes) ? l.allowedRoutes.kinds : undefined
  if (!Array.isArray(kinds) || kinds.length === 0) return undefined
  return list(kinds).map((k) => ({ group: str(k.group) ?? GATEWAY_GROUP, kind: str(k.kind) ?? '' }))
}

export interface TypedRef {
  group: string
  kind: string
  namespace?: string
  name: string
}

/**
 * A Secret/ConfigMap/Service style reference with its defaults (group `''`, the given kind).
 *
 * @example
 * coreRefOf({ name: 'cert' }, 'Secret') // { group: '', kind: 'Secret', name: 'cert' }
 */
export function coreRefOf(v: Json, defaultKind: string): TypedRef {
  const r: TypedRef = { group: str(v.group) ?? '', kind: str(v.kind) ?? defaultKind, name: str(v.name) ?? '' }
  const ns = str(v.namespace)
  if (ns !== undefined) r.namespace = ns
  return r
}

/**
 * The listeners of a Gateway or ListenerSet spec, skipping anything that is not a mapping.
 *
 * @example
 * listenersOf(gateway.spec).map((l) => l.name)
 */
export function listenersOf(spec: unknown): Listener[] {
  return isObj(spec) ? list<Listener>(spec.listeners) : []
}

/**
 * RFC 3339 creation time in ms; objects without one count as created last ("now").
 *
 * @example
 * createdAt({ creationTimestamp: '2026-01-01T00:00:00Z' }) // 1767225600000
 */
export function createdAt(meta: { creationTimestamp?: string }): number {
  const t = meta.creationTimestamp ? Date.parse(meta.creationTimestamp) : NaN
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t
}

/**
 * Oldest first, then `{namespace}/{name}`: the spec's tie-break everywhere.
 *
 * @example
 * routes.sort(byAgeThenName)
 */
export function byAgeThenName(a: { metadata: { namespace: string; name: string; creationTimestamp?: string } }, b: typeof a): number {
  const ta = createdAt(a.metadata)
  const tb = createdAt(b.metadata)
  if (ta !== tb) return ta < tb ? -1 : 1
  const ka = `${a.metadata.namespace}/${a.metadata.name}`
  const kb = `${b.metadata.namespace}/${b.metadata.name}`
  return ka < kb ? -1 : ka > kb ? 1 : 0
}
