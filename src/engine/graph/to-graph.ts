import {
  isRoute,
  refKey,
  type GatewayObject,
  type GraphEdge,
  type GraphModel,
  type GraphNode,
  type ListenerSetObject,
  type ManifestObject,
  type RouteObject,
} from '../../model'
import { layoutColumns } from './layout-columns'

const COLUMN = { gateway: 0, listener: 1, route: 2, rule: 3, backend: 4 } as const

interface BackendLike {
  group?: string
  kind?: string
  namespace?: string
  name: string
  port?: number
  weight?: number
}

/**
 * Turns decoded objects into the canvas's nodes and edges: Gateway → listener → route → rule →
 * backend. Ids come from object keys and names, so they survive edits that move text around.
 *
 * @example
 * const { nodes, edges } = toGraph(analysis.objects)
 */
export function toGraph(objects: readonly ManifestObject[]): GraphModel {
  const nodes = new Map<string, GraphNode>()
  const edges: GraphEdge[] = []
  const add = (n: Omit<GraphNode, 'x' | 'y'>) => {
    if (!nodes.has(n.id)) nodes.set(n.id, { ...n, x: 0, y: 0 })
    return n.id
  }

  const parents = objects.filter((o): o is GatewayObject | ListenerSetObject => o.kind === 'Gateway' || o.kind === 'ListenerSet')
  for (const gw of parents) addParent(gw, add, edges)

  for (const route of objects.filter(isRoute)) addRoute(route, add, edges, nodes)

  return { nodes: layoutColumns([...nodes.values()], edges), edges }
}

type Add = (n: Omit<GraphNode, 'x' | 'y'>) => string

function addParent(gw: GatewayObject | ListenerSetObject, add: Add, edges: GraphEdge[]): void {
  const key = refKey({ kind: gw.kind, namespace: gw.metadata.namespace, name: gw.metadata.name })
  const gwId = add({
    id: `gw:${key}`,
    kind: gw.kind === 'Gateway' ? 'gateway' : 'listenerset',
    objectKind: gw.kind,
    namespace: gw.metadata.namespace,
    name: gw.metadata.name,
    label: gw.metadata.name,
    detail: gw.kind === 'Gateway' ? `class ${gw.spec.gatewayClassName}` : `parent ${gw.spec.parentRef?.name ?? '?'}`,
    column: COLUMN.gateway,
    objectKey: key,
  })
  for (const l of Array.isArray(gw.spec.listeners) ? gw.spec.listeners : []) {
    const lId = add({
      id: `ls:${key}#${l.name}`,
      kind: 'listener',
      objectKind: 'Listener',
      namespace: gw.metadata.namespace,
      name: l.name,
      label: l.name,
      detail: `${l.protocol} :${l.port}${l.hostname ? ` ${l.hostname}` : ''}`,
      column: COLUMN.listener,
      objectKey: key,
    })
    edges.push({ id: `${gwId}->${lId}`, kind: 'contains', source: gwId, target: lId })
  }
}

function addRoute(route: RouteObject, add: Add, edges: GraphEdge[], nodes: Map<string, GraphNode>): void {
  const ns = route.metadata.namespace
  const key = refKey({ kind: route.kind, namespace: ns, name: route.metadata.name })
  const hostnames = 'hostnames' in route.spec && Array.isArray(route.spec.hostnames) ? route.spec.hostnames : []
  const routeId = add({
    id: `rt:${key}`,
    kind: 'route',
    objectKind: route.kind,
    namespace: ns,
    name: route.metadata.name,
    label: route.metadata.name,
    detail: hostnames.length ? hostnames.join(', ') : 'any host',
    column: COLUMN.route,
    objectKey: key,
  })

  for (const p of Array.isArray(route.spec.parentRefs) ? route.spec.parentRefs : []) {
    const parentKey = refKey({ kind: p.kind ?? 'Gateway', namespace: p.namespace ?? ns, name: p.name })
    const targets = [...nodes.values()].filter(
      (n) => n.kind === 'listener' && n.objectKey === parentKey && (p.sectionName === undefined || n.name === p.sectionName),
    )
    if (targets.length === 0) {
      const missing = add({
        id: `gw:${parentKey}`,
        kind: p.kind === 'ListenerSet' ? 'listenerset' : 'gateway',
        objectKind: p.kind ?? 'Gateway',
        namespace: p.namespace ?? ns,
        name: p.name,
        label: p.name,
        detail: 'not declared',
        column: COLUMN.gateway,
        objectKey: parentKey,
        missing: true,
      })
      targets.push(nodes.get(missing)!)
    }
    for (const t of targets) edges.push({ id: `${t.id}->${routeId}`, kind: 'parentRef', source: t.id, target: routeId })
  }

  const rules = Array.isArray(route.spec.rules) ? route.spec.rules : []
  rules.forEach((rule, i) => {
    const ruleId = add({
      id: `ru:${key}#${i}`,
      kind: 'rule',
      objectKind: 'Rule',
      namespace: ns,
      name: rule.name ?? `rule ${i}`,
      label: rule.name ?? `rule ${i}`,
      detail: summariseMatches(rule),
      column: COLUMN.rule,
      objectKey: key,
    })
    edges.push({ id: `${routeId}->${ruleId}`, kind: 'contains', source: routeId, target: ruleId })
    const backends = (Array.isArray(rule.backendRefs) ? rule.backendRefs : []) as BackendLike[]
    const total = backends.reduce((s, b) => s + (typeof b.weight === 'number' ? b.weight : 1), 0)
    for (const b of backends) {
      const bKind = b.kind ?? 'Service'
      const bNs = b.namespace ?? ns
      const bKey = refKey({ kind: bKind, namespace: bNs, name: b.name })
      const bId = add({
        id: `be:${bKey}`,
        kind: 'backend',
        objectKind: bKind,
        namespace: bNs,
        name: b.name,
        label: b.name,
        detail: `${bNs}${b.port !== undefined ? ` :${b.port}` : ''}`,
        column: COLUMN.backend,
        objectKey: bKey,
      })
      const weight = typeof b.weight === 'number' ? b.weight : 1
      const share = total > 0 ? Math.round((weight / total) * 1000) / 10 : 0
      edges.push({ id: `${ruleId}->${bId}#${b.port ?? ''}`, kind: 'backendRef', source: ruleId, target: bId, label: `${share}%` })
    }
  })
}

function summariseMatches(rule: unknown): string {
  const matches = (rule as { matches?: unknown[] }).matches
  if (!Array.isArray(matches) || matches.length === 0) return 'all requests'
  return matches
    .map((m) => {
      const match = m as { path?: { type?: string; value?: string }; method?: unknown; headers?: unknown[] }
      const parts: string[] = []
      if (match.path?.value !== undefined) parts.push(`${match.path.type === 'Exact' ? '=' : match.path.type === 'RegularExpression' ? '~' : ''}${match.path.value}`)
      if (typeof match.method === 'string') parts.push(match.method)
      if (Array.isArray(match.headers) && match.headers.length) parts.push(`${match.headers.length} header${match.headers.length > 1 ? 's' : ''}`)
      return parts.join(' ') || 'any'
    })
    .join(' | ')
}
