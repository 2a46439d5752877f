/**
 * Gateway API v1.6.1 object shapes as the engine sees them: the JSON a cluster would store,
 * after the API server's defaults (SPEC-NOTES §2) are applied. Fields that always carry a
 * default are therefore non-optional here. Older apiVersions (v1beta1, v1alpha2, v1alpha3) are
 * decoded into these same shapes.
 *
 * These are plain data: no classes, no behaviour, so they cross the worker boundary as is.
 */

export const GATEWAY_GROUP = 'gateway.networking.k8s.io'

export interface ObjectMeta {
  name: string
  /** Absent in the text means "default" for namespaced kinds; the decoder fills it in. */
  namespace: string
  labels: Record<string, string>
  annotations: Record<string, string>
  /** RFC 3339; used by precedence ("oldest route wins"). Absent when the text has none. */
  creationTimestamp?: string
  generation?: number
}

export interface LabelSelectorRequirement {
  key: string
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | string
  values?: string[]
}

export interface LabelSelector {
  matchLabels?: Record<string, string>
  matchExpressions?: LabelSelectorRequirement[]
}

// ---------------------------------------------------------------- references

export interface ParentReference {
  group: string
  kind: string
  /** Absent means the route's own namespace. Kept absent so status can echo the route. */
  namespace?: string
  name: string
  sectionName?: string
  port?: number
}

export interface BackendObjectReference {
  group: string
  kind: string
  namespace?: string
  name: string
  port?: number
}

export interface SecretObjectReference {
  group: string
  kind: string
  namespace?: string
  name: string
}

export interface LocalObjectReference {
  group: string
  kind: string
  name: string
}

// ---------------------------------------------------------------- GatewayClass

export interface GatewayClassSpec {
  controllerName: string
  description?: string
  parametersRef?: { group: string; kind: string; name: string; namespace?: string }
}

// ---------------------------------------------------------------- Gateway and listeners

export type ProtocolType = 'HTTP' | 'HTTPS' | 'TLS' | 'TCP' | 'UDP' | string

export interface RouteGroupKind {
  group: string
  kind: string
}

export interface AllowedRoutes {
  namespaces: { from: 'All' | 'Same' | 'Selector' | string; selector?: LabelSelector }
  kinds?: RouteGroupKind[]
}

export interface ListenerTLSConfig {
  mode: 'Terminate' | 'Passthrough' | string
  certificateRefs?: SecretObjectReference[]
  options?: Record<string, string>
}

export interface Listener {
  name: string
  hostname?: string
  port: number
  protocol: ProtocolType
  tls?: ListenerTLSConfig
  allowedRoutes: AllowedRoutes
}

export interface GatewayAddress {
  type: string
  value: string
}

export interface GatewaySpec {
  gatewayClassName: string
  listeners: Listener[]
  addresses?: GatewayAddress[]
  infrastructure?: {
    labels?: Record<string, string>
    annotations?: Record<string, string>
    parametersRef?: LocalObjectReference
  }
  allowedListeners?: { namespaces: { from: 'All' | 'Same' | 'Selector' | 'None' | string; selector?: LabelSelector } }
  tls?: Record<string, unknown>
  defaultScope?: 'All' | 'None' | string
}

export interface ListenerSetSpec {
  parentRef: { group: string; kind: string; namespace?: string; name: string }
  listeners: Listener[]
}

// ---------------------------------------------------------------- shared route pieces

export interface HTTPHeader {
  name: string
  value: string
}

export interface HeaderModifier {
  set?: HTTPHeader[]
  add?: HTTPHeader[]
  remove?: string[]
}

export interface RequestMirror {
  backendRef: BackendObjectReference
  percent?: number
  fraction?: { numerator: number; denominator: number }
}

export interface BackendRef extends BackendObjectReference {
  weight: number
}

export interface HTTPBackendRef extends BackendRef {
  filters?: HTTPRouteFilter[]
}

export interface GRPCBackendRef extends BackendRef {
  filters?: GRPCRouteFilter[]
}

export interface SessionPersistence {
  type: 'Cookie' | 'Header' | string
  sessionName?: string
  absoluteTimeout?: string
  cookieConfig?: { lifetimeType: 'Permanent' | 'Session' | string }
}

// ---------------------------------------------------------------- HTTPRoute

export type PathMatchType = 'Exact' | 'PathPrefix' | 'RegularExpression'
export type StringMatchType = 'Exact' | 'RegularExpression'
export type HTTPMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'CONNECT' | 'OPTIONS' | 'TRACE' | 'PATCH'

