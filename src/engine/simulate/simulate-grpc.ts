import type { GRPCRouteRule, SimResult, SimulateOptions } from '../../model'
import type { GrpcTable, ListenerIndex, SimIndex } from './build-index'
import { forwardRequest } from './forward-request'
import type { GrpcEntry } from './compile-route'
import { explainCandidates, explainHostnames, explainOtherRoutes } from './explain-candidates'
import { hostIndexFind, hostIndexFindAll, hostIndexValues } from './host-index'
import { grpcEntryMiss } from './match-predicates'
import type { NormalRequest } from './normalize-request'
import { decideGrpc } from './precedence'
import { routeStep } from './result'

/**
 * GRPCRoute matching (SPEC-NOTES §11): the same virtual-host choice as HTTP, then the entries of
 * that hostname in gRPC precedence order. gRPC tables are small, so a scan of the sorted list
 * is the index here. GRPCRoutes and HTTPRoutes are never merged into one list.
 */
export function simulateGrpc(index: SimIndex, li: ListenerIndex, req: NormalRequest, result: SimResult, options: SimulateOptions): void {
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
  forwardRequest(li.listener, req, result, index.lookup, { route: winner.route, ruleIndex: winner.rule, rule: rule as unknown as Record<string, unknown>, grpc: true })
}
