import { refKey, refOf, type Condition, type EffectiveListener, type Explanation, type GatewayLikeStatus, type GatewayObject, type ListenerSetObject, type ListenerStatus, type ObjectStatus } from '../../model'
import { allResolve, cond, plural } from './conditions'
import type { ResolveContext } from './context'
import { kebab, type Finding } from './findings'
import { isObj, list, str } from './read'
import type { GatewaysResolution } from './resolve-gateways'
import { isProgrammed, kindsText, type ListenerView } from './resolve-listeners'
import { fixesForInvalidKinds, fixesForNotAllowed, fixesForReference } from './suggest-fixes'

type Status = ObjectStatus<GatewayLikeStatus>

export interface GatewayStatuses {
  gateways: Status[]
  listenerSets: Status[]
  listeners: EffectiveListener[]
  findings: Finding[]
}

/** One listener's status entry, its explanations, and the findings it raises. */
function listenerStatus(v: ListenerView, generation: number, explanations: Record<string, Explanation>, findings: Finding[], ctx: ResolveContext): ListenerStatus {
  const c: Condition[] = []
  const slot = `listener/${v.name}`
  const put = (condition: Condition, check: string) => {
    c.push(condition)
    explanations[`${slot}/${condition.type}`] = { check, detail: condition.message }
  }
  const accepted = !v.rejected && !v.conflict
  if (v.conflict) put(cond('Accepted', false, v.conflict.reason, v.conflict.message, generation), 'conflicts')
  else if (v.rejected) put(cond('Accepted', false, v.rejected.reason, v.rejected.message, generation), 'listener')
  else put(cond('Accepted', true, 'Accepted', `serves ${kindsText(v.supportedKinds)} on port ${v.port}${v.hostname ? ` for ${v.hostname}` : ''}`, generation), 'listener')

  const certBad = v.badRefs.filter((r) => r.use === 'certificateRef')
  const caBad = v.badRefs.filter((r) => r.use === 'caCertificateRef')
  const references = [...v.goodRefs, ...v.badRefs].map((r) => ({ path: r.path, target: `${r.target.kind} ${r.target.namespace}/${r.target.name}`, outcome: r.resolved ? ('resolved' as const) : ('rejected' as const), reason: r.resolved ? r.detail : `${r.reason}: ${r.detail}` }))
  let refs: Condition
  if (certBad.length || (v.noCertificate && !certBad.length && !v.goodRefs.some((r) => r.use === 'certificateRef'))) {
    const reason = certBad[0]?.reason ?? 'InvalidCertificateRef'
    refs = cond('ResolvedRefs', false, reason, certBad.length ? certBad.map((r) => r.detail).join('; ') : v.noCertificate!, generation)
  } else if (caBad.length) {
    refs = cond('ResolvedRefs', false, caBad[0]!.reason!, caBad.map((r) => r.detail).join('; '), generation)
  } else if (v.invalidKinds.length) {
    refs = cond('ResolvedRefs', false, 'InvalidRouteKinds', `allowedRoutes.kinds lists ${kindsText(v.invalidKinds)}, which protocol ${v.protocol}${v.tlsMode ? ` (${v.tlsMode})` : ''} cannot carry; remove ${v.invalidKinds.length === 1 ? 'it' : 'them'}`, generation)
    findings.push({ object: v.owner, path: `${v.path}.allowedRoutes.kinds`, code: 'listener-invalid-route-kinds', severity: 'warning', message: `listener ${v.name}: ${refs.message}`, fixes: fixesForInvalidKinds(v) })
  } else {
    refs = cond('ResolvedRefs', true, 'ResolvedRefs', references.length ? allResolve(references.length) : 'no references to resolve', generation)
  }
  c.push(refs)
  explanations[`${slot}/ResolvedRefs`] = { check: 'references', detail: refs.message, references }

  const programmed = isProgrammed(v)
  const notProgrammedWhy = v.conflict || v.rejected ? 'it is not accepted (see Accepted)' : (v.noCertificate ?? (v.supportedKinds.length === 0 ? 'it can carry no route kind' : ''))
  put(programmed ? cond('Programmed', true, 'Programmed', `serving port ${v.port}`, generation) : cond('Programmed', false, v.conflict?.reason ?? 'Invalid', `not programmed: ${notProgrammedWhy}`, generation), 'listener')
  put(v.conflict ? cond('Conflicted', true, v.conflict.reason, v.conflict.message, generation) : cond('Conflicted', false, 'NoConflicts', 'no other listener shares its port and hostname', generation), 'conflicts')

  if (v.conflict || v.rejected) findings.push({ object: v.owner, path: v.path, code: `listener-${kebab(v.conflict?.reason ?? v.rejected!.reason)}`, severity: 'error', message: `listener ${v.name} is not accepted: ${(v.conflict ?? v.rejected)!.message}` })
  for (const r of v.badRefs) findings.push({ object: v.owner, path: r.path, code: `listener-${kebab(r.reason!)}`, severity: 'error', message: `listener ${v.name}: ${r.detail}`, fixes: r.reason === 'RefNotPermitted' ? fixesForReference(r, v.owner, ctx) : [] })
  if (v.noCertificate && !v.badRefs.some((r) => r.use === 'certificateRef')) findings.push({ object: v.owner, path: v.path, code: 'listener-invalid-certificate-ref', severity: 'error', message: `listener ${v.name}: ${v.noCertificate}` })

  return { name: v.name, attachedRoutes: v.attached.size, supportedKinds: accepted ? v.supportedKinds : [], conditions: c }
}

