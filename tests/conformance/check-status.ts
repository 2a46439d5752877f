/**
 * Checks one `type: "status"` expectation of the corpus against an analysis, with the matching
 * rules of the corpus README ("type: status — check values and matching rules").
 */
import type { Analysis, Condition as EngineCondition, GatewayLikeStatus, ObjectStatus, RouteParentStatus } from '../../src/model'
import type { Condition, Expectation, ObjectId } from './corpus'
import { CONTROLLER, type Workspace } from './workspace'

export interface Verdict {
  ok: boolean
  why?: string
}

const ok: Verdict = { ok: true }
const fail = (why: string): Verdict => ({ ok: false, why })

const show = (c: readonly EngineCondition[]) => c.map((x) => `${x.type}=${x.status}/${x.reason}`).join(' ') || '(none)'
const has = (actual: readonly EngineCondition[], want: Condition) =>
  actual.some((c) => c.type === want.type && (want.status === null || c.status === want.status) && (want.reason === null || c.reason === want.reason))
const hasAll = (actual: readonly EngineCondition[], wants: readonly Condition[]) => wants.every((w) => has(actual, w))

function find<S>(list: readonly ObjectStatus<S>[], kind: string, id: ObjectId): ObjectStatus<S> | undefined {
  return list.find((o) => o.kind === kind && o.name === id.name && o.namespace === (id.namespace ?? 'default'))
}

function route(a: Analysis, e: Expectation) {
  const id = e.route as ObjectId
  return find(a.status.routes, id.kind, id)
}

function parentsOf(a: Analysis, e: Expectation): RouteParentStatus[] | undefined {
  return route(a, e)?.status.parents
}

function gatewayLike(a: Analysis, kind: string, id: ObjectId): ObjectStatus<GatewayLikeStatus> | undefined {
  return find(kind === 'ListenerSet' ? a.status.listenerSets : a.status.gateways, kind, id)
}

type Checker = (a: Analysis, e: Expectation, ws: Workspace, generationBefore: Map<string, number>) => Verdict

const checks: Record<string, Checker> = {
  routeParents(a, e) {
    const parents = parentsOf(a, e)
    if (!parents) return fail('route has no status')
    for (const want of e.parents as { parentRef: Record<string, string>; controllerName: string; conditions: Condition[] }[]) {
      const p = want.parentRef
      const match = parents.find(
        (x) =>
          x.controllerName === want.controllerName.replace('{CONTROLLER_NAME}', CONTROLLER) &&
          x.parentRef.group === p.group &&
          x.parentRef.kind === p.kind &&
          x.parentRef.name === p.name &&
          (x.parentRef.namespace === p.namespace || (!e.namespaceRequired && x.parentRef.namespace === undefined)) &&
          hasAll(x.conditions, want.conditions),
      )
      if (!match) return fail(`no parent ${p.kind}/${p.namespace}/${p.name} with ${want.conditions.map((c) => `${c.type}=${c.status}/${c.reason}`).join(' ')}; have ${parents.map((x) => `${x.parentRef.kind}/${x.parentRef.namespace}/${x.parentRef.name}: ${show(x.conditions)}`).join(' | ')}`)
    }
    return ok
  },
  routeCondition(a, e) {
    const parents = parentsOf(a, e) ?? []
    const parent = e.parent as ObjectId
    const want = e.condition as Condition
    const hit = parents.some((x) => x.parentRef.name === parent.name && (x.parentRef.namespace === undefined || x.parentRef.namespace === parent.namespace) && has(x.conditions, want))
    return hit ? ok : fail(`want ${want.type}=${want.status}/${want.reason} on ${parent.name}; have ${parents.map((x) => `${x.parentRef.name}: ${show(x.conditions)}`).join(' | ') || 'no parents'}`)
  },
  routeNoAcceptedParents(a, e) {
    const parents = parentsOf(a, e) ?? []
    if (parents.length === 0) return ok
    if (parents.length === 1 && parents[0]!.conditions.some((c) => c.type === 'Accepted' && c.status === 'False')) return ok
    return fail(`parents: ${parents.map((x) => show(x.conditions)).join(' | ')}`)
  },
  listenerConditions(a, e) {
    const parent = e.parent as ObjectId
    const s = gatewayLike(a, parent.kind, parent)
    if (!s) return fail(`${parent.kind} ${parent.name} has no status`)
    const names = e.listeners as string[] | null
    const listeners = names ? names.map((n) => s.status.listeners.find((l) => l.name === n)) : s.status.listeners
    for (const [i, l] of listeners.entries()) {
      if (!l) return fail(`no listener ${names?.[i]}`)
      if (!hasAll(l.conditions, e.conditions as Condition[])) return fail(`listener ${l.name}: ${show(l.conditions)}`)
    }
    return ok
  },
  gatewayListenersStatus: (a, e) => listenersStatus(a, e, 'Gateway', e.gateway as ObjectId),
  listenerSetListenersStatus: (a, e) => listenersStatus(a, e, 'ListenerSet', e.listenerSet as ObjectId),
  gatewayCondition: (a, e) => objectCondition(a, e, 'Gateway', e.gateway as ObjectId),
  listenerSetCondition: (a, e) => objectCondition(a, e, 'ListenerSet', e.listenerSet as ObjectId),
  gatewayZeroRoutes(a, e) {
    const s = gatewayLike(a, 'Gateway', e.gateway as ObjectId)
    const ls = s?.status.listeners ?? []
    return ls.length === 0 || (ls.length === 1 && ls[0]!.attachedRoutes === 0) ? ok : fail(`listeners: ${ls.map((l) => `${l.name}=${l.attachedRoutes}`).join(', ')}`)
  },
  gatewayAttachedListenerSets(a, e) {
    const n = gatewayLike(a, 'Gateway', e.gateway as ObjectId)?.status.attachedListenerSets
    return n === e.count ? ok : fail(`attachedListenerSets ${n}, want ${String(e.count)}`)
  },
  namespaceGatewaysReady(a, e) {
    const skip = e.skipAnnotation as Record<string, string>
    for (const g of a.objects.filter((o) => o.kind === 'Gateway' && (e.namespaces as string[]).includes(o.metadata.namespace))) {
      if (Object.entries(skip).every(([k, v]) => g.metadata.annotations[k] === v)) continue
      const s = gatewayLike(a, 'Gateway', { kind: 'Gateway', namespace: g.metadata.namespace, name: g.metadata.name })
      if (!s || !hasAll(s.status.conditions, e.conditions as Condition[])) return fail(`Gateway ${g.metadata.name}: ${show(s?.status.conditions ?? [])}`)
    }
    return ok
  },
  latestObservedGeneration(a, e) {
    const id = e.object as ObjectId
    const obj = a.objects.find((o) => o.kind === id.kind && o.metadata.name === id.name && o.metadata.namespace === id.namespace)
    if (!obj) return fail('object not in the analysis')
    const generation = obj.metadata.generation ?? 1
    const conditions = id.kind === 'Gateway' ? gatewayLike(a, 'Gateway', id)?.status.conditions : find(a.status.routes, id.kind, id)?.status.parents.flatMap((p) => p.conditions)
    if (!conditions?.length) return fail('no conditions')
    const stale = conditions.filter((c) => c.observedGeneration !== generation)
    return stale.length ? fail(`observedGeneration ${stale.map((c) => c.observedGeneration).join(',')} ≠ generation ${generation}`) : ok
  },
  generationChanged(_a, e, ws, before) {
    const id = e.object as ObjectId
    const was = before.get(`${id.kind}/${id.namespace}/${id.name}`)
    return ws.generation(id) !== was ? ok : fail(`generation stayed ${was}`)
  },
}

