import type { ObjectRef } from './objects'

/**
 * A listener as it is served: declared on a Gateway or on a ListenerSet attached to it.
 * Resolve computes these; the simulator picks a listener for a request among them.
 * Listeners of ListenerSets that their Gateway does not admit are not served, so not listed.
 */
export interface EffectiveListener {
  /** The Gateway whose data plane serves this listener. */
  gateway: ObjectRef
  /** The object that declares it: the Gateway itself or a ListenerSet. */
  owner: ObjectRef
  name: string
  port: number
  protocol: string
  hostname?: string
  /** `Terminate` or `Passthrough` for HTTPS and TLS listeners; absent otherwise. */
  tlsMode?: string
  /**
   * Programmed=True: accepted, not conflicted, and its certificates usable. Only such listeners
   * carry traffic; a request that selects a listener that is not ready gets no answer from it.
   */
  ready: boolean
}

/**
 * One accepted attachment of a route to a listener, with the hostnames that survive the
 * listener × route intersection (SPEC-NOTES §5.5). An empty `hostnames` list means "any host".
 * Only Accepted route parents produce bindings, so only bindings carry traffic.
 */
export interface RouteBinding {
  route: ObjectRef
  /**
   * Index of the parentRef in `route.spec.parentRefs` that produced this binding; -1 when a
   * Gateway with `defaultScope: All` claimed a route with `useDefaultGateways: All`.
   */
  parentRefIndex: number
  listener: { owner: ObjectRef; name: string }
  gateway: ObjectRef
  hostnames: string[]
  /**
   * Rules the controller drops because they use values it does not support (the route is then
   * PartiallyInvalid); requests never match them. Absent when every rule is kept.
   */
  droppedRules?: number[]
}

/**
 * One reference from an object to another (a backendRef, a mirror's backendRef, a certificateRef),
 * as declared in the manifests and as resolved: the relation table status, graph and simulator read.
 */
export interface ResolvedReference {
  /** The object holding the reference. */
  from: ObjectRef
  /** Field path of the reference, e.g. `spec.rules[0].backendRefs[1]`. */
  path: string
  use: 'backendRef' | 'mirror' | 'externalAuth' | 'extensionRef' | 'certificateRef' | 'caCertificateRef'
  /** Route rule the reference belongs to, for route references. */
  ruleIndex?: number
  /** Index inside the rule's `backendRefs`, for `backendRef` uses. */
  backendIndex?: number
  /** The referenced object, defaults filled in (group `''`, kind `Service`, the referrer's namespace). */
  target: ObjectRef
  port?: number
  weight?: number
  /** `true` when a controller would use it; otherwise `reason` says why not (a ResolvedRefs reason). */
  resolved: boolean
  reason?: string
  /** The ReferenceGrant that permits a cross-namespace reference. */
  grant?: ObjectRef
  /** `true` when the target is not declared and the resolution mode assumes it exists. */
  assumed?: boolean
  /** Plain words: what it resolved to, or what is wrong and what to change. */
  detail?: string
}
