import { isRoute, type GraphModel, type GraphNode, type GraphOptions, type ManifestObject } from '../../model'
import { buildGraph, parentId, portId, routeId } from './build-graph'
import { GraphMemo } from './graph-memo'
import { layoutColumns } from './layout-columns'
import { markStatus, type StatusFacts } from './mark-status'

/** Above this many routes, `collapseRules: 'auto'` folds rules into their routes. */
export const AUTO_COLLAPSE_ROUTES = 150

const SHOWN_KINDS = new Set(['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute', 'Service'])

/**
 * Turns decoded objects into the canvas's nodes, edges and namespace lanes, laid out in columns:
 * Gateway (with its listeners as ports) → route → rule → backend. Filters keep the objects asked
 * for, plus the Gateways and backends they connect to (marked as context). The resolve stage's
 * answer (`facts`) gives the status badges, the parentRef edges as attached, and the marks on
 * backend edges (invalid, ReferenceGrant). With the `memo` of the previous analysis, unchanged rules
 * and an unchanged structure are not worked out again (graph-memo.ts); the graph is the same.
 *
 * @example
 * const resolved = resolveStatus(objects)
 * const { nodes, edges } = toGraph(objects, { groupByNamespace: true, namespaces: ['shop'] }, resolved)
 */
export function toGraph(objects: readonly ManifestObject[], options: GraphOptions, facts: StatusFacts, memo = new GraphMemo()): GraphModel {
  const namespaces: string[] = []
  const kinds: string[] = []
  for (const o of objects) {
    if (!SHOWN_KINDS.has(o.kind) || 'modelled' in o) continue
    if (!namespaces.includes(o.metadata.namespace)) namespaces.push(o.metadata.namespace)
    if (!kinds.includes(o.kind)) kinds.push(o.kind)
  }
  const nsOk = (ns: string) => !options.namespaces || options.namespaces.includes(ns)
  const kindOk = (k: string) => !options.kinds || options.kinds.includes(k)
  const allRoutes = objects.filter(isRoute)
  const routes = allRoutes.filter((r) => kindOk(r.kind) && nsOk(r.metadata.namespace))
  const collapseAll = options.collapseRules === 'auto' ? allRoutes.length > AUTO_COLLAPSE_ROUTES : !!options.collapseRules
  const toggled = new Set(options.toggled ?? [])

  const built = buildGraph(objects, {
    routes,
    collapsed: (id) => collapseAll !== toggled.has(id),
    showParent: (o) => kindOk(o.kind) && nsOk(o.metadata.namespace),
    showService: (ns) => kindOk('Service') && nsOk(ns),
    showBackends: kindOk('Service'),
    fragment: (route, collapsed) => memo.fragmentOf(route, collapsed, kindOk('Service')),
  })
  const { nodes, edges } = built
  // Parents drawn only as context but filtered out by kind go, with their edges.
  for (const [id, n] of nodes) if (n.column === 0 && !kindOk(n.objectKind)) nodes.delete(id)
  const kept = edges.filter((e) => nodes.has(e.source) && nodes.has(e.target))
  const group = options.groupByNamespace ?? true
  const laid = memo.layout(built, kept, group, () => {
    // The built nodes may be shared with earlier analyses: the layout places copies.
    const placed = new Map<string, GraphNode>()
    for (const [id, n] of nodes) placed.set(id, { ...n, x: 0, y: 0 })
    const { groups } = layoutColumns({ nodes: placed, order: built.order }, kept, group)
    const positions: number[] = []
    for (const n of placed.values()) positions.push(n.x, n.y)
    return { positions, groups }
  })
  const marked = markStatus(nodes, kept, objects, facts, { parentNodeId: parentId, portId, routeNodeId: routeId }, memo)
  const out: GraphNode[] = []
  let i = 0
  for (const n of nodes.values()) {
    out.push(memo.place(n, laid.positions[i]!, laid.positions[i + 1]!, marked.badges.get(n.id)))
    i += 2
  }
  return { nodes: out, edges: marked.edges, groups: laid.groups, namespaces, kinds, hiddenRoutes: allRoutes.length - routes.length }
}

