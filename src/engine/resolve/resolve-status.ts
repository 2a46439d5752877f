import { refKey, refOf, type AnalyzeOptions, type EffectiveListener, type ManifestObject, type ResolvedReference, type RouteBinding, type StatusReport } from '../../model'
import { buildGatewayStatuses } from './build-gateway-status'
import { buildContext, type ResolveContext } from './context'
import type { Finding } from './findings'
import type { SecretFacts } from './read-secrets'
import { resolveGateways } from './resolve-gateways'
import { resolveReference, type ReferenceOutcome } from './resolve-references'
import { resolveRoutes } from './resolve-routes'
import { buildRelations, type ParentRefEdge } from './relations'

export interface Resolution {
  status: StatusReport
  listeners: EffectiveListener[]
  bindings: RouteBinding[]
  references: ResolvedReference[]
  findings: Finding[]
  /** The index of the workspace resolve built; hints read the same one. */
  context: ResolveContext
}

const byObject = (a: { kind: string; namespace: string; name: string }, b: typeof a) =>
  a.kind.localeCompare(b.kind) || a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name)

/**
 * The resolve stage: what a conformant controller would write for every Gateway, ListenerSet and
 * route, with the reasons explained, plus the served listeners and route bindings the simulator
 * reads. Pure and deterministic: shuffling the documents never changes the answer.
 *
 * @example
 * const r = resolveStatus(analysis.objects, { services: 'auto' })
 * r.status.routes[0]?.status.parents[0]?.conditions // [{ type: 'Accepted', status: 'True', ... }, ...]
 */
export function resolveStatus(objects: readonly ManifestObject[], options: AnalyzeOptions = {}, secrets: Map<string, SecretFacts> = new Map()): Resolution {
  const ctx = buildContext(objects, options, secrets)
  const relations = buildRelations(ctx)

  const outcomes = new Map<string, ReferenceOutcome>()
  const refsByRoute = new Map<string, ReferenceOutcome[]>()
  for (const edge of relations.references) {
    const outcome = resolveReference(edge, ctx)
    const fromKey = refKey(refOf(edge.from))
    outcomes.set(`${fromKey}#${edge.path}`, outcome)
    if (edge.use !== 'certificateRef' && edge.use !== 'caCertificateRef') {
      const list = refsByRoute.get(fromKey) ?? []
      list.push(outcome)
      refsByRoute.set(fromKey, list)
    }
  }
  const edgesByRoute = new Map<string, ParentRefEdge[]>()
  for (const e of relations.parentRefs) {
    const k = refKey(refOf(e.route))
    const list = edgesByRoute.get(k) ?? []
    list.push(e)
    edgesByRoute.set(k, list)
  }

  const gateways = resolveGateways(ctx, outcomes)
  const routes = resolveRoutes(ctx, gateways, edgesByRoute, refsByRoute)
  const built = buildGatewayStatuses(ctx, gateways)

  return {
    status: { gateways: built.gateways.sort(byObject), listenerSets: built.listenerSets.sort(byObject), routes: routes.statuses.sort(byObject) },
    listeners: built.listeners,
    bindings: routes.bindings,
    references: [...outcomes.values()],
    findings: [...built.findings, ...routes.findings],
    context: ctx,
  }
}
