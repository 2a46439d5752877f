import type { GraphEdge, GraphNode } from '../../model'

export const COLUMN_WIDTH = 260
export const ROW_HEIGHT = 84

/**
 * A deterministic layered layout: x from the node's column, y from its order inside the column.
 * Nodes are ordered by the mean row of the nodes that feed them (one barycentre sweep), which keeps
 * listeners beside their Gateway, rules beside their route and backends beside their rules.
 */
export function layoutColumns(nodes: GraphNode[], edges: readonly GraphEdge[]): GraphNode[] {
  const incoming = new Map<string, string[]>()
  for (const e of edges) {
    const list = incoming.get(e.target)
    if (list) list.push(e.source)
    else incoming.set(e.target, [e.source])
  }
  const byColumn = new Map<number, GraphNode[]>()
  for (const n of nodes) {
    const col = byColumn.get(n.column)
    if (col) col.push(n)
    else byColumn.set(n.column, [n])
  }
  const row = new Map<string, number>()
  const out: GraphNode[] = []
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const col = byColumn.get(column) ?? []
    const weight = (n: GraphNode) => {
      const rows = (incoming.get(n.id) ?? []).map((s) => row.get(s)).filter((r): r is number => r !== undefined)
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.POSITIVE_INFINITY
    }
    const keyed = col.map((n, i) => ({ n, w: weight(n), i }))
    keyed.sort((a, b) => a.w - b.w || a.i - b.i)
    keyed.forEach(({ n }, i) => {
      row.set(n.id, i)
      out.push({ ...n, x: column * COLUMN_WIDTH, y: i * ROW_HEIGHT })
    })
  }
  return out
}
