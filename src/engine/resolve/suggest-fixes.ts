import { GATEWAY_GROUP, refKey, refOf, type EditIntent, type FieldPath, type ManifestObject, type ObjectRef, type SuggestedFix } from '../../model'
import type { ResolveContext } from './context'
import { allowedKindsOf, allowedNamespacesOf, isObj } from './read'
import { grantManifest } from './reference-grants'
import type { ListenerVerdict } from './resolve-parent-refs'
import type { ListenerView } from './resolve-listeners'
import type { ReferenceOutcome } from './resolve-references'

/**
 * Suggested edits for the obvious fixes (data only: the editor applies them elsewhere). Each is an
 * EditIntent against the object that must change, so applying one never rewrites anything else.
 */

/**
 * Field path text to an EditIntent path.
 *
 * @example
 * fieldPath('spec.parentRefs[0].sectionName') // ['spec', 'parentRefs', 0, 'sectionName']
 */
export function fieldPath(path: string): FieldPath {
  const out: FieldPath = []
  for (const part of path.split('.')) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part)
    if (!m) {
      out.push(part)
      continue
    }
    out.push(m[1]!)
    for (const i of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]))
  }
  return out
}

const listenerPath = (v: ListenerView, ...rest: FieldPath): FieldPath => ['spec', 'listeners', v.index, ...rest]

/**
 * Fixes for one listener that rejected a route.
 *
 * @example
 * fixesForRejection(verdict, route, ctx)[0]?.title // 'Allow routes from namespace team-a on listener http'
 */
export function fixesForRejection(v: ListenerVerdict, route: ManifestObject, ctx: ResolveContext): SuggestedFix[] {
  const routeNs = route.metadata.namespace
  const target = v.view.ownerRef
  if (v.check === 'allowedRoutes.namespaces') {
    const allowed = allowedNamespacesOf(v.view.listener)
    if (allowed.from === 'Selector' && allowed.selector && isObj(allowed.selector.matchLabels) && !allowed.selector.matchExpressions) {
      const labels = allowed.selector.matchLabels as Record<string, string>
      const ns = ctx.byKey.get(refKey({ kind: 'Namespace', namespace: '', name: routeNs }))
      const edits: EditIntent[] = ns
        ? Object.entries(labels).map(([k, val]) => ({ op: 'set', target: refOf(ns), path: ['metadata', 'labels', k], value: val }))
        : [{ op: 'addObject', manifest: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: routeNs, labels } } }]
      return [{ title: `Label namespace ${routeNs} so listener ${v.view.name} admits its routes`, edits }]
    }
    const values = [...new Set([v.view.ownerRef.namespace, routeNs])]
    return [
      {
        title: `Allow routes from namespace ${routeNs} on listener ${v.view.name}`,
        edits: [
          {
            op: 'set',
            target,
            path: listenerPath(v.view, 'allowedRoutes', 'namespaces'),
            value: { from: 'Selector', selector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values }] } },
          },
        ],
      },
    ]
  }
  if (v.check === 'allowedRoutes.kinds') {
    const listed = allowedKindsOf(v.view.listener)
    const possible = ['HTTP', 'HTTPS'].includes(v.view.protocol) ? ['HTTPRoute', 'GRPCRoute'] : []
    if (listed && possible.includes(route.kind)) {
      return [{ title: `Allow ${route.kind} on listener ${v.view.name}`, edits: [{ op: 'insert', target, path: listenerPath(v.view, 'allowedRoutes', 'kinds'), value: { group: GATEWAY_GROUP, kind: route.kind } }] }]
    }
    return []
  }
  if (v.check === 'hostnames' && v.view.hostname && !v.view.hostname.startsWith('*')) {
    return [{ title: `Add hostname ${v.view.hostname} to the route`, edits: [{ op: 'insert', target: refOf(route), path: ['spec', 'hostnames'], value: v.view.hostname }] }]
  }
  return []
}

/**
 * Fixes for a parentRef that designates no listener.
 *
 * @example
 * fixesForNoMatch(route, 0, 'htp', undefined, listeners) // [{ title: 'Set sectionName to http', ... }]
 */
