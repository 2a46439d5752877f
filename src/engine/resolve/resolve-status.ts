import { refKey, refOf, type AnalyzeOptions, type EffectiveListener, type ManifestObject, type ResolvedReference, type RouteBinding, type RouteObject, type StatusReport } from '../../model'
import { buildGatewayStatuses } from './build-gateway-status'
import { buildContext, type ResolveContext } from './context'
import type { Finding } from './findings'
import type { SecretFacts } from './read-secrets'
import { resolveGateways } from './resolve-gateways'
import { ResolveMemo, type OwnersResolution, type RouteComputation } from './resolve-memo'
import type { ListenerVerdict } from './resolve-parent-refs'
import { resolveReference, type ReferenceOutcome } from './resolve-references'
import { resolveRoute, type RouteResolution } from './resolve-routes'
import { ownerReferencesOf, parentEdgesOf, routeReferencesOf } from './relations'
import { RouteCollisions } from './route-collisions'

export interface Resolution {
  status: StatusReport
  listeners: EffectiveListener[]
  bindings: RouteBinding[]
  references: ResolvedReference[]
  findings: Finding[]
  /** The index of the workspace resolve built; hints read the same one. */
  context: ResolveContext
  /** Per route key (`Kind/namespace/name`): its bindings and backendRef references, in order. */
  byRoute: Map<string, { bindings: RouteBinding[]; backendRefs: ResolvedReference[] }>
}

// `localeCompare` with the default locale, through one collator (the same order, made once).
const collate = new Intl.Collator().compare
const byObject = (a: { kind: string; namespace: string; name: string }, b: typeof a) => collate(a.kind, b.kind) || collate(a.namespace, b.namespace) || collate(a.name, b.name)

/**
 * The resolve stage: what a conformant controller would write for every Gateway, ListenerSet and
 * route, with the reasons explained, plus the served listeners and route bindings the simulator
 * reads. Pure and deterministic: shuffling the documents never changes the answer. With the
 * `memo` of the previous analysis, routes resolve again only when they or the non-route objects
 * changed (resolve-memo.ts); the answer is the same.
 *
 * @example
 * const r = resolveStatus(analysis.objects, { services: 'auto' })
 * r.status.routes[0]?.status.parents[0]?.conditions // [{ type: 'Accepted', status: 'True', ... }, ...]
 */
export function resolveStatus(objects: readonly ManifestObject[], options: AnalyzeOptions = {}, secrets: Map<string, SecretFacts> = new Map(), memo = new ResolveMemo()): Resolution {
  const ctx = buildContext(objects, options, secrets)
  const token = memo.envToken(objects, options, secrets)
  const owners = memo.ownersFor(token, () => resolveOwners(ctx))
  for (const views of owners.gw.listeners.values()) for (const v of views) v.attached.clear()

  const collisions = new RouteCollisions()
  const statuses: RouteResolution['status'][] = []
  const bindings: RouteBinding[] = []
  const findings: Finding[] = []
  const references: ResolvedReference[] = []
  const byRoute: Resolution['byRoute'] = new Map()
  for (const route of ctx.routes) {
    const c = memo.routeFor(route, token, () => computeRoute(route, ctx, owners.gw))
    let result = c.result
    if (c.claims.length > 0) {
      // Routes come oldest first: replay this one's claims; if one loses, resolve it with the losses.
      const answers = c.claims.map((v) => collisions.claim(v, route))
      if (answers.some((a) => a !== undefined)) {
        let i = 0
        result = resolveRoute(route, ctx, owners.gw, c.edges, c.routeRefs, () => answers[i++])
      }
    }
    const key = refKey(refOf(route))
    for (const v of result.attachedTo) v.attached.add(key)
    byRoute.set(key, { bindings: result.bindings, backendRefs: c.backendRefs })
    statuses.push(result.status)
    bindings.push(...result.bindings)
    findings.push(...result.findings)
    references.push(...c.outcomes)
  }
  const built = buildGatewayStatuses(ctx, owners.gw)

  return {
    status: { gateways: built.gateways.sort(byObject), listenerSets: built.listenerSets.sort(byObject), routes: statuses.sort(byObject) },
    listeners: built.listeners,
    bindings,
    references: [...references, ...owners.outcomes],
    findings: [...built.findings, ...findings],
    context: ctx,
    byRoute,
  }
}

/** Gateways and ListenerSets: their references, then their listeners (certificates need the references). */
function resolveOwners(ctx: ResolveContext): OwnersResolution {
  const outcomes: ReferenceOutcome[] = []
  const byPath = new Map<string, ReferenceOutcome>()
  for (const edge of ownerReferencesOf(ctx)) {
    const outcome = resolveReference(edge, ctx)
    outcomes.push(outcome)
    byPath.set(`${refKey(refOf(edge.from))}#${edge.path}`, outcome)
  }
  return { gw: resolveGateways(ctx, byPath), outcomes }
}

/** One route, resolved as if no other route contested its listeners; its claims are recorded. */
function computeRoute(route: RouteObject, ctx: ResolveContext, gw: OwnersResolution['gw']): RouteComputation {
  const edges = parentEdgesOf(route, ctx)
  const outcomes = routeReferencesOf(route).map((edge) => resolveReference(edge, ctx))
  const routeRefs = outcomes.filter((o) => o.use !== 'certificateRef' && o.use !== 'caCertificateRef')
  const claims: ListenerVerdict[] = []
  const result = resolveRoute(route, ctx, gw, edges, routeRefs, (v) => {
    claims.push(v)
    return undefined
  })
  return { edges, outcomes, routeRefs, backendRefs: outcomes.filter((o) => o.use === 'backendRef'), result, claims }
}
