import type { GRPCRouteRule, SimResult, SimulateOptions } from '../../model'
import { applyHttpFilters, type FilterState } from './apply-filters'
import type { GrpcTable, ListenerIndex, SimIndex } from './build-index'
import { chooseBackend, type BackendWorld } from './choose-backends'
import type { GrpcEntry } from './compile-route'
import { explainCandidates, explainHostnames, explainOtherRoutes } from './explain-candidates'
import { hostIndexFind, hostIndexFindAll, hostIndexValues } from './host-index'
import { grpcEntryMiss } from './match-predicates'
import type { NormalRequest } from './normalize-request'
import { decideGrpc } from './precedence'
import { routeStep } from './result'

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * GRPCRoute matching (SPEC-NOTES §11): the same virtual-host choice as HTTP, then the entries of
 * that hostname in gRPC precedence order. gRPC tables are small, so a scan of the sorted list
 * is the index here. GRPCRoutes and HTTPRoutes are never merged into one list.
 */
export function simulateGrpc(index: SimIndex, li: ListenerIndex, req: NormalRequest, result: SimResult, world: BackendWorld, options: SimulateOptions): void {
  const fallThrough = options.hostnameFallThrough === true
  const tables: GrpcTable[] = fallThrough ? hostIndexFindAll(li.grpc, req.host).map((t) => t.value) : [hostIndexFind(li.grpc, req.host)?.value].filter((t): t is GrpcTable => !!t)
  let winner: GrpcEntry | undefined
  let consulted = tables
  for (let i = 0; i < tables.length && !winner; i++) {
    winner = tables[i]!.entries.find((e) => grpcEntryMiss(e, req) === undefined)
    if (winner) consulted = tables.slice(0, i + 1)
  }
  result.grpcStatus = 'UNIMPLEMENTED'
  if (options.trace !== 'summary') {
    result.trace.push(...explainHostnames(hostIndexValues(li.grpc).map((t) => t.value.hostname), consulted.map((t) => t.hostname), req.host, fallThrough))
    result.trace.push(...explainOtherRoutes(index, li, 'GRPCRoute', new Set(consulted.map((t) => t.hostname)), req.host))
    for (const t of consulted) result.trace.push(...explainCandidates(t.entries, winner, (e) => grpcEntryMiss(e, req), decideGrpc))
  }
  if (!winner) {
    result.trace.push({ step: 'route', subject: `listener ${li.listener.name}`, outcome: 'rejected', reason: 'no GRPCRoute rule matches: gRPC status UNIMPLEMENTED', criterion: 'no-match' })
    return
  }
  const obj = winner.route.obj
  const rule = (Array.isArray(obj.spec.rules) ? obj.spec.rules[winner.rule] : undefined) as GRPCRouteRule | undefined
  result.route = winner.route.ref
  result.rule = winner.rule
  result.match = winner.match
  if (options.trace === 'summary') result.trace.push(routeStep('match', winner.route, 'selected', 'the first candidate in precedence order whose conditions all hold', 'selected', winner.rule, winner.match))
  if (!rule) return
  const subject = `GRPCRoute ${winner.route.nsName} rule ${winner.rule}`
  const s: FilterState = {
    req,
    route: obj,
    subject,
    scheme: li.listener.protocol === 'HTTPS' ? 'https' : 'http',
    listenerPort: li.listener.port,
    method: 'POST',
    host: req.hostRaw,
    path: req.path,
    query: req.query,
    headers: new Map(req.headers),
    responseHeaders: new Map(),
    removedResponseHeaders: new Set(),
    mirrors: [],
    trace: result.trace,
    world,
  }
  applyHttpFilters(s, rule.filters)
  const refs = Array.isArray(rule.backendRefs) ? rule.backendRefs : []
  const choice = chooseBackend(world, obj, refs, req.backend)
  result.backends = choice.backends
  if (choice.errorShare > 0 && choice.errorShare < 1) result.errorProbability = choice.errorShare
  const chosen = choice.backends[choice.chosen]
  if (!chosen || chosen.invalid) {
    result.status = 500
    // No backendRefs at all reads as an unimplemented method; a bad backend as unavailable (§10.3).
    result.grpcStatus = refs.length === 0 ? 'UNIMPLEMENTED' : 'UNAVAILABLE'
    result.trace.push({ step: 'backend', subject, outcome: 'rejected', reason: `${choice.failure ?? `backend ${chosen?.name ?? ''} is invalid (${chosen?.invalid ?? ''})`}: gRPC status ${result.grpcStatus}`, criterion: 'no-backend' })
  } else {
    const ref = refs[choice.chosen]
    applyHttpFilters(s, isObj(ref) && Array.isArray(ref.filters) ? ref.filters : undefined)
    result.status = 200
    result.grpcStatus = 'OK'
    result.forwarded = { method: 'POST', host: s.host, path: s.path, headers: Object.fromEntries(s.headers) }
    result.trace.push({ step: 'backend', subject: `Service ${chosen.namespace}/${chosen.name}`, outcome: 'selected', reason: `weight ${chosen.weight} → ${Math.round(chosen.probability * 1000) / 10}% of calls`, criterion: 'weight' })
  }
  result.response.headers = Object.fromEntries(s.responseHeaders)
  result.mirrors = s.mirrors
}
