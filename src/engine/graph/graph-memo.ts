import type { GraphBadge, GraphEdge, GraphGroup, GraphNode, RouteBinding, RouteObject, RouteParentStatus } from '../../model'
import type { SkippedParent } from './describe-route-status'
import { matchLines, ruleChips, ruleHeight } from './describe-rule'
import type { EdgeMarks } from './mark-backend-edges'
import { drawRoute, type BuiltGraph, type NodeTemplate, type RouteFragment } from './route-fragment'

/** What a rule node shows, worked out once per rule object (decoded content is never mutated). */
export interface RuleFace {
  lines: string[]
  chips: ReturnType<typeof ruleChips>
  height: number
}

/**
 * The graph's state between analyses of one workspace. These things are kept:
 *
 * - each rule's face (its match lines and chips), by rule object: later analyses hand out the same
 *   object for unchanged content (canonical-objects.ts);
 * - each route's fragment (the steps that draw it, route-fragment.ts), by route object, so an
 *   unchanged route is replayed, not drawn again;
 * - the node and edge objects handed out last time, by the template they were made from: a node
 *   whose template, position and badges are unchanged (an edge whose template and marks are) is
 *   the same object as in the last analysis. Nothing handed out is changed afterwards, so an
 *   earlier analysis stays as it was, and whoever diffs two analyses finds the unchanged parts
 *   by identity;
 * - each route's status marks (badges and parentRef edges as attached), with everything they were
 *   drawn from: the route object, its status entry, its bindings and skipped parentRefs, and what
 *   the parent nodes it looked at showed (declared or not, their listener ports);
 * - the last layout, with the structure it was computed from. The column layout reads only
 *   structure (node ids, columns, lanes, heights, ports, document order, and the edges' ends), so
 *   when an edit leaves all of that as it was (typing in a path, a header value, a weight) the
 *   positions are the same and are taken as they were instead of being worked out again.
 *
 * Either way the graph equals the one a fresh analysis draws.
 *
 * @example
 * const memo = new GraphMemo()
 * toGraph(objects, {}, resolved, memo)
 * toGraph(editedObjects, {}, resolvedAgain, memo) // same structure: layout reused
 */
export class GraphMemo {
  private readonly faces = new WeakMap<object, { kind: string; face: RuleFace }>()
  private last?: { shape: unknown[]; positions: readonly number[]; groups: GraphGroup[] }
  private readonly marks = new WeakMap<RouteObject, RouteMarks>()
  private readonly fragments = new WeakMap<RouteObject, RouteFragment>()
  private readonly placed = new WeakMap<NodeTemplate, { x: number; y: number; badges: GraphBadge[] | undefined; node: GraphNode }>()
  private readonly markedEdges = new WeakMap<GraphEdge, GraphEdge>()

  /** The steps that draw `route`, kept per route object and folding. */
  fragmentOf(route: RouteObject, collapsed: boolean, showBackends: boolean): RouteFragment {
    const known = this.fragments.get(route)
    if (known && known.collapsed === collapsed && known.showBackends === showBackends) return known
    const f = drawRoute(route, collapsed, showBackends, (kind, rule) => this.faceOf(kind, rule))
    this.fragments.set(route, f)
    return f
  }

  /** The node to hand out for a template placed at (x, y) with `badges`: the last one when equal. */
  place(t: NodeTemplate, x: number, y: number, badges: GraphBadge[] | undefined): GraphNode {
    // Compared on the memo's own record, which has one shape: nodes have many, and reading them is slow.
    const last = this.placed.get(t)
    if (last && last.x === x && last.y === y && last.badges === badges) return last.node
    const node: GraphNode = badges ? { ...t, x, y, badges } : { ...t, x, y }
    this.placed.set(t, { x, y, badges, node })
    return node
  }

  /** The edge to hand out for an edge template with status `marks`: the last one when equal. */
  mark(t: GraphEdge, marks: EdgeMarks): GraphEdge {
    const last = this.markedEdges.get(t)
    if (last && last.invalid === marks.invalid && last.reason === marks.reason && last.detail === marks.detail && last.crossNamespace?.grant === marks.crossNamespace?.grant && !last.crossNamespace === !marks.crossNamespace) return last
    const e = { ...t, ...marks }
    this.markedEdges.set(t, e)
    return e
  }

  /**
   * A route's badges and parentRef edges, drawn by `draw` (which reads parent nodes through the
   * map it is given), or taken from the last analysis when nothing they were drawn from changed.
   */
  marksOf(route: RouteObject, input: MarkInput, nodes: ReadonlyMap<string, NodeTemplate>, draw: (nodes: ReadonlyMap<string, NodeTemplate>) => Omit<RouteMarks, keyof MarkInput | 'seen'>): RouteMarks {
    const known = this.marks.get(route)
    if (known && sameMarkInput(known, input) && known.seen.every(([id, face]) => faceOfParent(nodes.get(id)) === face)) return known
    const seen: [string, string][] = []
    const recording = { get: (id: string) => {
      const n = nodes.get(id)
      seen.push([id, faceOfParent(n)])
      return n
    }, has: (id: string) => nodes.has(id) } as ReadonlyMap<string, NodeTemplate>
    const marks: RouteMarks = { ...input, ...draw(recording), seen }
    this.marks.set(route, marks)
    return marks
  }

