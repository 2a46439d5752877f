import { GATEWAY_GROUP, refKey, refOf, type GatewayObject, type ListenerSetObject, type ObjectRef, type RouteObject } from '../../model'
import type { ResolveContext } from './context'
import { effectiveHostnames } from './hostnames'
import { describeSelector, matchesSelector } from './label-selector'
import { allowedNamespacesOf } from './read'
import type { GatewaysResolution } from './resolve-gateways'
import { kindsText, listenerLabel, type ListenerView } from './resolve-listeners'
import type { ParentRefEdge } from './relations'

/** The attachment checks of SPEC-NOTES §5.1, in order; `attached` when all pass. */
export type AttachCheck = 'allowedRoutes.namespaces' | 'allowedRoutes.kinds' | 'hostnames' | 'route-kind-collision' | 'attached'

export interface ListenerVerdict {
  view: ListenerView
  check: AttachCheck
  /** Plain words on why the check failed (or what it attached with). */
  why: string
  /** Hostnames the route serves on this listener (`undefined` = any host). */
  hostnames?: string[]
}

export type ParentVerdict =
  /** No status entry: the parent is not something this controller reconciles. */
  | { kind: 'skipped'; edge: ParentRefEdge; code: 'route-parent-not-found' | 'route-parent-not-modelled'; why: string }
  | {
      kind: 'evaluated'
      edge: ParentRefEdge
      gateway: GatewayObject
      owner: GatewayObject | ListenerSetObject
      /** Every listener of the direct parent. */
      listeners: ListenerView[]
      /** Listeners the parentRef designates (SPEC-NOTES §3), before any check. */
      relevant: ListenerView[]
      verdicts: ListenerVerdict[]
      /** Set when the parentRef designates no listener: why, for NoMatchingParent. */
      noMatch?: string
      /** The ListenerSet that owns the listener a Gateway parentRef's sectionName names. */
      inListenerSet?: ObjectRef
    }

/**
 * `spec.hostnames` of the kinds that have them; `[]` (any host) otherwise.
 *
 * @example
 * routeHostnames(tcpRoute) // []
 */
export function routeHostnames(route: RouteObject): string[] {
  if (route.kind !== 'HTTPRoute' && route.kind !== 'GRPCRoute' && route.kind !== 'TLSRoute') return []
  const h: unknown = route.spec.hostnames
  return Array.isArray(h) ? h.filter((x): x is string => typeof x === 'string') : []
}

/**
 * Evaluates one parentRef: which listeners it designates (sectionName, port, direct parent), and
 * for each one the attachment checks in the spec's order.
 *
 * @example
 * const v = evaluateParentRef(edge, ctx, gateways)
 * v.kind === 'evaluated' && v.verdicts.filter((x) => x.check === 'attached')
 */
export function evaluateParentRef(edge: ParentRefEdge, ctx: ResolveContext, gw: GatewaysResolution): ParentVerdict {
  const t = edge.target
  if (t.group !== GATEWAY_GROUP || (t.kind !== 'Gateway' && t.kind !== 'ListenerSet')) {
    return { kind: 'skipped', edge, code: 'route-parent-not-modelled', why: `parentRef to ${t.kind} ${t.namespace}/${t.name} (group ${t.group || 'core'}) is not simulated: RouteLab models Gateway and ListenerSet parents (mesh parents are not modelled)` }
  }
  const key = refKey(t)
  const owner = ctx.byKey.get(key) as GatewayObject | ListenerSetObject | undefined
  if (!owner || 'modelled' in owner) {
    return { kind: 'skipped', edge, code: 'route-parent-not-found', why: `${t.kind} ${t.namespace}/${t.name} is not declared, so no controller writes status for this parentRef; declare it or fix the name` }
  }
  let gateway: GatewayObject
  let listeners: ListenerView[]
  if (owner.kind === 'ListenerSet') {
    const state = gw.listenerSets.get(key)
    if (!state || state.kind === 'orphan') return { kind: 'skipped', edge, code: 'route-parent-not-found', why: `ListenerSet ${t.namespace}/${t.name} is not attached to any Gateway: ${state?.kind === 'orphan' ? state.why : 'unknown parent'}` }
    gateway = state.gateway
    if (state.kind !== 'attached') {
      const why = state.kind === 'notAllowed' ? state.why : `its Gateway ${gateway.metadata.namespace}/${gateway.metadata.name} has no usable listener, so it is not accepted`
      return { kind: 'evaluated', edge, gateway, owner, listeners: [], relevant: [], verdicts: [], noMatch: `ListenerSet ${t.namespace}/${t.name} is not attached to its Gateway: ${why}` }
    }
    listeners = gw.listeners.get(key) ?? []
  } else {
    gateway = owner
    listeners = gw.listeners.get(key) ?? []
  }
  const { relevant, noMatch, inListenerSet } = relevantListeners(edge, owner, listeners, gw)
  if (noMatch) return { kind: 'evaluated', edge, gateway, owner, listeners, relevant, verdicts: [], noMatch, ...(inListenerSet ? { inListenerSet } : {}) }
  const verdicts = relevant.map((view) => checkListener(view, edge.route, ctx))
  return { kind: 'evaluated', edge, gateway, owner, listeners, relevant, verdicts }
}

