import type {
  GatewayClassSpec,
  GatewaySpec,
  GRPCRouteSpec,
  HTTPRouteSpec,
  L4RouteSpec,
  ListenerSetSpec,
  NamespaceSpec,
  ObjectMeta,
  ReferenceGrantSpec,
  ServiceSpec,
  TLSRouteSpec,
} from './gateway-api'
import type { Span } from './source'

export const ROUTE_KINDS = ['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute'] as const
export type RouteKind = (typeof ROUTE_KINDS)[number]

export const MODELLED_KINDS = [
  'GatewayClass',
  'Gateway',
  'ListenerSet',
  ...ROUTE_KINDS,
  'ReferenceGrant',
  'Service',
  'Namespace',
] as const
export type ModelledKind = (typeof MODELLED_KINDS)[number]

/** Identifies one object. Cluster-scoped kinds (GatewayClass, Namespace) have namespace ''. */
export interface ObjectRef {
  group: string
  kind: string
  namespace: string
  name: string
}

/** Where an object came from, and the span of every field it has, keyed by field path. */
export interface ObjectSource {
  file: string
  /** Index of the YAML document inside its file (0-based). */
  doc: number
  /** Index inside a `kind: List` document's items, when it came from one. */
  item?: number
  span: Span
  /** Field path (`spec.rules[0].matches[0].path.value`) to the span of its value in the text. */
  fields: Record<string, Span>
}

interface ObjectBase<K extends string, S> {
  apiVersion: string
  kind: K
  metadata: ObjectMeta
  spec: S
  source: ObjectSource
  /**
   * The API server would reject this object: it has at least one error problem (schema, CEL,
   * apiVersion). Its typed fields are best-effort then (a wrong-typed or missing required field is
   * absent); a cluster would not store it at all.
   */
  invalid?: true
}

export type GatewayClassObject = ObjectBase<'GatewayClass', GatewayClassSpec>
export type GatewayObject = ObjectBase<'Gateway', GatewaySpec>
export type ListenerSetObject = ObjectBase<'ListenerSet', ListenerSetSpec>
export type HTTPRouteObject = ObjectBase<'HTTPRoute', HTTPRouteSpec>
export type GRPCRouteObject = ObjectBase<'GRPCRoute', GRPCRouteSpec>
export type TLSRouteObject = ObjectBase<'TLSRoute', TLSRouteSpec>
export type TCPRouteObject = ObjectBase<'TCPRoute', L4RouteSpec>
export type UDPRouteObject = ObjectBase<'UDPRoute', L4RouteSpec>
export type ReferenceGrantObject = ObjectBase<'ReferenceGrant', ReferenceGrantSpec>
export type ServiceObject = ObjectBase<'Service', ServiceSpec>
export type NamespaceObject = ObjectBase<'Namespace', NamespaceSpec>
/** Any kind the engine does not model: kept, reported as info, shown as "not modelled". */
export type OtherObject = ObjectBase<string, unknown> & { modelled: false }

export type RouteObject = HTTPRouteObject | GRPCRouteObject | TLSRouteObject | TCPRouteObject | UDPRouteObject

export type ManifestObject =
  | GatewayClassObject
  | GatewayObject
  | ListenerSetObject
  | RouteObject
  | ReferenceGrantObject
  | ServiceObject
  | NamespaceObject
  | OtherObject

export function isRoute(o: ManifestObject): o is RouteObject {
  return (ROUTE_KINDS as readonly string[]).includes(o.kind) && !('modelled' in o)
}

export function isModelled(o: ManifestObject): o is Exclude<ManifestObject, OtherObject> {
  return !('modelled' in o)
}

/** `Kind/namespace/name`, the key used in maps, graph ids and URLs. */
export function refKey(ref: Pick<ObjectRef, 'kind' | 'namespace' | 'name'>): string {
  return `${ref.kind}/${ref.namespace}/${ref.name}`
}

export function refOf(o: ManifestObject): ObjectRef {
  return { group: groupOfApiVersion(o.apiVersion), kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name }
}

export function groupOfApiVersion(apiVersion: string): string {
  const slash = apiVersion.indexOf('/')
  return slash < 0 ? '' : apiVersion.slice(0, slash)
}
