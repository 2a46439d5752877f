/**
 * Turns one request-like expectation of the corpus (http, grpc, tcp, udp, tlsConnection,
 * weightedDistribution, mirrorDistribution, websocket) into simulator requests and checks the
 * results with the matching rules of the corpus README. For expectations marked `notSimulable`
 * only the static part is checked: which listener, route and backend, the configured weights,
 * mirror percentages and timeouts.
 */
import { simulate } from '../../src/engine'
import type { Analysis, SimRequest, SimResult } from '../../src/model'
import type { Expectation, ObjectId } from './corpus'

export interface Verdict {
  ok: boolean
  why?: string
}
const ok: Verdict = { ok: true }
const fail = (why: string): Verdict => ({ ok: false, why })

type Json = Record<string, unknown>
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {})
const gw = (e: Expectation) => {
  const g = obj(obj(e.target).gateway) as unknown as ObjectId
  return `${g.namespace}/${g.name}`
}
const port = (e: Expectation) => obj(e.target).port as number
const followed = (r: SimResult) => (r.followed !== undefined ? r.backends[r.followed] : undefined)
const noSpaces = (s: string) => s.replace(/\s+/g, '')
const summary = (r: SimResult) => {
  const last = [...r.trace].reverse().find((t) => t.outcome !== 'skipped')
  return `status ${r.status}, route ${r.route ? `${r.route.namespace}/${r.route.name} rule ${r.rule}` : 'none'}, backend ${followed(r)?.name ?? 'none'}${last ? ` (${last.step} ${last.subject}: ${last.reason})` : ''}`
}

/** Request id query parameter upstream adds to both the request and the expected path. */
const REQUEST_ID = 'request-id-0'
function withRequestId(path: string, param: unknown): string {
  if (typeof param !== 'string') return path
  return `${path}${path.includes('?') ? '&' : '?'}${param}=${REQUEST_ID}`
}

function httpRequest(e: Expectation, backend?: string): SimRequest {
  const r = obj(e.request)
  const req: SimRequest = {
    gateway: gw(e),
    port: port(e),
    protocol: obj(e.target).scheme === 'https' ? 'HTTPS' : 'HTTP',
    host: String(r.host ?? ''),
    method: String(r.method ?? 'GET'),
    path: withRequestId(String(r.path ?? '/'), r.addRequestIdQueryParam),
    headers: obj(r.headers) as Record<string, string>,
  }
  if (e.backendSetResponseHeaders) req.responseHeaders = e.backendSetResponseHeaders as Record<string, string>
  if (backend) req.backend = backend
  return req
}

function checkRedirect(e: Expectation, req: SimRequest, r: SimResult): Verdict {
  const want = obj(e.redirect)
  const location = r.response.headers.location
  if (!location) return fail(`no Location header; ${summary(r)}`)
  // An empty host is the Gateway's address: the corpus sends no Host header there.
  const m = /^([a-z]+):\/\/([^/:]*)(?::(\d+))?(\/[^?]*)?/.exec(location)
  if (!m) return fail(`unparsable Location ${location}`)
  const [, scheme, host, gotPort = '', path = '/'] = m
  const reqScheme = req.protocol === 'HTTPS' ? 'https' : 'http'
  const wantScheme = (want.scheme as string | undefined) ?? reqScheme
  if (scheme !== wantScheme) return fail(`Location ${location}: scheme ${scheme}, want ${wantScheme}`)
  if (want.host !== undefined && host !== want.host) return fail(`Location ${location}: host ${host}, want ${String(want.host)}`)
  const wantPath = (want.path as string | undefined) ?? String(req.path).split('?')[0]
  if (path !== wantPath) return fail(`Location ${location}: path ${path}, want ${wantPath}`)
  const defaultPort = wantScheme === 'https' ? '443' : '80'
  if (want.port !== undefined ? gotPort !== want.port : gotPort !== '' && gotPort !== defaultPort) return fail(`Location ${location}: port "${gotPort}", want "${String(want.port ?? '')}"`)
  return ok
}

/**
 * `backend` in the corpus is the answering pod's name prefix (its Deployment). The simulator
 * names Services: a Service matches when it has that name, or selects pods with `app` set to
 * it; a Service without a selector gets its endpoints from hand-made EndpointSlices, which the
 * engine does not model, so any pod prefix is accepted for it (the route and Service are still
 * checked).
 */
function podsMatch(a: Analysis, b: { name: string; namespace: string } | undefined, prefix: string): boolean {
  if (!b) return false
  if (b.name.startsWith(prefix)) return true
  const svc = a.objects.find((o) => o.kind === 'Service' && o.metadata.namespace === b.namespace && o.metadata.name === b.name)
  const selector = (svc?.spec as { selector?: Record<string, string> } | undefined)?.selector
  if (!svc) return false
  return selector ? (selector.app ?? '').startsWith(prefix) : true
}

