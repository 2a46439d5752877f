import { refOf, type Explanation, type ObjectStatus, type RouteBinding, type RouteObject, type RouteParentStatus } from '../../model'
import { invalidRules, type InvalidRule } from './check-rules'
import { allResolve, cond, explained, plural, type Explained } from './conditions'
import { CONTROLLER_NAME, type ResolveContext } from './context'
import { kebab, type Finding } from './findings'
import { list } from './read'
import type { GatewaysResolution } from './resolve-gateways'
import { ownerLabel, type ListenerView } from './resolve-listeners'
import { evaluateParentRef, type ListenerVerdict, type ParentVerdict } from './resolve-parent-refs'
import type { ReferenceOutcome } from './resolve-references'
import type { ParentRefEdge } from './relations'
import { fixesForNoMatch, fixesForReference, fixesForRejection } from './suggest-fixes'

/** Everything resolve says about one route, given the Gateways: the parts routes share are not in it. */
export interface RouteResolution {
  status: RouteStatus
  bindings: RouteBinding[]
  findings: Finding[]
  /** Listeners that accepted the route (their attachedRoutes count it). */
  attachedTo: ListenerView[]
}

/**
 * Claims a listener for an attached HTTPRoute or GRPCRoute; answers why the claim loses to a
 * route of the other kind, or undefined (route-collisions.ts).
 */
export type Claim = (v: ListenerVerdict, route: RouteObject) => string | undefined

type RouteStatus = ObjectStatus<{ parents: RouteParentStatus[] }>

const explanationListeners = (verdicts: readonly ListenerVerdict[]): NonNullable<Explanation['listeners']> =>
  verdicts.map((v) => {
    const e: NonNullable<Explanation['listeners']>[number] = { parent: ownerLabel(v.view.ownerRef), listener: v.view.name, outcome: v.check === 'attached' ? 'accepted' : 'rejected', reason: v.check === 'attached' ? 'attached' : v.check }
    if (v.check === 'attached' || v.check === 'hostnames') e.hostnames = v.hostnames ?? ['*']
    return e
  })

/**
 * One route's `status.parents` (Accepted, ResolvedRefs, PartiallyInvalid), the bindings the
 * simulator reads, and the findings shown as problems. Routes must be resolved oldest first,
 * with one `claim` shared by all, so the HTTPRoute/GRPCRoute collision favours the older route.
 *
 * @example
 * const collisions = new RouteCollisions()
 * for (const route of ctx.routes) resolveRoute(route, ctx, gateways, edgesOf(route), refsOf(route), (v, r) => collisions.claim(v, r))
 */
export function resolveRoute(route: RouteObject, ctx: ResolveContext, gw: GatewaysResolution, edges: readonly ParentRefEdge[], refs: readonly ReferenceOutcome[], claim: Claim): RouteResolution {
  const bindings: RouteBinding[] = []
  const findings: Finding[] = []
  const attachedTo: ListenerView[] = []
  const generation = ctx.generationOf(route)
  const invalid = invalidRules(route)
  const ruleCount = list(route.spec.rules).length
  const allInvalid = ruleCount > 0 && invalid.length === ruleCount
  const resolvedRefs = resolvedRefsCondition(refs, generation)
  const status: RouteStatus = { kind: route.kind, namespace: route.metadata.namespace, name: route.metadata.name, status: { parents: [] }, explanations: {} }
  for (const edge of edges) {
    const verdict = evaluateParentRef(edge, ctx, gw)
    if (verdict.kind === 'skipped') {
      findings.push({ object: route, path: edge.path, code: verdict.code, severity: verdict.code === 'route-parent-not-found' ? 'warning' : 'info', message: verdict.why })
      continue
    }
    const accepted = acceptedCondition(verdict, route, allInvalid ? invalid : [], claim, generation, ctx)
    const slot = `parent/${status.status.parents.length}`
    const parent: RouteParentStatus = { parentRef: edge.echo, controllerName: CONTROLLER_NAME, conditions: [accepted.condition, resolvedRefs.condition] }
    status.explanations![`${slot}/Accepted`] = accepted.explanation
    status.explanations![`${slot}/ResolvedRefs`] = resolvedRefs.explanation
    const isAccepted = accepted.condition.status === 'True'
    if (isAccepted && invalid.length > 0) {
      const p = partiallyInvalid(invalid, generation)
      parent.conditions.push(p.condition)
      status.explanations![`${slot}/PartiallyInvalid`] = p.explanation
    }
    status.status.parents.push(parent)
    if (isAccepted) {
      for (const v of accepted.attached) {
        attachedTo.push(v.view)
        const b: RouteBinding = { route: refOf(route), parentRefIndex: edge.index, listener: { owner: v.view.ownerRef, name: v.view.name }, gateway: refOf(v.view.gateway), hostnames: v.hostnames ?? [] }
        if (invalid.length) b.droppedRules = invalid.map((r) => r.index)
        bindings.push(b)
      }
    } else {
      findings.push({ object: route, path: edge.path, code: `route-${kebab(accepted.condition.reason)}`, severity: 'error', message: `not accepted by ${edge.target.kind} ${edge.target.namespace}/${edge.target.name}: ${accepted.condition.message}`, fixes: accepted.fixes })
    }
  }
  for (const r of refs) {
    if (!r.resolved) findings.push({ object: route, path: r.path, code: `route-${kebab(r.reason ?? 'ResolvedRefs')}`, severity: 'error', message: r.detail, fixes: fixesForReference(r, route, ctx) })
  }
  if (!allInvalid) for (const r of invalid) findings.push({ object: route, path: `spec.rules[${r.index}]`, code: 'route-rule-dropped', severity: 'warning', message: `rule ${r.index} is dropped (${r.reason}): ${r.message}` })
  return { status, bindings, findings, attachedTo }
}

