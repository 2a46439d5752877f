import type { SimResult } from '../../model'
import type { ListenerIndex, SimIndex } from './build-index'
import { backendSteps, chooseBackend } from './choose-backends'
import type { RouteInfo } from './compile-route'
import { explainHostnames, explainOtherRoutes } from './explain-candidates'
import { hostIndexFind, hostIndexValues } from './host-index'
import type { NormalRequest } from './normalize-request'
import { decideRouteAge } from './precedence'
import { routeStep } from './result'

/**
 * TLSRoute (by SNI), TCPRoute and UDPRoute (by listener alone). Several routes on one listener
 * (or SNI) all attach, but only the oldest — then the first by namespace/name — carries traffic
 * (SPEC-NOTES §12). A connection is a request here: 200 when a valid backend takes it, 404 when
 * no route does, 500 when the route's backends cannot.
 */
export function simulateL4(index: SimIndex, li: ListenerIndex, req: NormalRequest, result: SimResult, full: boolean): void {
  const kind = req.protocol === 'TLS' ? 'TLSRoute' : req.protocol === 'TCP' ? 'TCPRoute' : 'UDPRoute'
  let routes: RouteInfo[]
  // TCP and UDP routes have no hostnames: every route bound to the listener is a candidate.
  let consulted = ['']
  if (kind === 'TLSRoute') {
    const table = hostIndexFind(li.tls, req.host)
    routes = table ? table.value.map((b) => b.route) : []
    consulted = table ? [table.value[0]?.hostname ?? ''] : []
    if (full) result.trace.push(...explainHostnames(hostIndexValues(li.tls).map((t) => t.value[0]?.hostname ?? ''), consulted, req.host, false))
  } else {
    routes = li.l4.filter((r) => r.ref.kind === kind)
  }
  if (full) result.trace.push(...explainOtherRoutes(index, li, kind, new Set(consulted), req.host))
  const winner = routes[0]
  if (!winner) {
    result.trace.push({ step: 'route', subject: `listener ${li.listener.name}`, outcome: 'rejected', reason: `no ${kind} serves this ${kind === 'TLSRoute' ? `SNI (${req.host || 'none'})` : 'listener'}: the connection is rejected`, criterion: 'no-match' })
    return
  }
  result.trace.push(routeStep('route', winner, 'selected', routes.length > 1 ? 'the oldest route on this listener carries the traffic' : 'the only route here', 'selected'))
  for (const other of routes.slice(1)) {
    const d = decideRouteAge(winner, other)
    result.trace.push(routeStep('route', other, 'rejected', `attached too, but only one route carries traffic: ${d?.reason ?? 'the first by namespace/name wins'}`, d?.criterion ?? 'precedence-name'))
  }
  const obj = winner.obj
  const rules = Array.isArray(obj.spec.rules) ? obj.spec.rules : []
  const rule = rules[0] as { backendRefs?: unknown[] } | undefined
  result.route = winner.ref
  result.rule = rule ? 0 : null
  const choice = chooseBackend(index.lookup, obj, 'spec.rules[0].backendRefs', Array.isArray(rule?.backendRefs) ? rule.backendRefs : [], req.backend)
  result.backends = choice.backends
  if (choice.errorShare > 0 && choice.errorShare < 1) result.errorProbability = choice.errorShare
  const unit = kind === 'UDPRoute' ? 'flows' : 'connections'
  result.trace.push(...backendSteps(choice, unit))
  if (choice.chosen >= 0) result.followed = choice.chosen
  const chosen = choice.backends[choice.chosen]
  if (!chosen || chosen.invalid) {
    const why = choice.failure ?? `backend ${chosen?.namespace}/${chosen?.name} is invalid (${chosen?.invalid})`
    result.trace.push({ step: 'backend', subject: `${kind} ${winner.nsName}`, outcome: 'rejected', reason: `${why}: ${unit} are ${kind === 'UDPRoute' ? 'dropped' : 'rejected'}`, criterion: 'no-backend' })
  }
  result.status = chosen && !chosen.invalid ? 200 : 500
}
