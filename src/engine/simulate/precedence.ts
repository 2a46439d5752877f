import type { GrpcEntry, HttpEntry, RouteInfo } from './compile-route'

/**
 * Precedence among match elements of every route on one listener and hostname
 * (SPEC-NOTES §8.4 for HTTPRoute, §11.3 for GRPCRoute). Each comparator returns which step
 * decided, so the trace can name the exact criterion a candidate lost on.
 */
export interface Decision {
  /** Negative: `a` wins; positive: `b` wins; never 0 for two distinct entries. */
  order: number
  criterion: string
  /** Words about why the winner wins, e.g. "an Exact path beats a PathPrefix". */
  reason: string
}

/**
 * Path type rank. Gateway API leaves RegularExpression's place to implementations; Envoy
 * Gateway sorts Exact, then RegularExpression, then PathPrefix, and so do we.
 */
const PATH_RANK = { Exact: 3, RegularExpression: 2, PathPrefix: 1, Unsupported: 0 } as const

const pathWord = (e: HttpEntry) => (e.pathKind === 'RegularExpression' ? 'a RegularExpression path' : `a ${e.pathKind} path`)

function compareRoutes(a: RouteInfo, b: RouteInfo): Decision | undefined {
  if (a.created !== b.created) {
    return {
      order: a.created < b.created ? -1 : 1,
      criterion: 'precedence-age',
      reason: 'the older route (creationTimestamp) wins; a route without creationTimestamp counts as the newest',
    }
  }
  if (a.nsName !== b.nsName) {
    return { order: a.nsName < b.nsName ? -1 : 1, criterion: 'precedence-name', reason: 'routes of equal age: the first by namespace/name wins' }
  }
  return undefined
}

function compareOrder(a: { rule: number; match: number | null }, b: { rule: number; match: number | null }): Decision {
  if (a.rule !== b.rule) return { order: a.rule - b.rule, criterion: 'precedence-rule-order', reason: 'within one route, the earlier rule wins' }
  return { order: (a.match ?? 0) - (b.match ?? 0), criterion: 'precedence-match-order', reason: 'within one rule, the earlier match wins' }
}

const more = (a: number, b: number, criterion: string, reason: string): Decision | undefined =>
  a === b ? undefined : { order: b - a, criterion, reason }

export function decideHttp(a: HttpEntry, b: HttpEntry): Decision {
  const ra = PATH_RANK[a.pathKind]
  const rb = PATH_RANK[b.pathKind]
  if (ra !== rb) {
    const [w, l] = ra > rb ? [a, b] : [b, a]
    return { order: rb - ra, criterion: 'precedence-path-type', reason: `${pathWord(w)} beats ${pathWord(l)} (Exact, then RegularExpression as Envoy Gateway orders it, then PathPrefix)` }
  }
  return (
    more(a.pathValue.length, b.pathValue.length, 'precedence-path-length', 'the path with more characters wins') ??
    more(a.method ? 1 : 0, b.method ? 1 : 0, 'precedence-method', 'a match that sets a method wins') ??
    more(a.headers.length, b.headers.length, 'precedence-headers', 'the match with more header matchers wins') ??
    more(a.query.length, b.query.length, 'precedence-query', 'the match with more query parameter matchers wins') ??
    compareRoutes(a.route, b.route) ??
    compareOrder(a, b)
  )
}

export const compareHttp = (a: HttpEntry, b: HttpEntry): number => decideHttp(a, b).order

export function decideGrpc(a: GrpcEntry, b: GrpcEntry): Decision {
  return (
    more(a.service?.length ?? 0, b.service?.length ?? 0, 'precedence-grpc-service', 'the match with more characters in its service wins') ??
    more(a.method?.length ?? 0, b.method?.length ?? 0, 'precedence-grpc-method', 'the match with more characters in its method wins') ??
    more(a.headers.length, b.headers.length, 'precedence-headers', 'the match with more header matchers wins') ??
    compareRoutes(a.route, b.route) ??
    compareOrder(a, b)
  )
}

export const compareGrpc = (a: GrpcEntry, b: GrpcEntry): number => decideGrpc(a, b).order

/** Oldest first, then namespace/name: how TCP, UDP and TLS routes on one listener are ordered. */
export function compareRouteAge(a: RouteInfo, b: RouteInfo): number {
  return compareRoutes(a, b)?.order ?? 0
}

export function decideRouteAge(a: RouteInfo, b: RouteInfo): Decision | undefined {
  return compareRoutes(a, b)
}
