import type { ObjectRef } from './objects'

/**
 * A listener as it is served: declared on a Gateway or on a ListenerSet attached to it.
 * Resolve computes these; the simulator picks a listener for a request among them.
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
  tlsMode?: string
  /** Accepted=True and not Conflicted: only such listeners carry traffic. */
  ready: boolean
}

/**
 * One accepted attachment of a route to a listener, with the hostnames that survive the
 * listener × route intersection (SPEC-NOTES §5.5). An empty `hostnames` list means "any host".
 * Only Accepted route parents produce bindings, so only bindings carry traffic.
 */
export interface RouteBinding {
  route: ObjectRef
  /** Index of the parentRef in `route.spec.parentRefs` that produced this binding. */
  parentRefIndex: number
  listener: { owner: ObjectRef; name: string }
  gateway: ObjectRef
  hostnames: string[]
}
