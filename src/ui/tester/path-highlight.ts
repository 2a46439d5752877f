import { refKey, type Analysis, type SimResult } from '../../model'
import type { PathHighlight } from '../state'
import { listenerOf } from './why-facts'

/**
 * The graph ids a simulated request passes through: the listener's Gateway (or ListenerSet and
 * its Gateway) and port, the parentRef edge, the route, the rule and its edge, and every backend
 * with a share of the traffic with its edge. Ids of things the graph does not draw (folded rules,
 * filtered routes) are harmless: nothing reads them. Undefined when the request reached no Gateway.
 *
 * @example
 * pathHighlight(result, analysis)?.nodes.has('rt:HTTPRoute/shop/checkout') // true
 */
export function pathHighlight(result: SimResult, analysis: Pick<Analysis, 'graph' | 'listeners'>): PathHighlight | undefined {
  if (!result.gateway) return undefined
  const nodes = new Set<string>()
  const edges = new Set<string>()
  const ports = new Set<string>()
  const gw = result.gateway
  const gatewayId = `gw:${refKey({ kind: 'Gateway', ...gw })}`
  nodes.add(gatewayId)
  const listener = listenerOf({ result, listeners: analysis.listeners }, result.listener ?? undefined)
  const ownerId = listener ? `gw:${refKey(listener.owner)}` : gatewayId
  nodes.add(ownerId)
  if (result.listener) ports.add(`${ownerId}|${result.listener}`)
  if (ownerId !== gatewayId) edges.add(`lset:${refKey(listener!.owner)}`)
  if (!result.route) return { nodes, edges, ports }

  const routeId = `rt:${refKey(result.route)}`
  const ruleId = `ru:${refKey(result.route)}#${result.rule ?? 0}`
  nodes.add(routeId)
  if (result.rule !== null) nodes.add(ruleId)
  const reached = new Set(result.backends.filter((b) => b.probability > 0).map((b) => `be:${refKey(b)}`))
  for (const id of reached) nodes.add(id)
  for (const e of analysis.graph.edges) {
    if (e.kind === 'parentRef' && e.target === routeId && e.source === ownerId && (e.sourceHandle === undefined || e.sourceHandle === `l:${result.listener}`)) edges.add(e.id)
    else if (e.kind === 'rule' && e.target === ruleId) edges.add(e.id)
    else if (e.kind === 'backendRef' && reached.has(e.target) && (e.source === routeId || (e.source === ruleId && (result.backends[Number(e.path?.[4])]?.probability ?? 0) > 0))) edges.add(e.id)
  }
  return { nodes, edges, ports }
}
