import { GATEWAY_GROUP, refKey, refOf, type EditIntent, type EffectiveListener, type ManifestObject, type RouteBinding, type RouteObject, type SuggestedFix } from '../../model'
import type { Finding } from '../resolve/findings'
import { intersectHostnames } from '../resolve/hostnames'
import { matchesSelector } from '../resolve/label-selector'
import { allowedKindsOf, allowedNamespacesOf, isObj, list, listenersOf, str } from '../resolve/read'
import { listenerKey, type ListenerIndex } from '../simulate/build-index'
import type { HttpEntry } from '../simulate/compile-route'
import { hostIndexFind, hostIndexValues } from '../simulate/host-index'
import { ANY_HOST } from '../simulate/hostnames'
import type { HttpTable } from '../simulate/http-table'
import { normalizeRequest } from '../simulate/normalize-request'
import { selectListener } from '../simulate/select-listener'
import { freeName, hint, type HintContext } from './hint-context'

/** A host the HTTP listener receives and its HTTPS sibling serves, that gets no https redirect. */
interface Unredirected {
  /** The hostname as a route would write it; undefined for any host. */
  hostname: string | undefined
  table?: HttpTable
  https: EffectiveListener
}

/** Per route, which rules redirect to https; a route's entries share the answer. */
const redirectingRules = new WeakMap<RouteObject, boolean[]>()

function redirectsToHttps(e: HttpEntry): boolean {
  let rules = redirectingRules.get(e.route.obj)
  if (!rules) {
    rules = list(e.route.obj.spec.rules).map((rule) => list(rule.filters).some((f) => f.type === 'RequestRedirect' && isObj(f.requestRedirect) && f.requestRedirect.scheme === 'https'))
    redirectingRules.set(e.route.obj, rules)
  }
  return rules[e.rule] === true
}

const SHOWN = 5

/** A concrete host under a hostname, for asking the listener index which table serves it. */
const PROBE_LABEL = 'routelab-probe'
const concrete = (h: string | undefined) => (h === undefined ? `${PROBE_LABEL}.invalid` : h.startsWith('*.') ? `${PROBE_LABEL}${h.slice(1)}` : h)

type BindingsByRoute = Map<string, RouteBinding[]>

function bindingsByRoute(bindings: readonly RouteBinding[]): BindingsByRoute {
  const out: BindingsByRoute = new Map()
  for (const b of bindings) {
    const k = refKey(b.route)
    const known = out.get(k)
    if (known) known.push(b)
    else out.set(k, [b])
  }
  return out
}

/**
 * Hosts that reach `http` (after listener selection) and that an overlapping HTTPS listener
 * serves: one probe per hostname table of the listener, plus the shared hostname itself.
 */
function unredirectedHosts(http: EffectiveListener, li: ListenerIndex, secure: readonly EffectiveListener[], sameGateway: readonly EffectiveListener[]): Unredirected[] {
  const tableHosts = hostIndexValues(li.http).map((t) => (t.value.hostname === ANY_HOST ? undefined : t.value.hostname))
  const probes = new Map<string, Omit<Unredirected, 'table'>>()
  for (const s of secure) {
    const base = intersectHostnames(http.hostname, s.hostname)
    if (base === null) continue
    for (const th of [undefined, ...tableHosts]) {
      const p = intersectHostnames(base, th)
      if (p !== null && !probes.has(concrete(p))) probes.set(concrete(p), { hostname: p, https: s })
    }
  }
  const out: Unredirected[] = []
  const gateway = `${http.gateway.namespace}/${http.gateway.name}`
  // With listener isolation a more specific HTTP listener on the same port may take a host: it is
  // judged on its own. Only this Gateway's listeners can be chosen, so only they are passed.
  const rivals = sameGateway.some((l) => l !== http && l.protocol === 'HTTP' && l.port === http.port)
  for (const [host, p] of probes) {
    if (rivals && selectListener(sameGateway, normalizeRequest({ protocol: 'HTTP', gateway, port: http.port, host })).listener !== http) continue
    const table = hostIndexFind(li.http, host)?.value
    if (table?.entries.some(redirectsToHttps)) continue
    out.push(table ? { ...p, table } : p)
  }
  return out
}

/** Can a new HTTPRoute in the owner's namespace attach to the listener? */
function admitsOwnRoute(hc: HintContext, owner: ManifestObject, name: string): boolean {
  const l = listenersOf(owner.spec).find((x) => x.name === name)
  if (!l) return false
  const kinds = allowedKindsOf(l)
  if (kinds && !kinds.some((k) => k.group === GATEWAY_GROUP && k.kind === 'HTTPRoute')) return false
  const allowed = allowedNamespacesOf(l)
  if (allowed.from === 'Same' || allowed.from === 'All') return true
  return allowed.from === 'Selector' && !!allowed.selector && matchesSelector(hc.resolve.namespaceLabels(owner.metadata.namespace), allowed.selector)
}

/**
 * The fix: routes attached to both listeners through a parentRef without sectionName or port
 * move to the HTTPS listener, and a route on the HTTP listener redirects every host that
 * lacked a redirect.
 */
