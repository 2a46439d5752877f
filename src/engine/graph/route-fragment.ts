import { refKey, type GraphEdge, type GraphNode, type RouteObject } from '../../model'
import type { RuleFace } from './graph-memo'
import { COLUMN, METRICS } from './graph-metrics'

/** A node before layout: no position and no status badges yet. */
export type NodeTemplate = Omit<GraphNode, 'x' | 'y'>

/** Nodes before layout, and each node's document order for the layout's tie-breaks. */
export interface BuiltGraph {
  nodes: Map<string, NodeTemplate>
  edges: GraphEdge[]
  order: Map<string, number>
}

/**
 * One step of drawing a route, in the order a fresh drawing takes them. Steps that read other
 * objects' nodes (the parent a parentRef names; whether a backend node is already drawn and
 * whether its Service is declared) are answered when the fragment is replayed; the rest is fixed
 * by the route's content and whether its rules are folded.
 */
export type FragmentStep =
  | { step: 'node'; node: NodeTemplate; offset: number }
  | { step: 'edge'; edge: GraphEdge }
  | { step: 'parent'; index: number; kind: string; namespace: string; name: string; sectionName?: string; port?: number }
  | { step: 'backend'; id: string; offset: number; node: NodeTemplate; missing: NodeTemplate | undefined; key: string }

export interface RouteFragment {
  /** The route's own id. */
  id: string
  collapsed: boolean
  showBackends: boolean
  steps: FragmentStep[]
}

interface BackendLike {
  group?: string
  kind?: string
  namespace?: string
  name?: string
  port?: number
  weight?: number
}

type Json = Record<string, unknown>
export const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v.filter((x) => typeof x === 'object' && x !== null) as T[]) : [])

/** Route node ids, made once per route object: every analysis asks for each route's id several times. */
const routeIds = new WeakMap<RouteObject, string>()
export const routeId = (r: RouteObject): string => {
  let id = routeIds.get(r)
  if (id === undefined) routeIds.set(r, (id = `rt:${refKey({ kind: r.kind, namespace: r.metadata.namespace, name: r.metadata.name })}`))
  return id
}
export const parentId = (key: string) => `gw:${key}`
export const portId = (listener: string) => `l:${listener}`

export function backendNode(id: string, kind: string, namespace: string, name: string, detail: string, key: string): NodeTemplate {
  return { id, kind: 'backend', objectKind: kind, namespace, name, label: name, detail, column: COLUMN.backend, width: METRICS.columnWidth[3], height: METRICS.backend.height, objectKey: key }
}

/** Registers a node at its document order; `order` is what the layout breaks ties with. */
export function add(g: BuiltGraph, order: number, node: NodeTemplate): NodeTemplate {
  g.nodes.set(node.id, node)
  g.order.set(node.id, order)
  return node
}

/**
 * The steps that draw a route: its node, its parentRefs, its rules (unless folded) and its
 * backendRefs. A pure function of the route's content, `collapsed` and `showBackends`, so the
 * graph memo keeps it per route object and an edit elsewhere replays it instead of drawing the
 * route again. The node and edge objects in it are shared by every analysis that replays it and
 * are never changed: layout and status marks make new objects (graph-memo.ts).
 *
 * @example
 * const fragment = drawRoute(route, false, true, (kind, rule) => memo.faceOf(kind, rule))
 * replayRoute(fragment, order, graph, services)
 */