/** Gateway or ListenerSet Accepted/Programmed from how many of its listeners are programmed. */
function ownerConditions(views: readonly ListenerView[], generation: number, what: string): Condition[] {
  const ok = views.filter(isProgrammed).length
  if (ok === views.length && ok > 0) return [cond('Accepted', true, 'Accepted', ok === 1 ? 'its one listener is valid' : `all ${ok} listeners are valid`, generation), cond('Programmed', true, 'Programmed', `${plural(ok, 'listener')} programmed`, generation)]
  const bad = views.filter((v) => !isProgrammed(v)).map((v) => v.name).join(', ')
  if (ok > 0) return [cond('Accepted', true, 'ListenersNotValid', `${plural(views.length - ok, 'listener')} not valid (${bad}); ${ok} still served`, generation), cond('Programmed', true, 'Programmed', `${plural(ok, 'listener')} programmed`, generation)]
  const msg = views.length ? `no listener of this ${what} is valid (${bad})` : `this ${what} has no listeners`
  return [cond('Accepted', false, 'ListenersNotValid', msg, generation), cond('Programmed', false, what === 'Gateway' ? 'Invalid' : 'ListenersNotValid', msg, generation)]
}

function effective(v: ListenerView): EffectiveListener {
  const e: EffectiveListener = { gateway: refOf(v.gateway), owner: v.ownerRef, name: v.name, port: v.port, protocol: v.protocol, ready: isProgrammed(v) }
  if (v.hostname !== undefined) e.hostname = v.hostname
  if (v.tlsMode !== undefined) e.tlsMode = v.tlsMode
  return e
}

function insecureFallback(gw: GatewayObject, generation: number): Condition | undefined {
  const frontend = isObj(gw.spec.tls) && isObj(gw.spec.tls.frontend) ? gw.spec.tls.frontend : undefined
  if (!frontend) return undefined
  const modes = [isObj(frontend.default) && isObj(frontend.default.validation) ? str(frontend.default.validation.mode) : undefined, ...list(frontend.perPort).map((p) => (isObj(p.tls) && isObj(p.tls.validation) ? str(p.tls.validation.mode) : undefined))]
  if (!modes.includes('AllowInsecureFallback')) return undefined
  return cond('InsecureFrontendValidationMode', true, 'ConfigurationChanged', 'client certificate validation uses AllowInsecureFallback: clients without a valid certificate are still let in', generation)
}

/**
 * Assembles Gateway and ListenerSet status once routes are attached (attachedRoutes needs them),
 * plus the effective listeners the simulator serves.
 *
 * @example
 * const { gateways, listeners } = buildGatewayStatuses(ctx, resolution)
 */
