import { refOf, type Analysis, type EditIntent, type GraphNode } from '../../model'
import { indexOf } from './lookup'

export interface Connection {
  source: string
  target: string
  sourceHandle?: string | null
}

export type ConnectPlan = { intents: EditIntent[]; describe: string; backend?: { routeKey: string; backendId: string; path: (string | number)[] } } | string

/** Which drags make sense: a listener (or Gateway) to a route, a rule to a backend. */
export function canConnect(a: Analysis | undefined, c: Connection): boolean {
  if (!a) return false
  const { nodes } = indexOf(a)
  const s = nodes.get(c.source)
  const t = nodes.get(c.target)
  if (!s || !t) return false
  return ((s.kind === 'gateway' || s.kind === 'listenerset') && t.kind === 'route' && !s.missing) || (s.kind === 'rule' && t.kind === 'backend')
}

const servicePorts = (a: Analysis, node: GraphNode): number | undefined => {
  const svc = indexOf(a).objects.get(node.objectKey)
  const ports = (svc?.spec as { ports?: { port?: unknown }[] } | undefined)?.ports
  return typeof ports?.[0]?.port === 'number' ? ports[0].port : undefined
}

/**
 * The reference a drag writes: a parentRef with sectionName from a listener port to a route, or a
 * backendRef from a rule to a backend. Namespaces are written only when they differ.
 */
export function planConnection(a: Analysis, c: Connection): ConnectPlan {
  if (!canConnect(a, c)) return 'Connect a listener to a route, or a rule to a backend.'
  const { nodes, objects } = indexOf(a)
  const s = nodes.get(c.source)!
  const t = nodes.get(c.target)!
  if (t.kind === 'route') {
    const route = objects.get(t.objectKey)
    if (!route) return 'That route is not in the text.'
    const port = s.ports?.find((p) => p.id === c.sourceHandle)
    const ref: Record<string, unknown> = {}
    if (s.objectKind === 'ListenerSet') Object.assign(ref, { group: 'gateway.networking.k8s.io', kind: 'ListenerSet' })
    ref.name = s.name
    if (s.namespace !== t.namespace) ref.namespace = s.namespace
    if (port) ref.sectionName = port.name
    const existing = ((route.spec as { parentRefs?: Record<string, unknown>[] }).parentRefs ?? []).some(
      (p) => p.name === s.name && (p.namespace ?? t.namespace) === s.namespace && p.sectionName === ref.sectionName,
    )
    if (existing) return `${t.name} is already attached there.`
    return { intents: [{ op: 'insert', target: refOf(route), path: ['spec', 'parentRefs'], value: ref }], describe: `${t.name} → ${s.name}${port ? `/${port.name}` : ''}` }
  }
  const route = objects.get(s.objectKey)
  const rule = Number(s.path?.[2] ?? 0)
  if (!route) return 'That route is not in the text.'
  const ref: Record<string, unknown> = { name: t.name }
  if (t.objectKind !== 'Service') Object.assign(ref, { kind: t.objectKind })
  if (t.namespace !== s.namespace) ref.namespace = t.namespace
  ref.port = servicePorts(a, t) ?? 8080
  const refs = ((route.spec as { rules?: { backendRefs?: unknown[] }[] }).rules?.[rule]?.backendRefs ?? []).length
  return {
    intents: [{ op: 'insert', target: refOf(route), path: ['spec', 'rules', rule, 'backendRefs'], value: ref }],
    describe: `${s.label} → ${t.name}`,
    backend: { routeKey: s.objectKey, backendId: t.id, path: ['spec', 'rules', rule, 'backendRefs', refs] },
  }
}
