import type { SimResult, SimulateOptions } from '../../model'
import type { GrpcTable, ListenerIndex, SimIndex } from './build-index'
import { forwardRequest } from './forward-request'
import type { GrpcEntry } from './compile-route'
import { explainTables } from './explain-candidates'
import { hostIndexFind, hostIndexFindAll, hostIndexValues } from './host-index'
import { grpcEntryMiss } from './match-predicates'
import type { NormalRequest } from './normalize-request'
import { decideGrpc } from './precedence'
import { recordWinner } from './result'

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
    const all = hostIndexValues(li.grpc).map((t) => t.value.hostname)
    result.trace.push(...explainTables(index, li, 'GRPCRoute', all, consulted, req, fallThrough, winner, (e) => grpcEntryMiss(e, req), decideGrpc))
  }
  if (!winner) {
    result.trace.push({ step: 'route', subject: `listener ${li.listener.name}`, outcome: 'rejected', reason: 'no GRPCRoute rule matches: gRPC status UNIMPLEMENTED', criterion: 'no-match' })
    return
  }
  const rule = recordWinner(result, winner, options.trace === 'summary')
  if (!rule) return
  forwardRequest(li.listener, req, result, index.lookup, { route: winner.route, ruleIndex: winner.rule, rule, grpc: true })
}
