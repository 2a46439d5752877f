import {
  refKey,
  type AnalyzeOptions,
  type ControllerFeatures,
  type GatewayObject,
  type ListenerSetObject,
  type ManifestObject,
  type ReferenceGrantObject,
  type RouteObject,
  type ServiceObject,
  type ServiceResolution,
} from '../../model'
import { byAgeThenName, isObj } from './read'
import type { SecretFacts } from './read-secrets'

/** The controller name RouteLab writes into every route parent status. */
export const CONTROLLER_NAME = 'routelab.dev/simulator'

/** What resolve knows about the workspace, indexed once so every check is a map lookup. */
export interface ResolveContext {
  objects: readonly ManifestObject[]
  gateways: GatewayObject[]
  listenerSets: ListenerSetObject[]
  routes: RouteObject[]
  /** `Kind/namespace/name` → first object declared with that key. */
  byKey: Map<string, ManifestObject>
  /** Namespace name → labels, including the automatic `kubernetes.io/metadata.name`. */
  namespaceLabels(ns: string): Record<string, string>
  grantsIn(ns: string): ReferenceGrantObject[]
  /** Does a referenced core object exist? Depends on the resolution mode of its kind. */
  exists(kind: string, ns: string, name: string): { found: boolean; assumed: boolean }
  service(ns: string, name: string): ServiceObject | undefined
  secret(ns: string, name: string): SecretFacts | undefined
  modeFor(kind: string): 'declared' | 'assumed'
  features: Required<ControllerFeatures>
  /** `metadata.generation` as decoded, 1 when the text has none. */
  generationOf(o: ManifestObject): number
}

/** Kinds whose references follow the services resolution mode (DESIGN: auto/declared/assumed). */
const RESOLVED_KINDS = new Set(['Service', 'Secret', 'ConfigMap'])

/**
 * Indexes the workspace for resolve. Objects are sorted where the spec orders them (age, then
 * namespace/name), so the document order in the text never changes an outcome.
 *
 * @example
 * const ctx = buildContext(analysis.objects, { services: 'declared' }, new Map())
 * ctx.exists('Service', 'shop', 'checkout') // { found: false, assumed: false } unless declared
 */
export function buildContext(objects: readonly ManifestObject[], options: AnalyzeOptions, secrets: Map<string, SecretFacts>): ResolveContext {
  const byKey = new Map<string, ManifestObject>()
  const declaredKinds = new Set<string>()
  const namespaces = new Map<string, Record<string, string>>()
  const grants = new Map<string, ReferenceGrantObject[]>()
  for (const o of objects) {
    const key = refKey({ kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name })
    if (byKey.has(key)) continue
    byKey.set(key, o)
    declaredKinds.add(o.kind)
    if (o.kind === 'Namespace') namespaces.set(o.metadata.name, o.metadata.labels)
    if (o.kind === 'ReferenceGrant' && !('modelled' in o)) {
      const g = grants.get(o.metadata.namespace) ?? []
      g.push(o as ReferenceGrantObject)
      grants.set(o.metadata.namespace, g)
    }
  }
  const unique = [...byKey.values()]
  const isGroup = (o: ManifestObject) => !('modelled' in o)
  const gateways = unique.filter((o): o is GatewayObject => o.kind === 'Gateway' && isGroup(o)).sort(byAgeThenName)
  const listenerSets = unique.filter((o): o is ListenerSetObject => o.kind === 'ListenerSet' && isGroup(o)).sort(byAgeThenName)
  const routes = unique.filter((o): o is RouteObject => ['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute'].includes(o.kind) && isGroup(o)).sort(byAgeThenName)

  const mode: ServiceResolution = options.services ?? 'auto'
  const modeFor = (kind: string): 'declared' | 'assumed' =>
    mode === 'auto' ? (declaredKinds.has(kind) ? 'declared' : 'assumed') : mode
  const features = { TLSRouteModeTerminate: true, TLSRouteModeMixed: true, ...options.features }

  return {
    objects,
    gateways,
    listenerSets,
    routes,
    byKey,
    namespaceLabels: (ns) => ({ ...(namespaces.get(ns) ?? {}), 'kubernetes.io/metadata.name': ns }),
    grantsIn: (ns) => grants.get(ns) ?? [],
    exists(kind, ns, name) {
      const found = byKey.has(refKey({ kind, namespace: ns, name }))
      if (found) return { found, assumed: false }
      const assumed = RESOLVED_KINDS.has(kind) && modeFor(kind) === 'assumed'
      return { found: assumed, assumed }
    },
    service: (ns, name) => {
      const o = byKey.get(refKey({ kind: 'Service', namespace: ns, name }))
      return o && isGroup(o) && isObj(o.spec) ? (o as ServiceObject) : undefined
    },
    secret: (ns, name) => secrets.get(`${ns}/${name}`),
    modeFor,
    features,
    generationOf: (o) => (typeof o.metadata.generation === 'number' ? o.metadata.generation : 1),
  }
}

