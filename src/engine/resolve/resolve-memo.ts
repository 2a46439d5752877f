import type { AnalyzeOptions, ManifestObject, RouteObject } from '../../model'
import type { SecretFacts } from './read-secrets'
import type { GatewaysResolution } from './resolve-gateways'
import type { ReferenceOutcome } from './resolve-references'
import type { RouteResolution } from './resolve-routes'
import type { ListenerVerdict } from './resolve-parent-refs'
import type { ParentRefEdge } from './relations'

const ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute'])

/** What resolve keeps of the Gateways and ListenerSets while nothing but routes changes. */
export interface OwnersResolution {
  gw: GatewaysResolution
  /** Their certificate and CA references, resolved, in relation-table order. */
  outcomes: ReferenceOutcome[]
}

/** One route resolved as if no route of the other kind contested its listeners. */
export interface RouteComputation {
  edges: ParentRefEdge[]
  /** Its references resolved, in relation-table order. */
  outcomes: ReferenceOutcome[]
  /** The ones that count for ResolvedRefs (not certificates). */
  routeRefs: ReferenceOutcome[]
  /** Its backendRefs alone, for the graph. */
  backendRefs: ReferenceOutcome[]
  result: RouteResolution
  /** The attachments it claimed, in order, for the HTTPRoute/GRPCRoute collision check. */
  claims: ListenerVerdict[]
}

/**
 * Resolve's state between analyses of one workspace. A route's resolution depends on the route
 * and on everything that is not a route (Gateways, ListenerSets, grants, Services, Namespaces,
 * Secrets, options); the only thing routes share is the HTTPRoute/GRPCRoute collision, which is
 * replayed across all routes every time. So while the non-route objects are the same objects, each
 * unchanged route's resolution is taken as it was.
 */
export class ResolveMemo {
  private env?: { objects: ManifestObject[]; secrets: [string, SecretFacts][]; options: string; token: object }
  private owners?: { token: object; value: OwnersResolution }
  private readonly routes = new WeakMap<RouteObject, { token: object; value: RouteComputation }>()

  /**
   * An object that stays the same while the non-route objects (by identity, in order), the
   * Secrets and the options do: the validity mark of everything kept.
   */
  envToken(objects: readonly ManifestObject[], options: AnalyzeOptions, secrets: ReadonlyMap<string, SecretFacts>): object {
    const others = objects.filter((o) => !ROUTE_KINDS.has(o.kind))
    const facts = [...secrets]
    const opts = JSON.stringify([options.channel, options.services, options.features])
    const e = this.env
    if (e && e.options === opts && sameItems(e.objects, others) && e.secrets.length === facts.length && facts.every(([k, v], i) => e.secrets[i]![0] === k && e.secrets[i]![1] === v)) return e.token
    this.env = { objects: others, secrets: facts, options: opts, token: {} }
    return this.env.token
  }

  ownersFor(token: object, compute: () => OwnersResolution): OwnersResolution {
    if (this.owners?.token !== token) this.owners = { token, value: compute() }
    return this.owners.value
  }

  routeFor(route: RouteObject, token: object, compute: () => RouteComputation): RouteComputation {
    const known = this.routes.get(route)
    if (known?.token === token) return known.value
    const value = compute()
    this.routes.set(route, { token, value })
    return value
  }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