export interface HTTPHeaderMatch {
  type: StringMatchType | string
  name: string
  value: string
}

export interface HTTPRouteMatch {
  path: { type: PathMatchType | string; value: string }
  headers?: HTTPHeaderMatch[]
  queryParams?: HTTPHeaderMatch[]
  method?: HTTPMethod | string
}

export interface HTTPPathModifier {
  type: 'ReplaceFullPath' | 'ReplacePrefixMatch' | string
  replaceFullPath?: string
  replacePrefixMatch?: string
}

export interface HTTPRequestRedirect {
  scheme?: 'http' | 'https' | string
  hostname?: string
  path?: HTTPPathModifier
  port?: number
  statusCode: number
}

export interface HTTPURLRewrite {
  hostname?: string
  path?: HTTPPathModifier
}

export interface HTTPCORS {
  allowOrigins?: string[]
  allowCredentials?: boolean
  allowMethods?: string[]
  allowHeaders?: string[]
  exposeHeaders?: string[]
  maxAge: number
}

export interface HTTPRouteFilter {
  type:
    | 'RequestHeaderModifier'
    | 'ResponseHeaderModifier'
    | 'RequestMirror'
    | 'RequestRedirect'
    | 'URLRewrite'
    | 'ExtensionRef'
    | 'CORS'
    | 'ExternalAuth'
    | string
  requestHeaderModifier?: HeaderModifier
  responseHeaderModifier?: HeaderModifier
  requestMirror?: RequestMirror
  requestRedirect?: HTTPRequestRedirect
  urlRewrite?: HTTPURLRewrite
  extensionRef?: LocalObjectReference
  cors?: HTTPCORS
  externalAuth?: { protocol: string; backendRef: BackendObjectReference } & Record<string, unknown>
}

export interface HTTPRouteRule {
  name?: string
  matches: HTTPRouteMatch[]
  filters?: HTTPRouteFilter[]
  backendRefs?: HTTPBackendRef[]
  timeouts?: { request?: string; backendRequest?: string }
  retry?: { codes?: number[]; attempts?: number; backoff?: string }
  sessionPersistence?: SessionPersistence
}

export interface HTTPRouteSpec {
  parentRefs?: ParentReference[]
  hostnames?: string[]
  rules: HTTPRouteRule[]
  useDefaultGateways?: string
}

// ---------------------------------------------------------------- GRPCRoute

export interface GRPCMethodMatch {
  type: StringMatchType | string
  service?: string
  method?: string
}

export interface GRPCRouteMatch {
  method?: GRPCMethodMatch
  headers?: HTTPHeaderMatch[]
}

export interface GRPCRouteFilter {
  type: 'RequestHeaderModifier' | 'ResponseHeaderModifier' | 'RequestMirror' | 'ExtensionRef' | string
  requestHeaderModifier?: HeaderModifier
  responseHeaderModifier?: HeaderModifier
  requestMirror?: RequestMirror
  extensionRef?: LocalObjectReference
}

export interface GRPCRouteRule {
  name?: string
  matches?: GRPCRouteMatch[]
  filters?: GRPCRouteFilter[]
  backendRefs?: GRPCBackendRef[]
  sessionPersistence?: SessionPersistence
}

export interface GRPCRouteSpec {
  parentRefs?: ParentReference[]
  hostnames?: string[]
  rules?: GRPCRouteRule[]
  useDefaultGateways?: string
}

// ---------------------------------------------------------------- TLS, TCP, UDP routes

export interface L4RouteRule {
  name?: string
  backendRefs: BackendRef[]
}

export interface TLSRouteSpec {
  parentRefs?: ParentReference[]
  hostnames?: string[]
  rules: L4RouteRule[]
  useDefaultGateways?: string
}

export interface L4RouteSpec {
  parentRefs?: ParentReference[]
  rules: L4RouteRule[]
  useDefaultGateways?: string
}

// ---------------------------------------------------------------- ReferenceGrant

export interface ReferenceGrantSpec {
  from: { group: string; kind: string; namespace: string }[]
  to: { group: string; kind: string; name?: string }[]
}

// ---------------------------------------------------------------- core kinds used for resolution

export interface ServicePort {
  name?: string
  port: number
  protocol?: string
  appProtocol?: string
  targetPort?: number | string
}

export interface ServiceSpec {
  type?: string
  ports: ServicePort[]
  selector?: Record<string, string>
  externalName?: string
}

export type NamespaceSpec = Record<string, never>
