import type { EffectiveListener, SimResult, SimStatus } from '../../model'
import { applyHttpFilters, modifyHeaders, type FilterState } from './apply-filters'
import { backendSteps, chooseBackend, type ReferenceLookup } from './choose-backends'
import type { RouteInfo } from './compile-route'
import type { NormalRequest } from './normalize-request'

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export interface MatchedRule {
  route: RouteInfo
  ruleIndex: number
  rule: Record<string, unknown>
  /** The rule's PathPrefix value, for ReplacePrefixMatch. */
  matchedPrefix?: string
  grpc: boolean
}

/**
 * What happens after a rule matched (HTTPRoute and GRPCRoute alike): the rule's filters in
 * order, then the weighted backend choice, then the chosen backend's own filters; a redirect,
 * an answered CORS preflight or an unresolvable filter ends the request early.
 */
export function forwardRequest(listener: EffectiveListener, req: NormalRequest, result: SimResult, lookup: ReferenceLookup, m: MatchedRule): void {
  const route = m.route
  const rulePath = `spec.rules[${m.ruleIndex}]`
  const s: FilterState = {
    req,
    route: route.obj,
    subject: `${route.ref.kind} ${route.nsName} rule ${m.ruleIndex}`,
    scheme: listener.protocol === 'HTTPS' ? 'https' : 'http',
    listenerPort: listener.port,
    method: req.method,
    host: req.hostRaw,
    path: req.path,
    query: req.query,
    headers: new Map(req.headers),
    responseHeaders: new Map(),
    responseMods: [],
    mirrors: [],
    trace: result.trace,
    lookup,
  }
  if (m.matchedPrefix !== undefined) s.matchedPrefix = m.matchedPrefix
  const timeouts = isObj(m.rule.timeouts) ? m.rule.timeouts : undefined
  const retry = isObj(m.rule.retry) ? m.rule.retry : undefined
  if (timeouts || retry) {
    result.policies = {}
    if (timeouts) result.policies.timeouts = timeouts
    if (retry) result.policies.retry = retry
    result.trace.push({ step: 'rule', subject: s.subject, outcome: 'applied', reason: `timeouts/retry configured: ${JSON.stringify(result.policies)} (reported, not simulated)`, criterion: 'policies' })
  }
  const finish = (status: SimStatus) => {
    result.status = status
    if (s.redirect) s.responseHeaders.set('location', s.redirect.location)
    // The response the client gets: what the backend sent (when it was reached), the gateway's
    // own headers, then the ResponseHeaderModifiers in the order they were met.
    const response = new Map(result.forwarded ? req.responseHeaders : [])
    for (const [k, v] of s.responseHeaders) response.set(k, v)
    for (const mod of s.responseMods) modifyHeaders(response, mod)
    result.response.headers = Object.fromEntries(response)
    result.mirrors = s.mirrors
    if (m.grpc) result.grpcStatus = status === 200 ? 'OK' : result.grpcStatus === 'UNIMPLEMENTED' ? 'UNIMPLEMENTED' : 'UNAVAILABLE'
  }
  applyHttpFilters(s, Array.isArray(m.rule.filters) ? m.rule.filters : undefined, `${rulePath}.filters`)
  if (s.redirect) return finish(s.redirect.status as SimStatus)
  if (s.answered) return finish(200)
  if (s.failed) return finish(500)

  const refs = Array.isArray(m.rule.backendRefs) ? m.rule.backendRefs : []
  const choice = chooseBackend(lookup, route.obj, `${rulePath}.backendRefs`, refs, req.backend)
  result.backends = choice.backends
  if (choice.errorShare > 0 && choice.errorShare < 1) result.errorProbability = choice.errorShare
  result.trace.push(...backendSteps(choice, m.grpc ? 'calls' : 'requests'))
  if (choice.chosen >= 0) result.followed = choice.chosen
  const chosen = choice.backends[choice.chosen]
  if (!chosen || chosen.invalid) {
    // gRPC: a rule without backendRefs reads as an unimplemented method, a bad backend as
    // unavailable (SPEC-NOTES §10.3).
    result.grpcStatus = m.grpc && refs.length === 0 ? 'UNIMPLEMENTED' : 'UNAVAILABLE'
    const why = choice.failure ?? `backend ${chosen?.namespace}/${chosen?.name} is invalid (${chosen?.invalid})`
    result.trace.push({ step: 'backend', subject: s.subject, outcome: 'rejected', reason: `${why}: ${m.grpc ? `gRPC status ${result.grpcStatus}` : '500'}`, criterion: 'no-backend' })
    return finish(500)
  }
  const ref = refs[choice.chosen]
  applyHttpFilters(s, isObj(ref) && Array.isArray(ref.filters) ? ref.filters : undefined, `${rulePath}.backendRefs[${choice.chosen}].filters`)
  // CEL forbids a redirect next to backendRefs, but one inside a backend's own filters can still run.
  const late = s.redirect as FilterState['redirect']
  if (late) return finish(late.status as SimStatus)
  if (s.failed) return finish(500)
  result.forwarded = { method: s.method, host: s.host, path: s.path + s.query, headers: Object.fromEntries(s.headers) }
  finish(200)
}
