import { GATEWAY_GROUP, refKey, refOf, type GatewayObject, type LabelSelector, type ListenerSetObject } from '../../model'
import type { ResolveContext } from './context'
import { detectConflicts } from './detect-conflicts'
import { describeSelector, matchesSelector } from './label-selector'
import { isObj, str, type Json } from './read'
import type { ReferenceOutcome } from './resolve-references'
import { isProgrammed, viewListeners, type ListenerView } from './resolve-listeners'

/** Where a ListenerSet stands with its parent Gateway (SPEC-NOTES §4). */
export type ListenerSetState =
  | { kind: 'orphan'; why: string }
  | { kind: 'notAllowed'; gateway: GatewayObject; why: string }
  | { kind: 'parentNotAccepted'; gateway: GatewayObject }
  | { kind: 'attached'; gateway: GatewayObject }

export interface GatewaysResolution {
  /** Listeners per owner key (`Gateway/ns/name` or `ListenerSet/ns/name`), in declaration order. */
  listeners: Map<string, ListenerView[]>
  listenerSets: Map<string, ListenerSetState>
  /** Gateway key → whether at least one of its own listeners is programmed. */
  gatewayUsable: Map<string, boolean>
  /** Gateway key → attached ListenerSets in merge order. */
  setsOf: Map<string, ListenerSetObject[]>
}

const keyOf = (o: GatewayObject | ListenerSetObject) => refKey(refOf(o))

/**
 * Resolves every Gateway and ListenerSet: which ListenerSets attach, each listener's facts, and
 * conflicts across each Gateway's merged listener list.
 *
 * @example
 * const gw = resolveGateways(ctx, referenceOutcomesByPath)
 * gw.listeners.get('Gateway/infra/edge')?.map((v) => v.name)
 */
export function resolveGateways(ctx: ResolveContext, refs: Map<string, ReferenceOutcome>): GatewaysResolution {
  const listeners = new Map<string, ListenerView[]>()
  const listenerSets = new Map<string, ListenerSetState>()
  const gatewayUsable = new Map<string, boolean>()
  const setsOf = new Map<string, ListenerSetObject[]>()
  for (const gw of ctx.gateways) {
    const views = viewListeners(gw, gw, ctx, refs)
    listeners.set(keyOf(gw), views)
    setsOf.set(keyOf(gw), [])
  }
  for (const ls of ctx.listenerSets) {
    const state = admit(ls, ctx)
    listenerSets.set(keyOf(ls), state)
    if (state.kind === 'attached') setsOf.get(keyOf(state.gateway))!.push(ls)
  }
  for (const gw of ctx.gateways) {
    const own = listeners.get(keyOf(gw))!
    const sets = setsOf.get(keyOf(gw))!
    const fromSets: ListenerView[] = []
    for (const ls of sets) {
      const views = viewListeners(ls, gw, ctx, refs)
      listeners.set(keyOf(ls), views)
      fromSets.push(...views)
    }
    detectConflicts(own, fromSets, ctx)
    const usable = own.some(isProgrammed)
    gatewayUsable.set(keyOf(gw), usable)
    if (!usable) {
      for (const ls of sets) {
        listenerSets.set(keyOf(ls), { kind: 'parentNotAccepted', gateway: gw })
        listeners.delete(keyOf(ls))
      }
      setsOf.set(keyOf(gw), [])
    }
  }
  return { listeners, listenerSets, gatewayUsable, setsOf }
}

function admit(ls: ListenerSetObject, ctx: ResolveContext): ListenerSetState {
  const p: Json = isObj(ls.spec.parentRef) ? ls.spec.parentRef : {}
  const group = str(p.group) ?? GATEWAY_GROUP
  const kind = str(p.kind) ?? 'Gateway'
  const ns = str(p.namespace) ?? ls.metadata.namespace
  const name = str(p.name) ?? ''
  if (group !== GATEWAY_GROUP || kind !== 'Gateway') return { kind: 'orphan', why: `its parentRef names ${kind} (group ${group || 'core'}); a ListenerSet's parent must be a Gateway` }
  const gw = ctx.byKey.get(refKey({ kind: 'Gateway', namespace: ns, name })) as GatewayObject | undefined
  if (!gw || 'modelled' in gw) return { kind: 'orphan', why: `its parent Gateway ${ns}/${name} is not declared` }
  const allowed: Json = isObj(gw.spec.allowedListeners) && isObj(gw.spec.allowedListeners.namespaces) ? gw.spec.allowedListeners.namespaces : {}
  const from = str(allowed.from) ?? 'None'
  const where = `Gateway ${gw.metadata.namespace}/${gw.metadata.name}`
  switch (from) {
    case 'All':
      return { kind: 'attached', gateway: gw }
    case 'Same':
      return ls.metadata.namespace === gw.metadata.namespace
        ? { kind: 'attached', gateway: gw }
        : { kind: 'notAllowed', gateway: gw, why: `${where} accepts ListenerSets from its own namespace ${gw.metadata.namespace} only (spec.allowedListeners.namespaces.from: Same); this ListenerSet is in ${ls.metadata.namespace}` }
    case 'Selector': {
      const selector = isObj(allowed.selector) ? (allowed.selector as LabelSelector) : undefined
      if (selector && matchesSelector(ctx.namespaceLabels(ls.metadata.namespace), selector)) return { kind: 'attached', gateway: gw }
      return {
        kind: 'notAllowed',
        gateway: gw,
        why: selector
          ? `${where} accepts ListenerSets from namespaces whose labels match ${describeSelector(selector)} (spec.allowedListeners.namespaces.from: Selector); namespace ${ls.metadata.namespace} does not match`
          : `${where} sets spec.allowedListeners.namespaces.from: Selector without a selector, which matches no namespace`,
      }
    }
    default:
      return {
        kind: 'notAllowed',
        gateway: gw,
        why: `${where} accepts no ListenerSets (spec.allowedListeners.namespaces.from: ${from}${allowed.from === undefined ? ', the default' : ''}); set it to Same, All or Selector`,
      }
  }
}