function listenersStatus(a: Analysis, e: Expectation, kind: string, id: ObjectId): Verdict {
  const s = gatewayLike(a, kind, id)
  if (!s) return fail(`${kind} ${id.name} has no status`)
  const wants = e.listeners as { name: string; attachedRoutes: number; supportedKinds: { group: string; kind: string }[]; conditions: Condition[] }[]
  if (s.status.listeners.length !== wants.length) return fail(`${s.status.listeners.length} listeners, want ${wants.length}`)
  for (const w of wants) {
    const l = s.status.listeners.find((x) => x.name === w.name)
    if (!l) return fail(`no listener ${w.name}`)
    if (l.attachedRoutes !== w.attachedRoutes) return fail(`listener ${w.name}: attachedRoutes ${l.attachedRoutes}, want ${w.attachedRoutes}`)
    if (!hasAll(l.conditions, w.conditions)) return fail(`listener ${w.name}: ${show(l.conditions)}`)
    const kinds = l.supportedKinds
    if (w.supportedKinds.length === 0 ? kinds.length !== 0 : !w.supportedKinds.every((k) => kinds.some((x) => x.group === k.group && x.kind === k.kind))) {
      return fail(`listener ${w.name}: supportedKinds ${kinds.map((k) => k.kind).join(',') || '[]'}, want ${w.supportedKinds.map((k) => k.kind).join(',') || '[]'}`)
    }
  }
  return ok
}

function objectCondition(a: Analysis, e: Expectation, kind: string, id: ObjectId): Verdict {
  const s = gatewayLike(a, kind, id)
  const want = e.condition as Condition
  return s && has(s.status.conditions, want) ? ok : fail(`want ${want.type}=${want.status}/${want.reason}; have ${show(s?.status.conditions ?? [])}`)
}

/** Checks one status expectation. Unknown checks fail loudly rather than pass silently. */
export function checkStatus(a: Analysis, e: Expectation, ws: Workspace, generationBefore: Map<string, number>): Verdict {
  const check = checks[e.check]
  return check ? check(a, e, ws, generationBefore) : fail(`unknown status check ${e.check}`)
}