function checkHeaders(a: Analysis, r: SimResult, e: Expectation, req: SimRequest): Verdict {
  const exp = e.expectedRequest === null ? null : obj(e.expectedRequest)
  const fwd = r.forwarded
  const ns = e.namespace as string | undefined
  if (ns === '') return fwd ? fail(`expected the gateway to answer itself, but the request was forwarded; ${summary(r)}`) : ok
  const b = followed(r)
  if (e.backend && !podsMatch(a, b, String(e.backend))) return fail(`backend ${b?.name}, want ${String(e.backend)}`)
  if (ns && b?.namespace !== ns) return fail(`backend namespace ${b?.namespace}, want ${ns}`)
  // Through a TLS listener the gateway forwards an opaque stream: nothing HTTP-level to compare.
  if (r.route?.kind === 'TLSRoute') return ok
  if (!fwd) return fail(`nothing forwarded; ${summary(r)}`)
  const wantPath = exp ? withRequestId(String(exp.path ?? ''), obj(e.request).addRequestIdQueryParam) : req.path
  if (fwd.path !== wantPath) return fail(`forwarded path ${fwd.path}, want ${wantPath}`)
  if (exp) {
    if (exp.host && fwd.host !== exp.host) return fail(`forwarded host ${fwd.host}, want ${String(exp.host)}`)
    if (exp.method && fwd.method !== exp.method) return fail(`forwarded method ${fwd.method}, want ${String(exp.method)}`)
    for (const [k, v] of Object.entries(obj(exp.headers))) {
      if (fwd.headers[k.toLowerCase()] !== v) return fail(`forwarded header ${k}: ${fwd.headers[k.toLowerCase()]}, want ${String(v)}`)
    }
    for (const k of (exp.absentHeaders as string[] | undefined) ?? []) if (fwd.headers[k.toLowerCase()] !== undefined) return fail(`forwarded header ${k} should be absent`)
  }
  return ok
}

function checkResponseHeaders(r: SimResult, e: Expectation): Verdict {
  const resp = obj(e.response)
  const norm = (v: string) => (resp.ignoreWhitespace ? noSpaces(v) : v)
  const got = (k: string) => r.response.headers[k.toLowerCase()]
  for (const [k, v] of Object.entries(obj(resp.headers))) if (norm(got(k) ?? '') !== norm(String(v))) return fail(`response header ${k}: ${got(k)}, want ${String(v)}`)
  for (const [k, vs] of Object.entries(obj(resp.validHeaderValues))) {
    if (!(vs as string[]).some((v) => norm(got(k) ?? '') === norm(v))) return fail(`response header ${k}: ${got(k)}, want one of ${JSON.stringify(vs)}`)
  }
  for (const k of (resp.absentHeaders as string[] | undefined) ?? []) if (got(k) !== undefined) return fail(`response header ${k} should be absent`)
  return ok
}

function checkHttp(a: Analysis, e: Expectation): Verdict {
  const req = httpRequest(e, e.backend ? String(e.backend) : undefined)
  const r = simulate(a, req)
  const behaviour = e.notSimulable?.find((n) => n.what === 'retry behaviour' || n.what === 'timeout')
  if (behaviour) {
    // The answer depends on how the live backend misbehaves; statically, the request must reach
    // the rule and the result must report the configured retry or timeouts.
    const want = behaviour.what === 'timeout' ? r.policies?.timeouts : r.policies?.retry
    return r.status === 200 && want ? ok : fail(`expected the rule with ${behaviour.what} settings; ${summary(r)}, policies ${JSON.stringify(r.policies)}`)
  }
  if (e.check === 'tlsRequestFails') return r.status === 200 ? fail(`expected the request to fail; ${summary(r)}`) : ok
  const codes = (obj(e.response).statusCodes as number[] | undefined) ?? [200]
  if (!codes.includes(r.status)) return fail(`status ${r.status}, want ${codes.join('|')}; ${summary(r)}`)
  if (r.status >= 300 && r.status < 400 && e.redirect) return checkRedirect(e, req, r)
  if (r.status === 200) {
    const h = checkHeaders(a, r, e, req)
    if (!h.ok) return h
    for (const m of (e.mirroredTo as { name: string; namespace: string }[] | undefined) ?? []) {
      if (!r.mirrors.some((x) => x.name === m.name && x.namespace === m.namespace)) return fail(`no mirror to ${m.namespace}/${m.name}; mirrors ${JSON.stringify(r.mirrors)}`)
    }
  }
  if (e.check === 'backendMatchesHeader') return checkEveryBackendHeader(a, e)
  return checkResponseHeaders(r, e)
}

/** For each backend the rule may choose, the header its own filter sets must name that backend. */
function checkEveryBackendHeader(a: Analysis, e: Expectation): Verdict {
  const header = String(obj(e.assertion).requestHeader).toLowerCase()
  const first = simulate(a, httpRequest(e))
  for (const b of first.backends.filter((x) => x.probability > 0)) {
    const r = simulate(a, httpRequest(e, `${b.namespace}/${b.name}`))
    const v = r.forwarded?.headers[header]
    if (!v || !b.name.startsWith(v) || v.includes(',')) return fail(`backend ${b.name}: header ${header} is ${v}`)
  }
  return ok
}

