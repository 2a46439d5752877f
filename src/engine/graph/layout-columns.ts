import type { GraphEdge, GraphGroup, GraphNode } from '../../model'
import { COLUMN, COLUMN_X, METRICS, TOTAL_WIDTH } from './graph-metrics'

/**
 * A deterministic column layout (../shared/notes/performance.md §4.3: about 100× cheaper than ELK
 * and stable across edits). Columns are fixed by kind; inside a column, each node is placed as
 * close as it can get to the mean height of the nodes that feed it, in that order, never
 * overlapping. A route and its rules form one unit, so a route sits beside its rules. With
 * `group`, each namespace gets its own horizontal lane.
 *
 * Nothing here reads names or text, only structure and document order: typing in a path or a
 * hostname never moves a node.
 */
/** Nodes to place (their x and y are written) and each node's document order. */
export interface LayoutInput {
  nodes: ReadonlyMap<string, GraphNode>
  order: ReadonlyMap<string, number>
}

export function layoutColumns(g: LayoutInput, edges: readonly GraphEdge[], group: boolean): { nodes: GraphNode[]; groups: GraphGroup[] } {
  const { nodeGap, lane } = METRICS
  const order = (n: GraphNode) => g.order.get(n.id) ?? 0
  const incoming = new Map<string, GraphEdge[]>()
  const children = new Map<string, GraphNode[]>()
  for (const e of edges) {
    const list = incoming.get(e.target)
    if (list) list.push(e)
    else incoming.set(e.target, [e])
    if (e.kind === 'rule') {
      const rule = g.nodes.get(e.target)
      if (!rule) continue
      const kids = children.get(e.source)
      if (kids) kids.push(rule)
      else children.set(e.source, [rule])
    }
  }

  const placed = new Set<string>()
  const centre = (id: string, handle?: string): number | undefined => {
    const n = g.nodes.get(id)
    if (!n || !placed.has(id)) return undefined
    if (handle && n.ports) {
      const port = n.ports.findIndex((p) => p.id === handle)
      if (port >= 0) return n.y + METRICS.gateway.header + port * METRICS.gateway.port + METRICS.gateway.port / 2
    }
    return n.y + n.height / 2
  }
  const desired = (id: string): number => {
    let sum = 0
    let count = 0
    for (const e of incoming.get(id) ?? []) {
      const y = centre(e.source, e.sourceHandle)
      if (y === undefined) continue
      sum += y
      count++
    }
    return count ? sum / count : Number.POSITIVE_INFINITY
  }
  const put = (n: GraphNode, x: number, y: number) => {
    n.x = x
    n.y = y
    placed.add(n.id)
  }

  const bands = new Map<string, GraphNode[][]>()
  for (const band of bandOrder(g, group)) bands.set(band, [[], [], [], []])
  for (const n of g.nodes.values()) bands.get(group ? n.namespace : '')?.[n.column]?.push(n)
  const groups: GraphGroup[] = []
  let top = 0
  for (const [band, columns] of bands) {
    const [gateways = [], routeNodes = [], , backendNodes = []] = columns
    const start = top + (group ? lane.header : 0)
    const byOrder = (a: GraphNode, b: GraphNode) => order(a) - order(b)

    // Gateways and ListenerSets: document order.
    let cursor0 = start
    for (const n of gateways.sort(byOrder)) {
      put(n, COLUMN_X[COLUMN.gateway]!, cursor0)
      cursor0 += n.height + nodeGap
    }

    // Routes with their rules, as units, near the listeners they attach to.
    let cursor1 = start
    const routes = routeNodes.map((n) => ({ n, want: desired(n.id) }))
    routes.sort((a, b) => a.want - b.want || order(a.n) - order(b.n))
    for (const { n, want } of routes) {
      const rules = (children.get(n.id) ?? []).sort(byOrder)
      let block = Math.max(0, rules.length - 1) * nodeGap
      for (const r of rules) block += r.height
      const unit = Math.max(n.height, block)
      const y = Number.isFinite(want) ? Math.max(cursor1, Math.round(want - unit / 2)) : cursor1
      put(n, COLUMN_X[COLUMN.route]!, y + Math.round((unit - n.height) / 2))
      let ry = y + Math.round((unit - block) / 2)
      for (const r of rules) {
        put(r, COLUMN_X[COLUMN.rule]!, ry)
        ry += r.height + nodeGap
      }
      cursor1 = y + unit + nodeGap
    }

    // Backends: near the mean of the rules (or folded routes) that send to them.
    let cursor3 = start
    const backends = backendNodes.map((n) => ({ n, want: desired(n.id) }))
    backends.sort((a, b) => a.want - b.want || order(a.n) - order(b.n))
    for (const { n, want } of backends) {
      const y = Number.isFinite(want) ? Math.max(cursor3, Math.round(want - n.height / 2)) : cursor3
      put(n, COLUMN_X[COLUMN.backend]!, y)
      cursor3 = y + n.height + nodeGap
    }

    const bottom = Math.max(cursor0, cursor1, cursor3, start + nodeGap) - nodeGap
    if (group) {
      groups.push({ id: `ns:${band}`, namespace: band, x: -lane.padding, y: top, width: TOTAL_WIDTH + 2 * lane.padding, height: bottom - top + lane.padding })
      top = bottom + lane.padding + lane.gap
    } else {
      top = bottom + lane.gap
    }
  }
  return { nodes: [...g.nodes.values()], groups }
}

/** Lanes with Gateways first (traffic enters there), then the rest, each by first appearance. */
function bandOrder(g: LayoutInput, group: boolean): string[] {
  if (!group) return ['']
  const first = new Map<string, { order: number; entry: boolean }>()
  for (const n of g.nodes.values()) {
    const o = g.order.get(n.id) ?? 0
    const b = first.get(n.namespace)
    const entry = n.column === COLUMN.gateway && !n.context
    if (!b) first.set(n.namespace, { order: o, entry })
    else first.set(n.namespace, { order: Math.min(b.order, o), entry: b.entry || entry })
  }
  return [...first.entries()].sort((a, b) => Number(b[1].entry) - Number(a[1].entry) || a[1].order - b[1].order).map(([ns]) => ns)
}
