import {
  refKey,
  type GatewayObject,
  type GraphEdge,
  type GraphNode,
  type ListenerSetObject,
  type ManifestObject,
  type RouteObject,
} from '../../model'
import type { RuleFace } from './graph-memo'
import { COLUMN, METRICS } from './graph-metrics'

/** Nodes before layout (at 0, 0), and each node's document order for the layout's tie-breaks. */
export interface BuiltGraph {
  nodes: Map<string, GraphNode>
  edges: GraphEdge[]
  order: Map<string, number>
}

export interface Scope {
  /** Routes to draw (the filters already applied). */
  routes: RouteObject[]
  /** Whether a route's rules are folded into its node. */
  collapsed(routeId: string): boolean
  /** Whether Gateways / declared Services of a namespace are drawn for their own sake. */
  showParent(o: GatewayObject | ListenerSetObject): boolean
  showService(namespace: string): boolean
  showBackends: boolean
  /** A rule's lines, chips and height (GraphMemo keeps them per rule object). */
  face(kind: string, rule: Json): RuleFace
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
const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v.filter((x) => typeof x === 'object' && x !== null) as T[]) : [])

export const routeId = (r: RouteObject) => `rt:${refKey({ kind: r.kind, namespace: r.metadata.namespace, name: r.metadata.name })}`
export const parentId = (key: string) => `gw:${key}`
export const portId = (listener: string) => `l:${listener}`

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

  for (const route of scope.routes) addRoute(route, order.get(route) ?? 0, scope, g, services)

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

function add(g: BuiltGraph, order: number, node: Omit<GraphNode, 'x' | 'y'>): GraphNode {
  const n = node as GraphNode
  n.x = 0
  n.y = 0
  g.nodes.set(n.id, n)
  g.order.set(n.id, order)
  return n
}

function backendNode(id: string, kind: string, namespace: string, name: string, detail: string, key: string): Omit<GraphNode, 'x' | 'y'> {
  return { id, kind: 'backend', objectKind: kind, namespace, name, label: name, detail, column: COLUMN.backend, width: METRICS.columnWidth[3], height: METRICS.backend.height, objectKey: key }
}

function addRoute(
  route: RouteObject,
  order: number,
  scope: Scope,
  g: BuiltGraph,
  services: ReadonlySet<string>,
): void {
  const { nodes, edges } = g
  const ns = route.metadata.namespace
  const key = refKey({ kind: route.kind, namespace: ns, name: route.metadata.name })
  const id = routeId(route)
  const hostnames = 'hostnames' in route.spec && Array.isArray(route.spec.hostnames) ? route.spec.hostnames.filter((h): h is string => typeof h === 'string') : []
  const rules = list<Json>(route.spec.rules)
  const collapsed = scope.collapsed(id)
  add(g, order, {
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
  })

  list<Json>(route.spec.parentRefs).forEach((p, i) => {
    const kind = String(p.kind ?? 'Gateway')
    const parentKey = refKey({ kind, namespace: String(p.namespace ?? ns), name: String(p.name ?? '') })
    const pid = parentId(parentKey)
    let parent = nodes.get(pid)
    if (!parent) {
      const m = METRICS.gateway
      parent = add(g, order - 1, {
        id: pid,
        kind: kind === 'ListenerSet' ? 'listenerset' : 'gateway',
        objectKind: kind,
        namespace: String(p.namespace ?? ns),
        name: String(p.name ?? ''),
        label: String(p.name ?? ''),
        detail: 'not declared',
        ports: [],
        column: COLUMN.gateway,
        width: METRICS.columnWidth[0],
        height: m.header + m.footer,
        objectKey: parentKey,
        missing: true,
      })
    }
    const section = typeof p.sectionName === 'string' ? p.sectionName : undefined
    const port = typeof p.port === 'number' ? p.port : undefined
    const listeners = (parent.ports ?? []).filter((l) => (section === undefined || l.name === section) && (port === undefined || l.port === port))
    const path = ['spec', 'parentRefs', i]
    if (listeners.length === 0) edges.push({ id: `pr:${id}#${i}`, kind: 'parentRef', source: pid, target: id, objectKey: key, path })
    for (const l of listeners) edges.push({ id: `pr:${id}#${i}@${l.name}`, kind: 'parentRef', source: pid, sourceHandle: l.id, target: id, objectKey: key, path })
  })

  const collapsedTargets = new Set<string>()
  rules.forEach((rule, r) => {
    const ruleId = `ru:${key}#${r}`
    if (!collapsed) {
      const { lines, chips, height } = scope.face(route.kind, rule)
      add(g, order + r, {
        id: ruleId,
        kind: 'rule',
        objectKind: 'Rule',
        namespace: ns,
        name: typeof rule.name === 'string' ? rule.name : `rule ${r + 1}`,
        label: typeof rule.name === 'string' ? rule.name : `rule ${r + 1}`,
        lines,
        chips,
        column: COLUMN.rule,
        width: METRICS.columnWidth[2],
        height,
        objectKey: key,
        path: ['spec', 'rules', r],
      })
      edges.push({ id: `re:${ruleId}`, kind: 'rule', source: id, target: ruleId, objectKey: key, path: ['spec', 'rules', r] })
    }
    if (!scope.showBackends) return
    const backends = list<BackendLike>(rule.backendRefs)
    const total = backends.reduce((s, b) => s + weightOf(b), 0)
    backends.forEach((b, i) => {
      const bKind = b.kind ?? 'Service'
      const bNs = b.namespace ?? ns
      const bName = String(b.name ?? '')
      const bKey = refKey({ kind: bKind, namespace: bNs, name: bName })
      const bId = `be:${bKey}`
      if (!nodes.has(bId)) {
        const missing = bKind === 'Service' && (b.group ?? '') === '' && services.size > 0 && !services.has(bKey)
        const node = backendNode(bId, bKind, bNs, bName, b.port !== undefined ? `:${b.port}` : 'no port', bKey)
        add(g, order + r, missing ? { ...node, missing: true, detail: 'not declared' } : node)
      }
      const path = ['spec', 'rules', r, 'backendRefs', i]
      if (collapsed) {
        if (collapsedTargets.has(bId)) return
        collapsedTargets.add(bId)
        edges.push({ id: `br:${id}->${bId}`, kind: 'backendRef', source: id, target: bId, objectKey: key, path })
        return
      }
      const share = total > 0 ? Math.round((weightOf(b) / total) * 1000) / 10 : 0
      edges.push({ id: `br:${ruleId}#${i}`, kind: 'backendRef', source: ruleId, target: bId, label: `${share}%`, share, objectKey: key, path })
    })
  })
}

const weightOf = (b: BackendLike) => (typeof b.weight === 'number' ? Math.max(0, b.weight) : 1)