export function buildGatewayStatuses(ctx: ResolveContext, gw: GatewaysResolution): GatewayStatuses {
  const out: GatewayStatuses = { gateways: [], listenerSets: [], listeners: [], findings: [] }
  for (const g of ctx.gateways) {
    const key = refKey(refOf(g))
    const views = gw.listeners.get(key) ?? []
    const generation = ctx.generationOf(g)
    const explanations: Record<string, Explanation> = {}
    const listeners = views.map((v) => listenerStatus(v, generation, explanations, out.findings, ctx))
    const conditions = ownerConditions(views, generation, 'Gateway')
    const insecure = insecureFallback(g, generation)
    if (insecure) conditions.push(insecure)
    const cls = str(g.spec.gatewayClassName) ?? ''
    const declared = ctx.byKey.get(refKey({ kind: 'GatewayClass', namespace: '', name: cls }))
    const classNote = declared ? `GatewayClass ${cls}` : `GatewayClass ${cls} is not declared; RouteLab assumes it exists, is Accepted and is handled by routelab.dev/simulator`
    for (const c of conditions) explanations[c.type] = { check: c.type === 'Accepted' ? 'listeners' : c.type, detail: `${c.message} (${classNote})` }
    const sets = gw.setsOf.get(key) ?? []
    const attachedSets = sets.filter((ls) => (gw.listeners.get(refKey(refOf(ls))) ?? []).some(isProgrammed)).length
    out.gateways.push({ kind: 'Gateway', namespace: g.metadata.namespace, name: g.metadata.name, status: { conditions, listeners, attachedListenerSets: attachedSets }, explanations })
    if (!conditions[0]!.status.startsWith('T')) out.findings.push({ object: g, path: 'spec.listeners', code: 'gateway-listeners-not-valid', severity: 'error', message: `Gateway ${g.metadata.namespace}/${g.metadata.name} is not accepted: ${conditions[0]!.message}` })
    out.listeners.push(...views.map(effective))
    for (const ls of sets) out.listeners.push(...(gw.listeners.get(refKey(refOf(ls))) ?? []).map(effective))
  }
  for (const ls of ctx.listenerSets) out.listenerSets.push(...listenerSetStatus(ls, ctx, gw, out.findings))
  return out
}

function listenerSetStatus(ls: ListenerSetObject, ctx: ResolveContext, gw: GatewaysResolution, findings: Finding[]): Status[] {
  const key = refKey(refOf(ls))
  const state = gw.listenerSets.get(key)
  const generation = ctx.generationOf(ls)
  if (!state || state.kind === 'orphan') {
    findings.push({ object: ls, path: 'spec.parentRef', code: 'listenerset-parent-not-found', severity: 'warning', message: `no controller picks this ListenerSet up: ${state?.kind === 'orphan' ? state.why : 'no parent'}` })
    return []
  }
  const base = { kind: 'ListenerSet', namespace: ls.metadata.namespace, name: ls.metadata.name }
  const explanations: Record<string, Explanation> = {}
  if (state.kind === 'notAllowed') {
    findings.push({ object: ls, path: 'spec.parentRef', code: 'listenerset-not-allowed', severity: 'error', message: state.why, fixes: fixesForNotAllowed(refOf(state.gateway), ls.metadata.namespace) })
    const conditions = [cond('Accepted', false, 'NotAllowed', state.why, generation), cond('Programmed', false, 'NotAllowed', state.why, generation)]
    for (const c of conditions) explanations[c.type] = { check: 'allowedListeners', detail: c.message }
    return [{ ...base, status: { conditions, listeners: [] }, explanations }]
  }
  if (state.kind === 'parentNotAccepted') {
    const why = `its Gateway ${state.gateway.metadata.namespace}/${state.gateway.metadata.name} is not accepted`
    findings.push({ object: ls, path: 'spec.parentRef', code: 'listenerset-parent-not-accepted', severity: 'error', message: why })
    const conditions = [cond('Accepted', false, 'ParentNotAccepted', why, generation), cond('Programmed', false, 'ParentNotProgrammed', why, generation)]
    for (const c of conditions) explanations[c.type] = { check: 'parent', detail: c.message }
    return [{ ...base, status: { conditions, listeners: [] }, explanations }]
  }
  const views = gw.listeners.get(key) ?? []
  const listeners = views.map((v) => listenerStatus(v, generation, explanations, findings, ctx))
  const conditions = ownerConditions(views, generation, 'ListenerSet')
  for (const c of conditions) explanations[c.type] = { check: 'listeners', detail: c.message }
  return [{ ...base, status: { conditions, listeners }, explanations }]
}
