import type { HeaderModifier, HTTPCORS, HTTPRouteFilter, RouteObject, SimMirror, TraceStep } from '../../model'
import { applyCors } from './apply-cors'
import { resolveBackend, type ReferenceLookup } from './choose-backends'
import { text, type NormalRequest } from './normalize-request'
import { buildLocation, redirectPort, replacePrefixMatch } from './rewrite-path'

/** The request as it travels through the filters, and what the gateway answers with. */
export interface FilterState {
  req: NormalRequest
  route: RouteObject
  /** Where the subject of each trace step points. */
  subject: string
  scheme: 'http' | 'https'
  listenerPort: number
  /** The rule's PathPrefix value, for ReplacePrefixMatch; undefined when the rule has none. */
  matchedPrefix?: string
  method: string
  host: string
  path: string
  query: string
  headers: Map<string, string>
  /** Headers the gateway itself puts on the response (CORS, Location). */
  responseHeaders: Map<string, string>
  /** ResponseHeaderModifiers met on the way, applied to the response on its way back. */
  responseMods: HeaderModifier[]
  mirrors: SimMirror[]
  redirect?: { status: number; location: string }
  /** A CORS preflight the gateway answered itself. */
  answered?: boolean
  /** A filter the gateway cannot apply: the request is answered 500 with this reason. */
  failed?: string
  trace: TraceStep[]
  lookup: ReferenceLookup
}

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : [])

function step(s: FilterState, outcome: TraceStep['outcome'], reason: string, criterion?: string): void {
  const t: TraceStep = { step: 'filter', subject: s.subject, outcome, reason }
  if (criterion) t.criterion = criterion
  s.trace.push(t)
}

/** set, add, remove on a header map (names case-insensitive, SPEC-NOTES §9.2). Returns the words for the trace. */
export function modifyHeaders(headers: Map<string, string>, mod: HeaderModifier | undefined): string[] {
  const said: string[] = []
  for (const h of list(mod?.set)) {
    if (!isObj(h) || typeof h.name !== 'string') continue
    headers.set(h.name.toLowerCase(), text(h.value))
    said.push(`set ${h.name}: ${text(h.value)}`)
  }
  for (const h of list(mod?.add)) {
    if (!isObj(h) || typeof h.name !== 'string') continue
    const key = h.name.toLowerCase()
    const prev = headers.get(key)
    headers.set(key, prev === undefined ? text(h.value) : `${prev},${text(h.value)}`)
    said.push(`add ${h.name}: ${text(h.value)}`)
  }
  for (const name of list(mod?.remove)) {
    if (typeof name !== 'string') continue
    headers.delete(name.toLowerCase())
    said.push(`remove ${name}`)
  }
  return said
}

function newPath(s: FilterState, mod: unknown): string | undefined {
  if (!isObj(mod)) return undefined
  if (mod.type === 'ReplaceFullPath' && typeof mod.replaceFullPath === 'string') return mod.replaceFullPath
  if (mod.type === 'ReplacePrefixMatch' && typeof mod.replacePrefixMatch === 'string') {
    if (s.matchedPrefix === undefined) {
      step(s, 'skipped', 'ReplacePrefixMatch needs the rule to have exactly one PathPrefix match; the path is left as is', 'filter-invalid')
      return undefined
    }
    return replacePrefixMatch(s.path, s.matchedPrefix, mod.replacePrefixMatch)
  }
  return undefined
}

function applyRedirect(s: FilterState, f: HTTPRouteFilter): void {
  const r = isObj(f.requestRedirect) ? f.requestRedirect : ({} as Json)
  const scheme = typeof r.scheme === 'string' ? r.scheme : undefined
  const port = redirectPort(typeof r.port === 'number' ? r.port : undefined, scheme, s.listenerPort)
  const host = typeof r.hostname === 'string' ? r.hostname : s.req.host
  const path = newPath(s, r.path) ?? s.path
  const status = typeof r.statusCode === 'number' ? r.statusCode : 302
  s.redirect = { status, location: buildLocation(scheme ?? s.scheme, host, port, path, s.query) }
  const portWhy = typeof r.port === 'number' ? 'the filter sets it' : scheme ? `the well-known port of ${scheme}` : 'the port of the listener'
  step(s, 'applied', `RequestRedirect: ${status} to ${s.redirect.location} (port ${port}: ${portWhy}; query kept, as Envoy does)`, 'redirect')
}

function applyRewrite(s: FilterState, f: HTTPRouteFilter): void {
  const r = isObj(f.urlRewrite) ? f.urlRewrite : ({} as Json)
  const said: string[] = []
  if (typeof r.hostname === 'string') {
    s.host = r.hostname
    said.push(`host → ${r.hostname}`)
  }
  const p = newPath(s, r.path)
  if (p !== undefined) {
    s.path = p
    said.push(`path → ${p}`)
  }
  step(s, 'applied', `URLRewrite: ${said.join(', ') || 'nothing to change'}`, 'rewrite')
}