function redirectFix(hc: HintContext, http: EffectiveListener, owner: ManifestObject, missing: readonly Unredirected[], bindings: BindingsByRoute): SuggestedFix[] {
  if (!admitsOwnRoute(hc, owner, http.name)) return []
  const edits: EditIntent[] = []
  const moved = new Set<RouteObject>()
  const bindingsOf = (route: RouteObject, l: EffectiveListener) =>
    (bindings.get(refKey(refOf(route))) ?? []).filter((b) => refKey(b.listener.owner) === refKey(l.owner) && b.listener.name === l.name)
  for (const m of missing) {
    for (const route of new Set(m.table?.entries.map((e) => e.route.obj) ?? [])) {
      for (const b of bindingsOf(route, http)) {
        const ref = list(route.spec.parentRefs)[b.parentRefIndex]
        if (!ref || str(ref.sectionName) !== undefined || ref.port !== undefined) continue
        if (!bindingsOf(route, m.https).some((x) => x.parentRefIndex === b.parentRefIndex)) continue
        edits.push({ op: 'set', target: refOf(route), path: ['spec', 'parentRefs', b.parentRefIndex, 'sectionName'], value: m.https.name })
        moved.add(route)
      }
    }
  }
  const https = missing[0]!.https
  const ns = owner.metadata.namespace
  const parentRef: Record<string, unknown> = owner.kind === 'Gateway' ? { name: owner.metadata.name, sectionName: http.name } : { group: GATEWAY_GROUP, kind: owner.kind, name: owner.metadata.name, sectionName: http.name }
  const redirect: Record<string, unknown> = { scheme: 'https', statusCode: 301 }
  if (https.port !== 443) redirect.port = https.port
  const route = (name: string, hostnames?: string[]) => ({
    apiVersion: `${GATEWAY_GROUP}/v1`,
    kind: 'HTTPRoute',
    metadata: { name: freeName(hc, 'HTTPRoute', ns, name), namespace: ns },
    spec: { parentRefs: [parentRef], ...(hostnames ? { hostnames } : {}), rules: [{ filters: [{ type: 'RequestRedirect', requestRedirect: redirect }] }] },
  })
  // A route without hostnames serves the listener's own hostname (or any host). Other hostnames
  // need listing only where a table keeps routes that stay on HTTP: a table whose routes all
  // moved is gone, and its hosts fall back to the shared hostname, which the redirect covers.
  const stays = (m: Unredirected) => !m.table || m.table.entries.some((e) => !moved.has(e.route.obj))
  const inherit = missing.some((m) => m.hostname === undefined || m.hostname === http.hostname)
  const listed = [...new Set(missing.filter(stays).map((m) => m.hostname).filter((h): h is string => h !== undefined && h !== http.hostname))]
  // Named after the owner and listener, so fixes for two Gateways in one namespace never collide.
  const base = `${owner.metadata.name}-${http.name}-to-https`
  if (inherit) edits.push({ op: 'addObject', manifest: route(base), after: refOf(owner) })
  if (listed.length) edits.push({ op: 'addObject', manifest: route(`${base}${inherit ? '-hosts' : ''}`, listed), after: refOf(owner) })
  const also = moved.size ? ` and serve ${[...moved].map((r) => `${r.metadata.namespace}/${r.metadata.name}`).join(', ')} on ${https.name} only` : ''
  return [{ title: `Redirect listener ${http.name} to HTTPS${also}`, edits }]
}

/**
 * HTTP listeners beside an HTTPS listener of the same Gateway (overlapping hostnames) where some
 * host both serve gets no redirect to https: its virtual host on the HTTP listener has no rule
 * with a RequestRedirect to scheme https (it serves plain HTTP, or answers 404).
 *
 * @example
 * findMissingRedirects(hintContext(analysis))[0]?.code // 'hint-no-https-redirect'
 */
export function findMissingRedirects(hc: HintContext): Finding[] {
  const out: Finding[] = []
  const byGateway = new Map<string, EffectiveListener[]>()
  for (const l of hc.index.listeners) {
    const k = refKey(l.gateway)
    const known = byGateway.get(k)
    if (known) known.push(l)
    else byGateway.set(k, [l])
  }
  let bindings: BindingsByRoute | undefined
  for (const http of hc.index.listeners) {
    if (http.protocol !== 'HTTP' || !http.ready) continue
    const siblings = byGateway.get(refKey(http.gateway)) ?? []
    const secure = siblings.filter((s) => s.protocol === 'HTTPS' && intersectHostnames(http.hostname, s.hostname) !== null)
    const li = hc.index.byListener.get(listenerKey(http.owner, http.name))
    const owner = hc.resolve.byKey.get(refKey(http.owner))
    if (!secure.length || !li || !owner) continue
    const missing = unredirectedHosts(http, li, secure, siblings)
    if (!missing.length) continue
    const index = listenersOf(owner.spec).findIndex((l) => l.name === http.name)
    // The first few hosts make the point; a listener with hundreds would drown the message.
    const what = missing.slice(0, SHOWN).map((m) => {
      const routes = [...new Set(m.table?.entries.map((e) => `${e.route.ref.kind} ${e.route.nsName}`) ?? [])]
      return `${m.hostname ?? 'any host'} (${routes.length ? `served over plain HTTP by ${routes.join(', ')}` : 'answered 404'})`
    })
    if (missing.length > SHOWN) what.push(`and ${missing.length - SHOWN} more`)
    const https = [...new Set(missing.map((m) => m.https.name))].join(', ')
    const msg = `listener ${http.name} takes plain HTTP for hosts that HTTPS listener ${https} of the same Gateway also serves, without redirecting them to https: ${what.join('; ')}`
    bindings ??= bindingsByRoute(hc.input.bindings)
    out.push(hint('hint-no-https-redirect', owner, `spec.listeners[${index}].protocol`, msg, redirectFix(hc, http, owner, missing, bindings)))
  }
  return out
}
