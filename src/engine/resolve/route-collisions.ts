import { refKey, refOf } from '../../model'
import { hostnameSetsOverlap } from './hostnames'
import type { ListenerVerdict } from './resolve-parent-refs'

interface Claim {
  routeKey: string
  kind: string
  hostnames?: string[]
}

/**
 * The HTTPRoute/GRPCRoute hostname collision (SPEC-NOTES §11.4): on one listener, a route of one
 * kind whose hostnames intersect those of an already attached route of the other kind is not
 * accepted there. Routes must be offered oldest first (then by namespace/name), so the older
 * route keeps the listener whatever the document order.
 *
 * @example
 * const c = new RouteCollisions()
 * c.claim(httpVerdict, httpRoute) // undefined: first claim wins
 * c.claim(grpcVerdict, grpcRoute) // 'HTTPRoute infra/web already serves a.example.com on ...'
 */
export class RouteCollisions {
  /** Claims per listener, kept apart by route kind: a route only ever searches the other kind's. */
  private readonly byListener = new Map<string, { HTTPRoute: Claim[]; GRPCRoute: Claim[] }>()

  /** Registers an attachment; returns why it loses, or undefined when it stands. */
  claim(v: ListenerVerdict, route: { kind: string; metadata: { namespace: string; name: string } } & Parameters<typeof refOf>[0]): string | undefined {
    if (route.kind !== 'HTTPRoute' && route.kind !== 'GRPCRoute') return undefined
    const listenerKey = `${refKey(v.view.ownerRef)}#${v.view.name}`
    let claims = this.byListener.get(listenerKey)
    if (!claims) this.byListener.set(listenerKey, (claims = { HTTPRoute: [], GRPCRoute: [] }))
    const routeKey = refKey(refOf(route))
    const others = route.kind === 'HTTPRoute' ? claims.GRPCRoute : claims.HTTPRoute
    const rival = others.find((c) => hostnameSetsOverlap(c.hostnames, v.hostnames))
    if (rival) {
      return `${rival.routeKey.split('/')[0]} ${rival.routeKey.split('/').slice(1).join('/')} is older (or first by namespace/name) and already serves intersecting hostnames on listener ${v.view.name}; an HTTPRoute and a GRPCRoute cannot share a hostname on one listener: give one of them different hostnames`
    }
    const claim: Claim = { routeKey, kind: route.kind }
    if (v.hostnames) claim.hostnames = v.hostnames
    claims[route.kind].push(claim)
    return undefined
  }
}