function applyMirror(s: FilterState, f: HTTPRouteFilter, path: string): void {
  const m = isObj(f.requestMirror) ? f.requestMirror : ({} as Json)
  const ref = isObj(m.backendRef) ? m.backendRef : {}
  const { target, problem } = resolveBackend(s.lookup, s.route, `${path}.requestMirror.backendRef`, ref)
  if (problem) {
    step(s, 'skipped', `RequestMirror to ${target.namespace}/${target.name}: ${problem}; the mirror is not configured and primary traffic is unaffected`, 'mirror-invalid')
    return
  }
  const fraction = isObj(m.fraction) ? m.fraction : undefined
  const percent =
    typeof m.percent === 'number'
      ? m.percent
      : fraction && typeof fraction.numerator === 'number'
        ? (100 * fraction.numerator) / (typeof fraction.denominator === 'number' && fraction.denominator > 0 ? fraction.denominator : 100)
        : 100
  s.mirrors.push({ namespace: target.namespace, name: target.name, port: target.port, percent })
  step(s, 'applied', `RequestMirror: ${percent}% of requests are copied to ${target.namespace}/${target.name}; its answers are discarded`, 'mirror')
}

function applyCorsFilter(s: FilterState, f: HTTPRouteFilter): void {
  const out = applyCors((isObj(f.cors) ? f.cors : { maxAge: 5 }) as HTTPCORS, s.req)
  for (const [k, v] of out.headers) s.responseHeaders.set(k, v)
  if (out.preflight) s.answered = true
  step(s, out.allowed || out.preflight ? 'applied' : 'skipped', `CORS: ${out.reason}`, out.preflight ? 'cors-preflight' : 'cors')
}

function applyExtensionRef(s: FilterState, f: HTTPRouteFilter, path: string): void {
  const e: Json = isObj(f.extensionRef) ? f.extensionRef : {}
  const ref = s.lookup(s.route, `${path}.extensionRef`)
  const what = `ExtensionRef ${text(e.kind)} ${text(e.name)}`
  if (ref && !ref.resolved) {
    // A filter that cannot be resolved must not be skipped (SPEC-NOTES §9.1): the request fails.
    s.failed = `${what} cannot be resolved (${ref.reason ?? 'InvalidKind'})`
    step(s, 'skipped', `${what}: not simulated; RouteLab knows no filter extensions, and a filter a controller cannot resolve must not be skipped, so requests through this rule get 500`, 'not-simulated')
  } else step(s, 'skipped', `${what}: not simulated (its effect depends on the implementation)`, 'not-simulated')
}

/**
 * Runs a filter list in order (rule filters, then the chosen backend's), stopping at a redirect,
 * an answered preflight or a failure, as SPEC-NOTES §9.10 suggests. `path` is the list's field
 * path (`spec.rules[0].filters`), to find its references in the resolve stage's table.
 */
export function applyHttpFilters(s: FilterState, filters: readonly unknown[] | undefined, path: string): void {
  list(filters as HTTPRouteFilter[] | undefined).forEach((raw, i) => {
    if (s.redirect || s.answered || s.failed || !isObj(raw)) return
    const f = raw as HTTPRouteFilter
    const at = `${path}[${i}]`
    switch (f.type) {
      case 'RequestHeaderModifier':
        step(s, 'applied', `RequestHeaderModifier: ${modifyHeaders(s.headers, f.requestHeaderModifier).join('; ') || 'no change'}`, 'request-headers')
        break
      case 'ResponseHeaderModifier':
        if (isObj(f.responseHeaderModifier)) s.responseMods.push(f.responseHeaderModifier)
        step(s, 'applied', `ResponseHeaderModifier: ${modifyHeaders(new Map(), f.responseHeaderModifier).join('; ') || 'no change'}, on the response (add appends to what the backend sends)`, 'response-headers')
        break
      case 'RequestRedirect':
        applyRedirect(s, f)
        break
      case 'URLRewrite':
        applyRewrite(s, f)
        break
      case 'RequestMirror':
        applyMirror(s, f, at)
        break
      case 'CORS':
        applyCorsFilter(s, f)
        break
      case 'ExtensionRef':
        applyExtensionRef(s, f, at)
        break
      case 'ExternalAuth':
        step(s, 'skipped', 'ExternalAuth: not simulated; the request is shown as if the auth service allowed it', 'not-simulated')
        break
      default:
        step(s, 'skipped', `filter type ${text(f.type)} is not known; a controller rejects the route (UnsupportedValue)`, 'filter-unknown')
    }
  })
}
