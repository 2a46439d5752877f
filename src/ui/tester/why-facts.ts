import { refKey, type Analysis, type EffectiveListener, type HTTPHeaderMatch, type ManifestObject, type SimRequest, type SimResult, type TraceStep } from '../../model'

/**
 * What the "why" wording reads besides the trace: the request as sent, the result (for the
 * winner), the analysed objects (to quote the exact match values) and the served listeners.
 * Reading these is not running the engine: the decisions are the engine's; this only finds the
 * values a decision was about, to name them.
 */
export interface WhyContext {
  request: SimRequest
  result: SimResult
  object(ref: { kind: string; namespace: string; name: string }): ManifestObject | undefined
  listeners: readonly EffectiveListener[]
}

const contexts = new WeakMap<Analysis, Map<string, ManifestObject>>()

export function whyContext(analysis: Pick<Analysis, 'objects' | 'listeners'>, request: SimRequest, result: SimResult): WhyContext {
  let byKey = contexts.get(analysis as Analysis)
  if (!byKey) {
    byKey = new Map(analysis.objects.map((o) => [refKey({ kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name }), o]))
    contexts.set(analysis as Analysis, byKey)
  }
  const objects = byKey
  return { request, result, object: (ref) => objects.get(refKey(ref)), listeners: analysis.listeners }
}

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObj) : [])

/** A rule of a route, as decoded (API defaults applied). */
export function ruleOf(ctx: WhyContext, route: TraceStep['route'], rule: number | undefined): Json | undefined {
  if (!route || rule === undefined) return undefined
  return list(ctx.object(route)?.spec && (ctx.object(route)!.spec as Json).rules)[rule]
}

/** One match element; a rule without matches has the default `PathPrefix /`. */
export function matchOf(ctx: WhyContext, route: TraceStep['route'], rule: number | undefined, match: number | undefined): Json | undefined {
  const r = ruleOf(ctx, route, rule)
  if (!r) return undefined
  const matches = list(r.matches)
  if (matches.length === 0 && (match ?? 0) === 0 && route?.kind === 'HTTPRoute') return { path: { type: 'PathPrefix', value: '/' } }
  return matches[match ?? 0]
}

export const pathMatchOf = (m: Json | undefined): { type: string; value: string } | undefined =>
  isObj(m?.path) && typeof m.path.type === 'string' && typeof m.path.value === 'string' ? { type: m.path.type, value: m.path.value } : undefined

export const headerMatchersOf = (m: Json | undefined, key: 'headers' | 'queryParams'): HTTPHeaderMatch[] =>
  list(m?.[key]).filter((h): h is Json & HTTPHeaderMatch => typeof h.name === 'string' && typeof h.value === 'string').map((h) => ({ type: typeof h.type === 'string' ? h.type : 'Exact', name: h.name, value: h.value }))

export const grpcMethodOf = (m: Json | undefined): { type: string; service?: string; method?: string } | undefined =>
  isObj(m?.method) ? { type: typeof m.method.type === 'string' ? m.method.type : 'Exact', ...(typeof m.method.service === 'string' ? { service: m.method.service } : {}), ...(typeof m.method.method === 'string' ? { method: m.method.method } : {}) } : undefined

/** The request's path without its query string, as the matchers see it. */
export function requestPath(req: SimRequest): string {
  const raw = req.path ?? (req.grpc ? `/${req.grpc.service}/${req.grpc.method}` : '/')
  const p = raw.startsWith('/') ? raw : `/${raw}`
  const q = p.indexOf('?')
  return q < 0 ? p : p.slice(0, q)
}

/** A request header by name (case-insensitive), repeated values joined by `,`. */
export function requestHeader(req: SimRequest, name: string): string | undefined {
  const want = name.toLowerCase()
  const values: string[] = []
  for (const [k, v] of Object.entries(req.headers ?? {})) if (k.toLowerCase() === want) values.push(...(Array.isArray(v) ? v : [v]))
  return values.length ? values.join(',') : undefined
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return s
  }
}

/** A query parameter by name (case-sensitive), its first occurrence. */
export function requestQuery(req: SimRequest, name: string): string | undefined {
  const raw = req.path ?? ''
  const q = raw.indexOf('?')
  if (q < 0) return undefined
  for (const part of raw.slice(q + 1).split('&')) {
    const eq = part.indexOf('=')
    if (decode(eq < 0 ? part : part.slice(0, eq)) === name) return eq < 0 ? '' : decode(part.slice(eq + 1))
  }
  return undefined
}

export const requestMethod = (req: SimRequest) => (req.method ?? (String(req.protocol).toUpperCase() === 'GRPC' ? 'POST' : 'GET')).toUpperCase()

/** The request's host as matched: lower-case, without `:port`. */
export function requestHost(req: SimRequest): string {
  const raw = (req.host ?? requestHeader(req, 'host') ?? '').trim().toLowerCase()
  if (raw.startsWith('[')) return raw.slice(0, raw.indexOf(']') + 1 || undefined)
  const colon = raw.lastIndexOf(':')
  return colon >= 0 && raw.indexOf(':') === colon ? raw.slice(0, colon) : raw
}

/** `namespace/name` of a route reference. */
export const nsName = (r: { namespace: string; name: string }) => `${r.namespace}/${r.name}`

/**
 * The served listener a trace step (or the result) names. Names repeat across a Gateway and its
 * ListenerSets, so the step's subject (`listener http of ListenerSet infra/blue (...)`) decides
 * between them; the result's own listener is the one its selected listener step describes.
 */
export function listenerOf(ctx: Pick<WhyContext, 'result' | 'listeners'>, name: string | undefined, subject?: string): EffectiveListener | undefined {
  if (name === undefined) return undefined
  const gw = ctx.result.gateway
  const named = ctx.listeners.filter((l) => l.name === name && (!gw || (l.gateway.namespace === gw.namespace && l.gateway.name === gw.name)))
  if (named.length <= 1) return named[0]
  const about =
    subject ?? ctx.result.trace.find((t) => t.step === 'listener' && t.outcome === 'selected' && t.listener === name && t.criterion === 'listener')?.subject ?? ''
  return named.find((l) => about.startsWith(`listener ${l.name} of ${l.owner.kind} ${nsName(l.owner)}`)) ?? named[0]
}