function checkGrpc(a: Analysis, e: Expectation): Verdict {
  const r0 = obj(e.request)
  const req: SimRequest = { gateway: gw(e), port: port(e), protocol: 'GRPC', host: String(r0.authority ?? ''), grpc: { service: String(r0.service), method: String(r0.method) }, headers: obj(r0.metadata) as Record<string, string> }
  if (e.backend) req.backend = String(e.backend)
  const r = simulate(a, req)
  const code = Number(obj(e.response).code)
  const want = code === 0 ? 'OK' : code === 12 ? 'UNIMPLEMENTED' : code === 14 ? 'UNAVAILABLE' : `code ${code}`
  if (r.grpcStatus !== want) return fail(`gRPC ${r.grpcStatus}, want ${want}; ${summary(r)}`)
  if (code === 0) {
    const b = followed(r)
    if (e.backend && !b?.name.startsWith(String(e.backend))) return fail(`backend ${b?.name}, want ${String(e.backend)}`)
    if (e.namespace && b?.namespace !== e.namespace) return fail(`namespace ${b?.namespace}, want ${String(e.namespace)}`)
  }
  return ok
}

function l4Request(e: Expectation): SimRequest {
  const scheme = obj(e.target).scheme
  const req: SimRequest = { gateway: gw(e), port: port(e), protocol: scheme === 'tls' ? 'TLS' : scheme === 'udp' ? 'UDP' : 'TCP' }
  if (typeof e.serverName === 'string') req.host = e.serverName
  return req
}

function checkL4(a: Analysis, e: Expectation): Verdict {
  const r = simulate(a, l4Request(e))
  if (e.type === 'tlsConnection') return r.status === 200 ? fail(`expected the connection to be rejected; ${summary(r)}`) : ok
  if (r.status !== 200) return fail(`no backend takes the connection; ${summary(r)}`)
  const b = followed(r)!
  const exp = obj(e.expect)
  if (e.check === 'repeatedBackend') {
    const prefix = String(exp.podNamePrefix ?? exp.backend ?? '')
    return prefix.startsWith(b.name) || b.name.startsWith(prefix) ? ok : fail(`backend ${b.name}, want ${prefix}`)
  }
  const want = exp.backend ?? exp.service
  if (want && !b.name.startsWith(String(want))) return fail(`backend ${b.name}, want ${String(want)}`)
  if (exp.namespace && b.namespace !== exp.namespace) return fail(`namespace ${b.namespace}, want ${String(exp.namespace)}`)
  return ok
}

function checkWeights(a: Analysis, e: Expectation): Verdict {
  const protocol = String(e.protocol)
  const req = protocol === 'http' ? httpRequest(e) : protocol === 'grpc' ? { gateway: gw(e), port: port(e), protocol: 'GRPC', grpc: { service: String(obj(e.request).service), method: String(obj(e.request).method) } } : l4Request(e)
  const r = simulate(a, req)
  const tolerance = Number(e.tolerance ?? 0.05)
  for (const [name, weight] of Object.entries(obj(e.expectedWeights))) {
    const share = r.backends.filter((b) => b.name === name && !b.invalid).reduce((s, b) => s + b.probability, 0)
    if (Number(weight) === 0 ? share !== 0 : Math.abs(share - Number(weight)) > tolerance) return fail(`backend ${name}: share ${share}, want ${String(weight)}; ${summary(r)}`)
  }
  return ok
}

function checkMirrors(a: Analysis, e: Expectation): Verdict {
  const r = simulate(a, httpRequest(e))
  for (const m of e.mirrors as { name: string; namespace: string; percent?: number }[]) {
    const got = r.mirrors.find((x) => x.name === m.name && x.namespace === m.namespace)
    if (!got) return fail(`no mirror to ${m.namespace}/${m.name}`)
    if (m.percent !== undefined && Math.abs(got.percent - m.percent) > 1e-9) return fail(`mirror ${m.name}: ${got.percent}%, want ${m.percent}%`)
  }
  return ok
}

function checkWebsocket(a: Analysis, e: Expectation): Verdict {
  const r = simulate(a, { gateway: gw(e), port: port(e), protocol: 'HTTP', path: String(obj(e.request).path ?? '/') })
  return r.status === 200 ? ok : fail(`the upgrade request is not routed; ${summary(r)}`)
}

const CHECKERS: Record<string, (a: Analysis, e: Expectation) => Verdict> = {
  http: checkHttp,
  grpc: checkGrpc,
  tcp: checkL4,
  udp: checkL4,
  tlsConnection: checkL4,
  weightedDistribution: checkWeights,
  mirrorDistribution: checkMirrors,
  websocket: checkWebsocket,
}

export const REQUEST_TYPES = Object.keys(CHECKERS)

export function checkRequest(a: Analysis, e: Expectation): Verdict {
  const c = CHECKERS[e.type]
  return c ? c(a, e) : fail(`unknown expectation type ${e.type}`)
}