export function drawRoute(route: RouteObject, collapsed: boolean, showBackends: boolean, face: (kind: string, rule: Json) => RuleFace): RouteFragment {
  const steps: FragmentStep[] = []
  const ns = route.metadata.namespace
  const key = refKey({ kind: route.kind, namespace: ns, name: route.metadata.name })
  const id = routeId(route)
  const hostnames = 'hostnames' in route.spec && Array.isArray(route.spec.hostnames) ? route.spec.hostnames.filter((h): h is string => typeof h === 'string') : []
  const rules = list<Json>(route.spec.rules)
  steps.push({
    step: 'node',
    offset: 0,
    node: {
      id,
      kind: 'route',
      objectKind: route.kind,
      namespace: ns,
      name: route.metadata.name,
      label: route.metadata.name,
      detail: hostnames.length ? hostnames.join(', ') : route.kind === 'TCPRoute' || route.kind === 'UDPRoute' ? 'any connection' : 'any hostname',
      column: COLUMN.route,
      width: METRICS.columnWidth[1],
      height: METRICS.route.height,
      objectKey: key,
      ruleCount: rules.length,
      ...(collapsed ? { collapsed: true } : {}),
    },
  })

  list<Json>(route.spec.parentRefs).forEach((p, index) => {
    steps.push({
      step: 'parent',
      index,
      kind: String(p.kind ?? 'Gateway'),
      namespace: String(p.namespace ?? ns),
      name: String(p.name ?? ''),
      ...(typeof p.sectionName === 'string' ? { sectionName: p.sectionName } : {}),
      ...(typeof p.port === 'number' ? { port: p.port } : {}),
    })
  })

  const collapsedTargets = new Set<string>()
  rules.forEach((rule, r) => {
    const ruleId = `ru:${key}#${r}`
    if (!collapsed) {
      const { lines, chips, height } = face(route.kind, rule)
      const name = typeof rule.name === 'string' ? rule.name : `rule ${r + 1}`
      const node: NodeTemplate = { id: ruleId, kind: 'rule', objectKind: 'Rule', namespace: ns, name, label: name, lines, chips, column: COLUMN.rule, width: METRICS.columnWidth[2], height, objectKey: key, path: ['spec', 'rules', r] }
      steps.push({ step: 'node', offset: r, node })
      steps.push({ step: 'edge', edge: { id: `re:${ruleId}`, kind: 'rule', source: id, target: ruleId, objectKey: key, path: ['spec', 'rules', r] } })
    }
    if (!showBackends) return
    const backends = list<BackendLike>(rule.backendRefs)
    const total = backends.reduce((s, b) => s + weightOf(b), 0)
    backends.forEach((b, i) => {
      const bKind = b.kind ?? 'Service'
      const bNs = b.namespace ?? ns
      const bName = String(b.name ?? '')
      const bKey = refKey({ kind: bKind, namespace: bNs, name: bName })
      const bId = `be:${bKey}`
      const node = backendNode(bId, bKind, bNs, bName, b.port !== undefined ? `:${b.port}` : 'no port', bKey)
      // Whether the Service is declared is known only when the fragment is replayed.
      const missing = bKind === 'Service' && (b.group ?? '') === '' ? { ...node, missing: true, detail: 'not declared' } : undefined
      steps.push({ step: 'backend', id: bId, offset: r, node, missing, key: bKey })
      const path = ['spec', 'rules', r, 'backendRefs', i]
      if (collapsed) {
        if (collapsedTargets.has(bId)) return
        collapsedTargets.add(bId)
        steps.push({ step: 'edge', edge: { id: `br:${id}->${bId}`, kind: 'backendRef', source: id, target: bId, objectKey: key, path } })
        return
      }
      const share = total > 0 ? Math.round((weightOf(b) / total) * 1000) / 10 : 0
      steps.push({ step: 'edge', edge: { id: `br:${ruleId}#${i}`, kind: 'backendRef', source: ruleId, target: bId, label: `${share}%`, share, objectKey: key, path } })
    })
  })
  return { id, collapsed, showBackends, steps }
}

/**
 * Adds a route's fragment to the graph at document order `order`: what a fresh drawing of the
 * route adds, in the same order. A parentRef to a parent not drawn yet draws it as "not
 * declared"; its structural edge (which the layout reads) leaves from the listeners the
 * parentRef names. A backend not drawn yet is drawn, "not declared" when Services are declared
 * but not this one.
 */
export function replayRoute(f: RouteFragment, order: number, g: BuiltGraph, services: ReadonlySet<string>): void {
  const { nodes, edges } = g
  const key = (f.steps[0] as { node: NodeTemplate }).node.objectKey
  for (const s of f.steps) {
    if (s.step === 'node') add(g, order + s.offset, s.node)
    else if (s.step === 'edge') edges.push(s.edge)
    else if (s.step === 'backend') {
      if (!nodes.has(s.id)) add(g, order + s.offset, s.missing && services.size > 0 && !services.has(s.key) ? s.missing : s.node)
    } else {
      const parentKey = refKey({ kind: s.kind, namespace: s.namespace, name: s.name })
      const pid = parentId(parentKey)
      let parent = nodes.get(pid)
      if (!parent) {
        const m = METRICS.gateway
        parent = add(g, order - 1, {
          id: pid,
          kind: s.kind === 'ListenerSet' ? 'listenerset' : 'gateway',
          objectKind: s.kind,
          namespace: s.namespace,
          name: s.name,
          label: s.name,
          detail: 'not declared',
          ports: [],
          column: COLUMN.gateway,
          width: METRICS.columnWidth[0],
          height: m.header + m.footer,
          objectKey: parentKey,
          missing: true,
        })
      }
      const listeners = (parent.ports ?? []).filter((l) => (s.sectionName === undefined || l.name === s.sectionName) && (s.port === undefined || l.port === s.port))
      const path = ['spec', 'parentRefs', s.index]
      if (listeners.length === 0) edges.push({ id: `pr:${f.id}#${s.index}`, kind: 'parentRef', source: pid, target: f.id, objectKey: key, path })
      for (const l of listeners) edges.push({ id: `pr:${f.id}#${s.index}@${l.name}`, kind: 'parentRef', source: pid, sourceHandle: l.id, target: f.id, objectKey: key, path })
    }
  }
}

const weightOf = (b: BackendLike) => (typeof b.weight === 'number' ? Math.max(0, b.weight) : 1)
