import { refKey, type EffectiveListener, type ObjectRef } from '../../model'
import type { Finding } from '../resolve/findings'
import { allowedNamespacesOf, listenersOf } from '../resolve/read'
import { hint, type HintContext } from './hint-context'

/** Namespace names that by convention hold shared infrastructure rather than one team's apps. */
const INFRA_NAMESPACE = /(^|-)system$|^(infra|infrastructure|gateway|gateways|ingress|platform)$/

/**
 * Why a Gateway counts as shared, or undefined: routes from a namespace other than its own are
 * attached to it (so it already serves more than its owner), or it lives in an infrastructure
 * namespace (`*-system`, `infra`, `infrastructure`, `gateway(s)`, `ingress`, `platform`).
 */
function sharedWhy(gateway: ObjectRef, routeNamespaces: ReadonlySet<string>): string | undefined {
  const others = [...routeNamespaces].filter((ns) => ns !== gateway.namespace).sort()
  if (others.length) return `routes from ${others.length === 1 ? 'namespace' : 'namespaces'} ${others.join(', ')} attach to Gateway ${gateway.namespace}/${gateway.name}, which lives in ${gateway.namespace}`
  if (INFRA_NAMESPACE.test(gateway.namespace)) return `Gateway ${gateway.namespace}/${gateway.name} lives in ${gateway.namespace}, an infrastructure namespace`
  return undefined
}

/**
 * Listeners with `allowedRoutes.namespaces.from: All` on a shared Gateway: any namespace, today's
 * or tomorrow's, may attach a route and take its hostnames. The fix lists the namespaces whose
 * routes are attached to the listener now (plus the owner's), so nothing attached today breaks.
 *
 * @example
 * findOpenListeners(hintContext(analysis))[0]?.fixes?.[0]?.title // 'Allow routes only from namespaces infra, team-a on listener http'
 */
export function findOpenListeners(hc: HintContext): Finding[] {
  const byGateway = new Map<string, Set<string>>()
  const byListener = new Map<string, Set<string>>()
  const add = (m: Map<string, Set<string>>, k: string, ns: string) => {
    const s = m.get(k)
    if (s) s.add(ns)
    else m.set(k, new Set([ns]))
  }
  for (const b of hc.input.bindings) {
    add(byGateway, refKey(b.gateway), b.route.namespace)
    add(byListener, `${refKey(b.listener.owner)}#${b.listener.name}`, b.route.namespace)
  }
  const out: Finding[] = []
  const seen = new Set<string>()
  for (const l of hc.index.listeners as readonly EffectiveListener[]) {
    const key = `${refKey(l.owner)}#${l.name}`
    const owner = hc.resolve.byKey.get(refKey(l.owner))
    if (seen.has(key) || !owner) continue
    seen.add(key)
    const listeners = listenersOf(owner.spec)
    const index = listeners.findIndex((x) => x.name === l.name)
    if (index < 0 || allowedNamespacesOf(listeners[index]!).from !== 'All') continue
    const why = sharedWhy(l.gateway, byGateway.get(refKey(l.gateway)) ?? new Set())
    if (!why) continue
    const ownNs = l.owner.namespace
    const namespaces = [...new Set([ownNs, ...(byListener.get(key) ?? [])])].sort()
    const value =
      namespaces.length === 1
        ? { from: 'Same' }
        : { from: 'Selector', selector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: namespaces }] } }
    const title = namespaces.length === 1 ? `Allow routes only from namespace ${ownNs} on listener ${l.name}` : `Allow routes only from namespaces ${namespaces.join(', ')} on listener ${l.name}`
    const msg = `listener ${l.name} admits routes from every namespace (allowedRoutes.namespaces.from: All) on a shared Gateway (${why}): any namespace can attach a route and take over its hostnames; name the namespaces that may`
    out.push(hint('hint-shared-listener-from-all', owner, `spec.listeners[${index}].allowedRoutes.namespaces.from`, msg, [{ title, edits: [{ op: 'set', target: l.owner, path: ['spec', 'listeners', index, 'allowedRoutes', 'namespaces'], value }] }]))
  }
  return out
}