interface AcceptedOutcome extends Explained {
  attached: ListenerVerdict[]
  fixes: NonNullable<Finding['fixes']>
}

function acceptedCondition(v: Extract<ParentVerdict, { kind: 'evaluated' }>, route: RouteObject, allInvalid: InvalidRule[], claim: Claim, generation: number, ctx: ResolveContext): AcceptedOutcome {
  const listeners = explanationListeners(v.verdicts)
  const no = (reason: string, message: string, check: string, fixes: AcceptedOutcome['fixes'] = []): AcceptedOutcome => ({ ...explained(cond('Accepted', false, reason, message, generation), check, { listeners }), attached: [], fixes })
  if (v.noMatch) {
    // Every listener of the parent was considered and none is the one the parentRef names.
    const check = v.edge.echo.sectionName !== undefined ? 'sectionName' : 'port'
    listeners.push(...v.listeners.map((l) => ({ parent: ownerLabel(l.ownerRef), listener: l.name, outcome: 'rejected' as const, reason: check })))
    return no('NoMatchingParent', v.noMatch, 'parentRef', fixesForNoMatch(route, v.edge.index, v.edge.echo.sectionName, v.edge.echo.port, v.listeners, v.inListenerSet))
  }
  const attached = v.verdicts.filter((x) => x.check === 'attached')
  if (attached.length === 0) {
    const admitted = v.verdicts.filter((x) => x.check === 'hostnames')
    const reason = admitted.length ? 'NoMatchingListenerHostname' : 'NotAllowedByListeners'
    const shown = admitted.length ? admitted : v.verdicts
    const fixes = shown.flatMap((x) => fixesForRejection(x, route, ctx)).slice(0, 3)
    return no(reason, shown.map((x) => x.why).join('; '), admitted.length ? 'hostnames' : shown[0]?.check ?? 'allowedRoutes', fixes)
  }
  if (allInvalid.length) {
    const reason = allInvalid.some((r) => r.reason === 'UnsupportedValue') ? 'UnsupportedValue' : 'IncompatibleFilters'
    return no(reason, `every rule is invalid, so nothing can be programmed: ${allInvalid.map((r) => `rule ${r.index}: ${r.message}`).join('; ')}`, 'rules')
  }
  const kept: ListenerVerdict[] = []
  const lost: string[] = []
  for (const x of attached) {
    const why = claim(x, route)
    if (why) {
      lost.push(why)
      x.check = 'route-kind-collision'
      x.why = why
    } else kept.push(x)
  }
  if (kept.length === 0) {
    listeners.splice(0, listeners.length, ...explanationListeners(v.verdicts))
    return no('HostnameConflict', lost.join('; '), 'route-kind-collision')
  }
  const hosts = kept.map((x) => `${x.view.name} (${x.hostnames ? x.hostnames.join(', ') : 'any host'})`).join(', ')
  const msg = `attached to ${plural(kept.length, 'listener')} of ${ownerLabel(refOf(v.owner))}: ${hosts}${lost.length ? `; not on ${lost.length} other: ${lost.join('; ')}` : ''}`
  return { ...explained(cond('Accepted', true, 'Accepted', msg, generation), 'attached', { listeners: explanationListeners(v.verdicts) }), attached: kept, fixes: [] }
}

function resolvedRefsCondition(refs: readonly ReferenceOutcome[], generation: number): Explained {
  const references = refs.map((r) => ({ path: r.path, target: `${r.target.kind} ${r.target.namespace}/${r.target.name}`, outcome: r.resolved ? ('resolved' as const) : ('rejected' as const), reason: r.resolved ? r.detail : `${r.reason}: ${r.detail}` }))
  const bad = refs.filter((r) => !r.resolved)
  if (bad.length === 0) {
    const msg = refs.length ? allResolve(refs.length) : 'the route has no backendRefs to resolve'
    return explained(cond('ResolvedRefs', true, 'ResolvedRefs', msg, generation), 'references', { references })
  }
  const msg = bad.map((r) => `${r.path}: ${r.detail}`).join('; ')
  return explained(cond('ResolvedRefs', false, bad[0]!.reason ?? 'BackendNotFound', msg, generation), 'references', { references })
}

function partiallyInvalid(invalid: readonly InvalidRule[], generation: number): Explained {
  const msg = `Dropped Rule${invalid.length > 1 ? 's' : ''} ${invalid.map((r) => r.index).join(', ')}: ${invalid.map((r) => r.message).join('; ')}`
  return explained(cond('PartiallyInvalid', true, 'UnsupportedValue', msg, generation), 'rules')
}
