import { GATEWAY_GROUP, isRoute, refOf, type Analysis, type EditIntent, type ManifestObject, type ObjectRef } from '../../model'
import { resolveSelection } from './lookup'

/**
 * What the palette adds, each with sensible valid defaults, as edit intents. Names never collide
 * with what is there; the namespace follows the selection (or the workspace's first namespace).
 */
export type PaletteItem = 'Gateway' | 'Listener' | 'HTTPRoute' | 'GRPCRoute' | 'TLSRoute' | 'TCPRoute' | 'UDPRoute' | 'Rule' | 'Service' | 'ReferenceGrant'

export interface PaletteResult {
  intents: EditIntent[]
  /** The selection id of what was added, selected once the edit lands. */
  select: string
  describe: string
}

const API = `${GATEWAY_GROUP}/v1`

/** The first `base-N` not used by `taken`. */
export function freshName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  for (let i = 1; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`
}

function namespaceFor(a: Analysis, selection: string | undefined): string {
  const s = resolveSelection(a, selection)
  if (s?.type === 'missing') return s.node.namespace || 'default'
  if (s && s.object.metadata.namespace) return s.object.metadata.namespace
  return a.objects.find((o) => o.metadata.namespace)?.metadata.namespace ?? 'default'
}

const namesOf = (a: Analysis, kind: string, ns: string) => a.objects.filter((o) => o.kind === kind && o.metadata.namespace === ns).map((o) => o.metadata.name)

/** The Gateway (or ListenerSet) the selection is on, else the first Gateway. */
function selectedGateway(a: Analysis, selection: string | undefined): ManifestObject | undefined {
  const s = resolveSelection(a, selection)
  if (s && s.type !== 'missing' && (s.object.kind === 'Gateway' || s.object.kind === 'ListenerSet')) return s.object
  return a.objects.find((o) => o.kind === 'Gateway')
}

function selectedRoute(a: Analysis, selection: string | undefined): ManifestObject | undefined {
  const s = resolveSelection(a, selection)
  return s && s.type !== 'missing' && isRoute(s.object) ? s.object : undefined
}

type PortSpec = { port?: unknown; protocol?: unknown }
const portsOf = (o: ManifestObject): PortSpec[] => (o.spec as { ports?: PortSpec[] } | undefined)?.ports ?? []
/** UDPRoutes need a UDP port on their backend; every other kind a TCP one (the Service default). */
const protocolFor = (kind: string) => (kind === 'UDPRoute' ? 'UDP' : 'TCP')
const matchingPort = (o: ManifestObject, protocol: string) => portsOf(o).find((p) => typeof p.port === 'number' && (p.protocol ?? 'TCP') === protocol)

/** The first Service of `ns` with a port a route of `kind` can use, and that port. */
function serviceFor(a: Analysis, ns: string, kind: string): { name: string; port: number } | undefined {
  const protocol = protocolFor(kind)
  for (const o of a.objects) {
    if (o.kind !== 'Service' || o.metadata.namespace !== ns) continue
    const port = matchingPort(o, protocol)
    if (port) return { name: o.metadata.name, port: port.port as number }
  }
  return undefined
}

function ruleFor(kind: string, a: Analysis, ns: string, n: number): Record<string, unknown> {
  switch (kind) {
    case 'HTTPRoute':
      return { matches: [{ path: { type: 'PathPrefix', value: n === 0 ? '/' : `/path-${n}` } }] }
    case 'GRPCRoute':
      return { matches: [{ method: { service: 'example.v1.Service' } }] }
    default: {
      const svc = serviceFor(a, ns, kind) ?? newBackend(a, ns, kind).ref
      return { backendRefs: [svc] }
    }
  }
}

/** A Service a new TLS, TCP or UDP route can use when the namespace has none with the right protocol. */
function newBackend(a: Analysis, ns: string, kind: string): { ref: { name: string; port: number }; manifest: Record<string, unknown> } {
  const protocol = protocolFor(kind)
  const name = freshName(`${protocol.toLowerCase()}-backend`, namesOf(a, 'Service', ns))
  const port = protocol === 'UDP' ? 5353 : 8443
  const ports = [{ port, ...(protocol === 'UDP' ? { protocol } : {}) }]
  return { ref: { name, port }, manifest: { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns }, spec: { ports } } }
}

/**
 * The edits that add `item`, or a reason it cannot be added now (a rule needs a route).
 *
 * @example
 * paletteAdd(analysis, 'HTTPRoute', selection) // → { intents: [addObject HTTPRoute route-1], select: 'rt:...' }
 */
export function paletteAdd(a: Analysis, item: PaletteItem, selection: string | undefined): PaletteResult | string {
  const ns = namespaceFor(a, selection)
  switch (item) {
    case 'Gateway': {
      const name = freshName('gateway', namesOf(a, 'Gateway', ns))
      const cls = a.objects.find((o) => o.kind === 'Gateway')
      const className = (cls?.spec as { gatewayClassName?: string } | undefined)?.gatewayClassName ?? 'example'
      const manifest = { apiVersion: API, kind: 'Gateway', metadata: { name, namespace: ns }, spec: { gatewayClassName: className, listeners: [{ name: 'http', protocol: 'HTTP', port: 80 }] } }
      return { intents: [{ op: 'addObject', manifest }], select: `gw:Gateway/${ns}/${name}`, describe: `Gateway ${ns}/${name}` }
    }
    case 'Listener': {
      const gw = selectedGateway(a, selection)
      if (!gw) return 'Add a Gateway first: a listener belongs to one.'
      const listeners = ((gw.spec as { listeners?: { name?: string; port?: number }[] }).listeners ?? []).filter(Boolean)
      const name = freshName('listener', listeners.map((l) => String(l.name)))
      const ports = new Set(listeners.map((l) => l.port))
      let port = 8080
      while (ports.has(port)) port++
      const target = refOf(gw)
      return { intents: [{ op: 'insert', target, path: ['spec', 'listeners'], value: { name, protocol: 'HTTP', port } }], select: `ls:${gw.kind}/${gw.metadata.namespace}/${gw.metadata.name}#${name}`, describe: `listener ${name}` }
    }
    case 'HTTPRoute':
    case 'GRPCRoute':
    case 'TLSRoute':
    case 'TCPRoute':
    case 'UDPRoute': {
      const base = item.replace('Route', '').toLowerCase() + '-route'
      const name = freshName(base, namesOf(a, item, ns))
      const spec: Record<string, unknown> = {}
      if (item === 'TLSRoute') spec.hostnames = ['app.example.com']
      spec.rules = [ruleFor(item, a, ns, 0)]
      // Every route kind is served as v1 in Gateway API 1.6 (the v1alpha2 forms are deprecated).
      const manifest = { apiVersion: API, kind: item, metadata: { name, namespace: ns }, spec }
      const intents: EditIntent[] = [{ op: 'addObject', manifest }]
      const l4 = item === 'TLSRoute' || item === 'TCPRoute' || item === 'UDPRoute'
      // An L4 route whose namespace has no Service with a usable port gets one, so it is valid as added.
      if (l4 && !serviceFor(a, ns, item)) intents.push({ op: 'addObject', manifest: newBackend(a, ns, item).manifest })
      return { intents, select: `rt:${item}/${ns}/${name}`, describe: `${item} ${ns}/${name}` }
    }
    case 'Rule': {
      const route = selectedRoute(a, selection)
      if (!route) return 'Select a route first: a rule belongs to one.'
      const rules = (route.spec as { rules?: unknown[] }).rules ?? []
      return {
        intents: [{ op: 'insert', target: refOf(route), path: ['spec', 'rules'], value: ruleFor(route.kind, a, route.metadata.namespace, rules.length) }],
        select: `ru:${route.kind}/${route.metadata.namespace}/${route.metadata.name}#${rules.length}`,
        describe: `rule ${rules.length + 1}`,
      }
    }
    case 'Service': {
      const name = freshName('backend', namesOf(a, 'Service', ns))
      const intents: EditIntent[] = [{ op: 'addObject', manifest: { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns }, spec: { ports: [{ port: 8080 }] } } }]
      const s = resolveSelection(a, selection)
      if (s?.type === 'rule') intents.push({ op: 'insert', target: refOf(s.object), path: ['spec', 'rules', s.index, 'backendRefs'], value: { name, port: 8080 } })
      return { intents, select: `be:Service/${ns}/${name}`, describe: `Service ${ns}/${name}` }
    }
    case 'ReferenceGrant': {
      const name = freshName('allow-routes', namesOf(a, 'ReferenceGrant', ns))
      const from = a.objects.find((o) => isRoute(o) && o.metadata.namespace !== ns) ?? a.objects.find(isRoute)
      const manifest = {
        apiVersion: `${GATEWAY_GROUP}/v1beta1`,
        kind: 'ReferenceGrant',
        metadata: { name, namespace: ns },
        spec: { from: [{ group: GATEWAY_GROUP, kind: from?.kind ?? 'HTTPRoute', namespace: from?.metadata.namespace ?? ns }], to: [{ group: '', kind: 'Service' }] },
      }
      return { intents: [{ op: 'addObject', manifest }], select: `obj:ReferenceGrant/${ns}/${name}`, describe: `ReferenceGrant ${ns}/${name}` }
    }
  }
}

/** The ReferenceGrant that lets routes of `from` reach one Service in another namespace. */
export function grantFor(route: ObjectRef, service: { namespace: string; name: string }, taken: Iterable<string>): EditIntent {
  const name = freshName(`allow-${route.namespace}`, taken)
  return {
    op: 'addObject',
    comment: `Lets ${route.kind}s in ${route.namespace} send traffic to ${service.name}.`,
    manifest: {
      apiVersion: `${GATEWAY_GROUP}/v1beta1`,
      kind: 'ReferenceGrant',
      metadata: { name, namespace: service.namespace },
      spec: { from: [{ group: GATEWAY_GROUP, kind: route.kind, namespace: route.namespace }], to: [{ group: '', kind: 'Service', name: service.name }] },
    },
  }
}
