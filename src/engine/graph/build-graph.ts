import { refKey, type GatewayObject, type ListenerSetObject, type ManifestObject, type RouteObject } from '../../model'
import { COLUMN, METRICS } from './graph-metrics'
import { add, backendNode, list, parentId, portId, replayRoute, routeId, type BuiltGraph, type RouteFragment } from './route-fragment'

export type { BuiltGraph } from './route-fragment'
export { parentId, portId, routeId } from './route-fragment'

export interface Scope {
  /** Routes to draw (the filters already applied). */
  routes: RouteObject[]
  /** Whether a route's rules are folded into its node. */
  collapsed(routeId: string): boolean
  /** Whether Gateways / declared Services of a namespace are drawn for their own sake. */
  showParent(o: GatewayObject | ListenerSetObject): boolean
  showService(namespace: string): boolean
  showBackends: boolean
  /** The steps that draw a route (GraphMemo keeps them per route object). */
  fragment(route: RouteObject, collapsed: boolean): RouteFragment
}

type Json = Record<string, unknown>

/**
 * Nodes and edges for the objects in scope, before layout. Ids come from object keys and names,
 * so they survive edits that move text around or change anything else. These are the structural
 * edges the layout reads; `markStatus` then redraws parentRef edges from the real attachment and
 * marks backendRef edges, so status never moves a node.
 */
export function buildGraph(objects: readonly ManifestObject[], scope: Scope): BuiltGraph {
  const g: BuiltGraph = { nodes: new Map(), edges: [], order: new Map() }
  const { nodes, edges } = g
  const order = new Map(objects.map((o, i) => [o, i * 1000]))
  const services = new Set(objects.filter((o) => o.kind === 'Service').map((o) => refKey({ kind: 'Service', namespace: o.metadata.namespace, name: o.metadata.name })))
  const parents = objects.filter((o): o is GatewayObject | ListenerSetObject => (o.kind === 'Gateway' || o.kind === 'ListenerSet') && !('modelled' in o))
  const attached = new Set<string>()
  for (const r of scope.routes) for (const p of list<Json>(r.spec.parentRefs)) attached.add(refKey({ kind: String(p.kind ?? 'Gateway'), namespace: String(p.namespace ?? r.metadata.namespace), name: String(p.name) }))

  for (const gw of parents) {
    const key = refKey({ kind: gw.kind, namespace: gw.metadata.namespace, name: gw.metadata.name })
    const own = scope.showParent(gw)
    if (!own && !attached.has(key)) continue
    const ports = list<Json>(gw.spec.listeners).map((l, index) => ({
      id: portId(String(l.name)),
      name: String(l.name ?? `listener ${index}`),
      protocol: String(l.protocol ?? '?'),
      port: typeof l.port === 'number' ? l.port : 0,
      ...(typeof l.hostname === 'string' ? { hostname: l.hostname } : {}),
      index,
    }))
    const m = METRICS.gateway
    add(g, order.get(gw) ?? 0, {
      id: parentId(key),
      kind: gw.kind === 'Gateway' ? 'gateway' : 'listenerset',
      objectKind: gw.kind,
      namespace: gw.metadata.namespace,
      name: gw.metadata.name,
      label: gw.metadata.name,
      detail: gw.kind === 'Gateway' ? `class ${gw.spec.gatewayClassName ?? '?'}` : `on ${gw.spec.parentRef?.name ?? '?'}`,
      ports,
      column: COLUMN.gateway,
      width: METRICS.columnWidth[0],
      height: m.header + ports.length * m.port + m.footer,
      objectKey: key,
      ...(own ? {} : { context: true }),
    })
    if (gw.kind === 'ListenerSet' && gw.spec.parentRef?.name) {
      const p = gw.spec.parentRef
      const target = parentId(refKey({ kind: p.kind ?? 'Gateway', namespace: p.namespace ?? gw.metadata.namespace, name: p.name }))
      edges.push({ id: `lset:${key}`, kind: 'listenerSet', source: target, target: parentId(key), objectKey: key, path: ['spec', 'parentRef'] })
    }
  }
  // A ListenerSet's edge needs its Gateway drawn; drop the edge otherwise.
  for (let i = edges.length - 1; i >= 0; i--) if (!nodes.has(edges[i]!.source)) edges.splice(i, 1)

  for (const route of scope.routes) replayRoute(scope.fragment(route, scope.collapsed(routeId(route))), order.get(route) ?? 0, g, services)

  if (scope.showBackends) {
    for (const o of objects) {
      if (o.kind !== 'Service' || !scope.showService(o.metadata.namespace)) continue
      const key = refKey({ kind: 'Service', namespace: o.metadata.namespace, name: o.metadata.name })
      const id = `be:${key}`
      if (nodes.has(id)) continue
      const ports = list<Json>((o.spec as Json | undefined)?.ports).map((p) => p.port)
      add(g, order.get(o) ?? 0, backendNode(id, 'Service', o.metadata.namespace, o.metadata.name, ports.length ? `:${ports.join(', :')}` : 'no ports', key))
    }
  }
  return g
}