  /** A rule's lines, chips and height, computed once per rule object and route kind. */
  faceOf(kind: string, rule: object): RuleFace {
    const known = this.faces.get(rule)
    if (known && known.kind === kind) return known.face
    const lines = matchLines(kind, rule)
    const chips = ruleChips(rule)
    const face = { lines, chips, height: ruleHeight(lines.length, chips.length) }
    this.faces.set(rule, { kind, face })
    return face
  }

  /**
   * The positions of `g`'s nodes (x, y for each, in the map's order) from `layout`, or, when its
   * structure equals the last one's, the positions the last layout gave.
   */
  layout(g: BuiltGraph, edges: readonly GraphEdge[], group: boolean, layout: () => { positions: readonly number[]; groups: GraphGroup[] }): { positions: readonly number[]; groups: GraphGroup[] } {
    const last = this.last
    if (last && matchesShape(last.shape, g, edges, group)) return { positions: last.positions, groups: last.groups.map((x) => ({ ...x })) }
    const out = layout()
    this.last = { shape: shapeOf(g, edges, group), positions: out.positions, groups: out.groups.map((x) => ({ ...x })) }
    return out
  }
}

/** What a route's status marks are drawn from, besides the route and the parent nodes. */
export interface MarkInput {
  parents?: readonly RouteParentStatus[]
  bindings: readonly RouteBinding[]
  skipped: ReadonlyMap<number, SkippedParent>
}

interface RouteMarks extends MarkInput {
  badges: GraphBadge[]
  edges: GraphEdge[]
  /** The parent nodes drawing looked at, with what each showed then. */
  seen: [string, string][]
}

/** What drawing a parentRef edge reads of a parent node. */
function faceOfParent(n: NodeTemplate | undefined): string {
  if (!n) return ''
  let face = faces.get(n)
  if (face === undefined) faces.set(n, (face = `${n.missing === true}|${(n.ports ?? []).map((p) => `${p.id}\u0000${p.name}\u0000${p.port}`).join('\u0001')}`))
  return face
}
const faces = new WeakMap<NodeTemplate, string>()

function sameMarkInput(a: MarkInput, b: MarkInput): boolean {
  if (a.parents !== b.parents || !sameItems(a.bindings, b.bindings) || a.skipped.size !== b.skipped.size) return false
  for (const [i, x] of a.skipped) {
    const y = b.skipped.get(i)
    if (!y || y.code !== x.code || y.message !== x.message) return false
  }
  return true
}

/**
 * Everything the column layout reads, flattened in the order it reads it. Each node and edge is
 * recorded with the object it was read from: templates are not changed once drawn (a Gateway's
 * ports are drawn afresh each time, and only their badges are set), so the same object again has
 * the same values, and only new objects need their values compared.
 */
function shapeOf(g: BuiltGraph, edges: readonly GraphEdge[], group: boolean): unknown[] {
  const s: unknown[] = [group, g.nodes.size, edges.length]
  for (const n of g.nodes.values()) {
    s.push(n, n.id, n.column, n.namespace, n.height, n.context === true, g.order.get(n.id), n.ports?.length)
    for (const p of n.ports ?? []) s.push(p.id)
  }
  for (const e of edges) s.push(e, e.kind, e.source, e.sourceHandle, e.target)
  return s
}

/** Does the graph have the recorded shape? Compared value by value (no new shape is built). */
function matchesShape(s: readonly unknown[], g: BuiltGraph, edges: readonly GraphEdge[], group: boolean): boolean {
  if (s[0] !== group || s[1] !== g.nodes.size || s[2] !== edges.length) return false
  let i = 3
  for (const n of g.nodes.values()) {
    const ports = n.ports?.length ?? 0
    const same = s[i] === n
    if (!same && (s[i + 1] !== n.id || s[i + 2] !== n.column || s[i + 3] !== n.namespace || s[i + 4] !== n.height || s[i + 5] !== (n.context === true) || s[i + 7] !== n.ports?.length)) return false
    if (s[i + 6] !== g.order.get(n.id)) return false
    i += 8
    if (!same) for (let k = 0; k < ports; k++) if (s[i + k] !== n.ports![k]!.id) return false
    i += ports
  }
  for (const e of edges) {
    if (s[i] !== e && (s[i + 1] !== e.kind || s[i + 2] !== e.source || s[i + 3] !== e.sourceHandle || s[i + 4] !== e.target)) return false
    i += 5
  }
  return i === s.length
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