export function fixesForNoMatch(route: ManifestObject, index: number, sectionName: string | undefined, port: number | undefined, listeners: readonly ListenerView[], listenerSet?: ObjectRef): SuggestedFix[] {
  if (index < 0) return []
  const at: FieldPath = ['spec', 'parentRefs', index]
  const target = refOf(route)
  if (listenerSet) {
    return [{ title: `Attach through ListenerSet ${listenerSet.namespace}/${listenerSet.name}`, edits: [{ op: 'insert', target, path: ['spec', 'parentRefs'], value: { group: GATEWAY_GROUP, kind: 'ListenerSet', namespace: listenerSet.namespace, name: listenerSet.name, sectionName } }] }]
  }
  if (sectionName !== undefined) {
    const named = listeners.find((l) => l.name === sectionName)
    if (named && port !== undefined) return [{ title: `Remove port ${port} from the parentRef`, edits: [{ op: 'remove', target, path: [...at, 'port'] }] }]
    return listeners.slice(0, 3).map((l) => ({ title: `Set sectionName to ${l.name}`, edits: [{ op: 'set', target, path: [...at, 'sectionName'], value: l.name }] }))
  }
  if (port !== undefined) return [{ title: `Remove port ${port} from the parentRef`, edits: [{ op: 'remove', target, path: [...at, 'port'] }] }]
  return []
}

/**
 * Fixes for an unresolved reference.
 *
 * @example
 * fixesForReference(outcome, route, ctx)[0]?.title // 'Add a ReferenceGrant in backends allowing HTTPRoutes from web'
 */
export function fixesForReference(r: ReferenceOutcome, from: ManifestObject, ctx: ResolveContext): SuggestedFix[] {
  if (r.reason === 'RefNotPermitted') {
    const manifest = grantManifest({ group: GATEWAY_GROUP, kind: from.kind, namespace: from.metadata.namespace }, r.target)
    return [{ title: `Add a ReferenceGrant in ${r.target.namespace} allowing ${from.kind}s from ${from.metadata.namespace}`, edits: [{ op: 'addObject', manifest, after: refOf(from) }] }]
  }
  if (r.reason === 'BackendNotFound' && r.target.kind === 'Service') {
    const svc = ctx.service(r.target.namespace, r.target.name)
    const ports = svc && Array.isArray(svc.spec.ports) ? svc.spec.ports.filter(isObj) : []
    if (ports.length === 1 && typeof ports[0]!.port === 'number') {
      return [{ title: `Use port ${ports[0]!.port} of Service ${r.target.name}`, edits: [{ op: 'set', target: refOf(from), path: [...fieldPath(r.path), 'port'], value: ports[0]!.port }] }]
    }
  }
  return []
}

/**
 * Fixes for a listener that lists route kinds its protocol cannot carry: remove those entries.
 *
 * @example
 * fixesForInvalidKinds(view)[0]?.edits // [{ op: 'remove', path: ['spec', 'listeners', 0, 'allowedRoutes', 'kinds', 1], ... }]
 */
export function fixesForInvalidKinds(v: ListenerView): SuggestedFix[] {
  const kinds = isObj(v.listener.allowedRoutes) && Array.isArray(v.listener.allowedRoutes.kinds) ? v.listener.allowedRoutes.kinds : []
  const bad = new Set(v.invalidKinds.map((k) => k.kind))
  const edits: EditIntent[] = []
  kinds.forEach((k, i) => {
    if (isObj(k) && bad.has(String(k.kind))) edits.unshift({ op: 'remove', target: v.ownerRef, path: listenerPath(v, 'allowedRoutes', 'kinds', i) })
  })
  return edits.length ? [{ title: `Remove ${[...bad].join(', ')} from allowedRoutes.kinds of listener ${v.name}`, edits }] : []
}

/**
 * Fix for a ListenerSet its Gateway does not admit: widen the Gateway's allowedListeners.
 *
 * @example
 * fixesForNotAllowed(gatewayRef, 'apps')[0]?.title // 'Let Gateway shared accept ListenerSets from apps'
 */
export function fixesForNotAllowed(gateway: ObjectRef, lsNamespace: string): SuggestedFix[] {
  const value =
    gateway.namespace === lsNamespace
      ? { from: 'Same' }
      : { from: 'Selector', selector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: [gateway.namespace, lsNamespace] }] } }
  return [{ title: `Let Gateway ${gateway.name} accept ListenerSets from ${lsNamespace}`, edits: [{ op: 'set', target: gateway, path: ['spec', 'allowedListeners', 'namespaces'], value }] }]
}
