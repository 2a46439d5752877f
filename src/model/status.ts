import type { ParentReference, RouteGroupKind } from './gateway-api'

/** A status condition as a controller writes it. */
export interface Condition {
  type: string
  status: 'True' | 'False' | 'Unknown'
  reason: string
  message: string
  /** The object's `metadata.generation` the condition was computed from (1 when the text has none). */
  observedGeneration?: number
}

/** Condition types for which `True` is the bad news. */
const NEGATIVE_CONDITIONS = new Set(['Conflicted', 'InsecureFrontendValidationMode', 'PartiallyInvalid'])

/** Is this condition what a working object shows? `True`, except for the types where `True` is the bad news. */
export const conditionHealthy = (c: Condition): boolean => (NEGATIVE_CONDITIONS.has(c.type) ? c.status !== 'True' : c.status === 'True')

/**
 * Why a condition has its value, for people: the listeners considered, the check that decided,
 * and the hostnames that survived intersection. The UI renders it; the CLI prints it.
 */
export interface Explanation {
  /** The check that decided, e.g. `allowedRoutes.namespaces`, `hostname-intersection`. */
  check: string
  /** Plain words, saying what to change when something is wrong. */
  detail: string
  listeners?: { parent: string; listener: string; outcome: 'accepted' | 'rejected'; reason: string; hostnames?: string[] }[]
  /** References checked for the condition (backendRefs, certificateRefs...), each with its outcome. */
  references?: { path: string; target: string; outcome: 'resolved' | 'rejected'; reason: string }[]
}

export interface ListenerStatus {
  name: string
  attachedRoutes: number
  supportedKinds: RouteGroupKind[]
  conditions: Condition[]
}

export interface GatewayLikeStatus {
  conditions: Condition[]
  listeners: ListenerStatus[]
  /** Gateways only: how many ListenerSets attached. */
  attachedListenerSets?: number
}

export interface RouteParentStatus {
  parentRef: ParentReference
  controllerName: string
  conditions: Condition[]
}

export interface ObjectStatus<S> {
  kind: string
  namespace: string
  name: string
  status: S
  /**
   * Keyed by condition type (`Accepted`), by listener for listener conditions
   * (`listener/<name>/<type>`) and, for routes, by position in `status.parents`
   * (`parent/<index>/<type>`).
   */
  explanations?: Record<string, Explanation>
}

/** What `routelab status --format json` prints, and what the status panel shows. */
export interface StatusReport {
  gateways: ObjectStatus<GatewayLikeStatus>[]
  listenerSets: ObjectStatus<GatewayLikeStatus>[]
  routes: ObjectStatus<{ parents: RouteParentStatus[] }>[]
}
