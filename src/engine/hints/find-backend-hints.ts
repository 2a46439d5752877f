import { refKey, refOf, type EditIntent, type ObjectRef, type ResolvedReference, type RouteObject } from '../../model'
import type { Finding } from '../resolve/findings'
import { isObj, list, num, str, type Json } from '../resolve/read'
import { hint, type HintContext } from './hint-context'

/**
 * The timeout the fix proposes: Envoy's default route timeout, so the fix makes explicit what
 * Envoy-based gateways already do, and the user sees a number to tune.
 */
const SUGGESTED_TIMEOUT = '15s'

/**
 * Why a backend counts as external, or undefined: a Service of type ExternalName (DNS outside
 * the cluster), or a backendRef kind that is not a core Service (ServiceImport, an
 * implementation's Backend kind...). Neither has the cluster's own endpoints behind it.
 */
function externalWhy(externalNames: ReadonlyMap<string, string | undefined>, t: ObjectRef): string | undefined {
  if (t.group !== '' || t.kind !== 'Service') return `${t.kind}${t.group ? ` (${t.group})` : ''} ${t.namespace}/${t.name} is not a core Service`
  if (externalNames.size === 0) return undefined
  const key = `${t.namespace}/${t.name}`
  if (!externalNames.has(key)) return undefined
  const host = externalNames.get(key)
  return `Service ${key} is of type ExternalName${host ? ` (${host})` : ''}`
}

/** Declared Services of type ExternalName (`namespace/name` → external host), the first of each key. */
function externalNameServices(hc: HintContext): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>()
  for (const o of hc.resolve.objects) {
    if (o.kind !== 'Service' || !isObj(o.spec) || o.spec.type !== 'ExternalName') continue
    const svc = hc.resolve.service(o.metadata.namespace, o.metadata.name)
    if (svc === o) out.set(`${o.metadata.namespace}/${o.metadata.name}`, str(svc.spec.externalName))
  }
  return out
}

const weightOf = (b: Json) => num(b.weight) ?? 1

function zeroWeights(route: RouteObject, rule: Json, r: number): Finding | undefined {
  if (!Array.isArray(rule.backendRefs) || rule.backendRefs.length === 0) return undefined
  const refs = list(rule.backendRefs)
  if (refs.length === 0 || refs.some((b) => weightOf(b) !== 0)) return undefined
  const target = refOf(route)
  const edits: EditIntent[] = refs.map((_, i) => ({ op: 'set', target, path: ['spec', 'rules', r, 'backendRefs', i, 'weight'], value: 1 }))
  const fate =
    route.kind === 'HTTPRoute' ? 'every request it matches gets HTTP 500' : route.kind === 'GRPCRoute' ? 'every call it matches gets gRPC UNAVAILABLE' : route.kind === 'UDPRoute' ? 'every flow it takes is dropped' : 'every connection it takes is refused'
  const msg = `every backendRef of rule ${r} has weight 0, so no backend gets any of its traffic: ${fate}`
  return hint('hint-weights-zero', route, `spec.rules[${r}].backendRefs`, msg, [{ title: refs.length > 1 ? 'Give every backend weight 1 (an even split)' : 'Give the backend weight 1', edits }])
}

function missingTimeout(externalNames: ReadonlyMap<string, string | undefined>, route: RouteObject, refs: readonly ResolvedReference[], rule: Json, r: number): Finding | undefined {
  const t = isObj(rule.timeouts) ? rule.timeouts : {}
  if (route.kind !== 'HTTPRoute' || t.request !== undefined || t.backendRequest !== undefined) return undefined
  const external = refs.find((x) => x.ruleIndex === r && (x.weight ?? 1) > 0 && externalWhy(externalNames, x.target))
  if (!external) return undefined
  const msg = `rule ${r} sends traffic to an external backend (${externalWhy(externalNames, external.target)}) without timeouts: how long a slow or unreachable remote may hold each request is then left to the implementation's default (Envoy's is 15s; others differ)`
  return hint('hint-external-backend-no-timeout', route, external.path, msg, [
    { title: `Set timeouts.request to ${SUGGESTED_TIMEOUT} on rule ${r}`, edits: [{ op: 'set', target: refOf(route), path: ['spec', 'rules', r, 'timeouts', 'request'], value: SUGGESTED_TIMEOUT }] },
  ])
}

/**
 * Backend hints per rule: weights that sum to 0, and external backends without timeouts.
 *
 * @example
 * findBackendHints(hintContext(analysis)).map((f) => f.code) // ['hint-weights-zero']
 */
export function findBackendHints(hc: HintContext): Finding[] {
  const out: Finding[] = []
  const externalNames = externalNameServices(hc)
  // Only routes with an external backend can miss a timeout: index just their references.
  const refsByRoute = new Map<string, ResolvedReference[]>()
  for (const x of hc.input.references) {
    if (x.use !== 'backendRef' || x.from.kind !== 'HTTPRoute' || !externalWhy(externalNames, x.target)) continue
    const k = refKey(x.from)
    const known = refsByRoute.get(k)
    if (known) known.push(x)
    else refsByRoute.set(k, [x])
  }
  for (const route of hc.resolve.routes) {
    const refs = refsByRoute.size ? refsByRoute.get(refKey(refOf(route))) : undefined
    list(route.spec.rules).forEach((rule, r) => {
      const zero = zeroWeights(route, rule, r)
      if (zero) out.push(zero)
      const timeout = refs && missingTimeout(externalNames, route, refs, rule, r)
      if (timeout) out.push(timeout)
    })
  }
  return out
}