function relevantListeners(
  edge: ParentRefEdge,
  owner: GatewayObject | ListenerSetObject,
  listeners: ListenerView[],
  gw: GatewaysResolution,
): { relevant: ListenerView[]; noMatch?: string; inListenerSet?: ObjectRef } {
  const { sectionName, port } = edge.echo
  const where = `${owner.kind} ${owner.metadata.namespace}/${owner.metadata.name}`
  const names = listeners.map((l) => `${l.name} (port ${l.port})`).join(', ') || 'none'
  if (sectionName !== undefined) {
    const named = listeners.find((l) => l.name === sectionName)
    if (!named) {
      let hint = ''
      let inListenerSet: ObjectRef | undefined
      if (owner.kind === 'Gateway') {
        for (const ls of gw.setsOf.get(refKey({ kind: 'Gateway', namespace: owner.metadata.namespace, name: owner.metadata.name })) ?? []) {
          if ((gw.listeners.get(refKey({ kind: 'ListenerSet', namespace: ls.metadata.namespace, name: ls.metadata.name })) ?? []).some((l) => l.name === sectionName)) {
            inListenerSet = refOf(ls)
            hint = `; listener ${sectionName} belongs to ListenerSet ${ls.metadata.namespace}/${ls.metadata.name}, and a Gateway parentRef reaches only the Gateway's own listeners: add a parentRef of kind ListenerSet`
          }
        }
      }
      const noMatch = `${where} has no listener named ${sectionName} (its listeners: ${names}); set sectionName to one of them${hint}`
      return inListenerSet ? { relevant: [], noMatch, inListenerSet } : { relevant: [], noMatch }
    }
    if (port !== undefined && named.port !== port) return { relevant: [], noMatch: `listener ${sectionName} of ${where} is on port ${named.port}, not ${port}; fix the port or remove it` }
    return { relevant: [named] }
  }
  if (port !== undefined) {
    const onPort = listeners.filter((l) => l.port === port)
    if (onPort.length === 0) return { relevant: [], noMatch: `${where} has no listener on port ${port} (its listeners: ${names}); set port to one of theirs or remove it` }
    return { relevant: onPort }
  }
  if (listeners.length === 0) return { relevant: [], noMatch: `${where} has no listeners` }
  return { relevant: listeners }
}

function checkListener(view: ListenerView, route: RouteObject, ctx: ResolveContext): ListenerVerdict {
  const routeNs = route.metadata.namespace
  const ownerNs = view.ownerRef.namespace
  const allowed = allowedNamespacesOf(view.listener)
  const label = listenerLabel(view)
  if (allowed.from === 'Same' && routeNs !== ownerNs) {
    return { view, check: 'allowedRoutes.namespaces', why: `${label} allows routes from namespace ${ownerNs} only (allowedRoutes.namespaces.from: Same); this route is in ${routeNs}` }
  }
  if (allowed.from === 'Selector') {
    if (!allowed.selector) return { view, check: 'allowedRoutes.namespaces', why: `${label} sets allowedRoutes.namespaces.from: Selector without a selector, which matches no namespace` }
    const labels = ctx.namespaceLabels(routeNs)
    if (!matchesSelector(labels, allowed.selector)) {
      const declared = ctx.byKey.has(refKey({ kind: 'Namespace', namespace: '', name: routeNs }))
      const has = Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(', ')
      return {
        view,
        check: 'allowedRoutes.namespaces',
        why: `${label} allows routes from namespaces labelled ${describeSelector(allowed.selector)} (allowedRoutes.namespaces.from: Selector); namespace ${routeNs} has ${has}${declared ? '' : ' (it is not declared, so only its automatic label)'}`,
      }
    }
  } else if (allowed.from !== 'Same' && allowed.from !== 'All') {
    return { view, check: 'allowedRoutes.namespaces', why: `${label} has allowedRoutes.namespaces.from: ${allowed.from}, which admits no route (use Same, All or Selector)` }
  }
  if (!view.supportedKinds.some((k) => k.group === GATEWAY_GROUP && k.kind === route.kind)) {
    return { view, check: 'allowedRoutes.kinds', why: `${label} accepts ${kindsText(view.supportedKinds)} (protocol ${view.protocol || '(none)'}${view.tlsMode ? `, tls.mode ${view.tlsMode}` : ''}); this route is a ${route.kind}` }
  }
  const hosts = routeHostnames(route)
  const eff = route.kind === 'TCPRoute' || route.kind === 'UDPRoute' ? undefined : effectiveHostnames(view.hostname, hosts)
  if (eff && eff.length === 0) {
    return { view, check: 'hostnames', why: `${label} serves hostname ${view.hostname}, which none of the route's hostnames (${hosts.join(', ')}) intersects`, hostnames: [] }
  }
  const v: ListenerVerdict = { view, check: 'attached', why: `${label} accepts it${eff ? ` for ${eff.join(', ')}` : ' for any host'}` }
  if (eff) v.hostnames = eff
  return v
}

