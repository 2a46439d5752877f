import {
  GATEWAY_GROUP,
  refOf,
  type GatewayObject,
  type ListenerSetObject,
  type ManifestObject,
  type ObjectRef,
  type ParentReference,
  type ResolvedReference,
  type RouteObject,
} from '../../model'
import type { ResolveContext } from './context'
import { coreRefOf, isObj, list, listenersOf, num, str, type Json } from './read'

/**
 * The relation table (DESIGN "Habits": relations declared once): every route → parent edge and
 * every reference from one object to another (backendRefs, mirrors, certificateRefs, CA refs),
 * with defaults filled in. Status, the graph and the simulator all read these rows.
 */
export interface ParentRefEdge {
  route: RouteObject
  /** Index in `spec.parentRefs`; -1 for a default Gateway's claim (`useDefaultGateways`). */
  index: number
  path: string
  /** The parentRef as the status echoes it: group and kind defaulted, namespace filled in. */
  echo: ParentReference
  target: ObjectRef
}

export interface ReferenceEdge {
  from: ManifestObject
  path: string
  use: ResolvedReference['use']
  ruleIndex?: number
  backendIndex?: number
  target: ObjectRef
  port?: number
  weight?: number
  /** For CA refs: the listener port a `perPort` entry applies to (absent for the default). */
  forPort?: number
}

export interface Relations {
  parentRefs: ParentRefEdge[]
  references: ReferenceEdge[]
}

/**
 * Builds the relation table from the indexed workspace, in the order resolve reads it: every
 * route (oldest first), then the Gateways' and ListenerSets' references.
 *
 * @example
 * const { parentRefs } = buildRelations(ctx)
 * parentRefs.filter((e) => e.target.name === 'edge')
 */
export function buildRelations(ctx: ResolveContext): Relations {
  const parentRefs: ParentRefEdge[] = []
  const references: ReferenceEdge[] = []
  for (const route of ctx.routes) {
    parentRefs.push(...parentEdgesOf(route, ctx))
    references.push(...routeReferencesOf(route))
  }
  references.push(...ownerReferencesOf(ctx))
  return { parentRefs, references }
}

/**
 * The certificate and CA references of every Gateway and ListenerSet.
 *
 * @example
 * ownerReferencesOf(ctx).filter((e) => e.use === 'certificateRef')
 */
export function ownerReferencesOf(ctx: ResolveContext): ReferenceEdge[] {
  return [...ctx.gateways, ...ctx.listenerSets].flatMap(listenerReferencesOf)
}

/**
 * One route's parentRef edges, plus the claims of default Gateways when it asks for them.
 *
 * @example
 * parentEdgesOf(route, ctx).map((e) => e.path)   // ['spec.parentRefs[0]']
 */
export function parentEdgesOf(route: RouteObject, ctx: ResolveContext): ParentRefEdge[] {
  const ns = route.metadata.namespace
  const edges: ParentRefEdge[] = list(route.spec.parentRefs).map((p, index) => {
    const echo: ParentReference = {
      group: str(p.group) ?? GATEWAY_GROUP,
      kind: str(p.kind) ?? 'Gateway',
      namespace: str(p.namespace) ?? ns,
      name: str(p.name) ?? '',
    }
    const sectionName = str(p.sectionName)
    const port = num(p.port)
    if (sectionName !== undefined) echo.sectionName = sectionName
    if (port !== undefined) echo.port = port
    const target = { group: echo.group, kind: echo.kind, namespace: echo.namespace!, name: echo.name }
    return { route, index, path: `spec.parentRefs[${index}]`, echo, target }
  })
  // Default Gateways [E]: a route asking for them is claimed by every Gateway with
  // defaultScope All that it does not already name (SPEC-NOTES §3).
  if (str((route.spec as unknown as Json).useDefaultGateways) === 'All') {
    for (const gw of ctx.gateways) {
      if (str((gw.spec as unknown as Json).defaultScope) !== 'All') continue
      const named = edges.some((e) => e.target.kind === 'Gateway' && e.target.namespace === gw.metadata.namespace && e.target.name === gw.metadata.name)
      if (named) continue
      const echo: ParentReference = { group: GATEWAY_GROUP, kind: 'Gateway', namespace: gw.metadata.namespace, name: gw.metadata.name }
      edges.push({ route, index: -1, path: 'spec.useDefaultGateways', echo, target: refOf(gw) })
    }
  }
  return edges
}

function backendTarget(b: Json, ns: string): { target: ObjectRef; port?: number } {
  const r = coreRefOf(b, 'Service')
  const port = num(b.port)
  const out: { target: ObjectRef; port?: number } = { target: { group: r.group, kind: r.kind, namespace: r.namespace ?? ns, name: r.name } }
  if (port !== undefined) out.port = port
  return out
}

function filterReferences(route: RouteObject, filters: unknown, path: string, ruleIndex: number): ReferenceEdge[] {
  const ns = route.metadata.namespace
  const out: ReferenceEdge[] = []
  list(filters).forEach((f, i) => {
    const at = `${path}[${i}]`
    if (isObj(f.requestMirror) && isObj(f.requestMirror.backendRef)) {
      out.push({ from: route, path: `${at}.requestMirror.backendRef`, use: 'mirror', ruleIndex, ...backendTarget(f.requestMirror.backendRef, ns) })
    }
    if (isObj(f.externalAuth) && isObj(f.externalAuth.backendRef)) {
      out.push({ from: route, path: `${at}.externalAuth.backendRef`, use: 'externalAuth', ruleIndex, ...backendTarget(f.externalAuth.backendRef, ns) })
    }
    if (f.type === 'ExtensionRef' && isObj(f.extensionRef)) {
      const e = f.extensionRef
      out.push({ from: route, path: `${at}.extensionRef`, use: 'extensionRef', ruleIndex, target: { group: str(e.group) ?? '', kind: str(e.kind) ?? '', namespace: ns, name: str(e.name) ?? '' } })
    }
  })
  return out
}

/**
 * One route's references: backendRefs, and the mirrors, external auth and extensions of its filters.
 *
 * @example
 * routeReferencesOf(route).map((e) => e.path)   // ['spec.rules[0].backendRefs[0]']
 */
export function routeReferencesOf(route: RouteObject): ReferenceEdge[] {
  const ns = route.metadata.namespace
  const out: ReferenceEdge[] = []
  list(route.spec.rules).forEach((rule, ruleIndex) => {
    const rulePath = `spec.rules[${ruleIndex}]`
    list(rule.backendRefs).forEach((b, backendIndex) => {
      const weight = num(b.weight) ?? 1
      out.push({ from: route, path: `${rulePath}.backendRefs[${backendIndex}]`, use: 'backendRef', ruleIndex, backendIndex, weight, ...backendTarget(b, ns) })
      out.push(...filterReferences(route, b.filters, `${rulePath}.backendRefs[${backendIndex}].filters`, ruleIndex))
    })
    out.push(...filterReferences(route, rule.filters, `${rulePath}.filters`, ruleIndex))
  })
  return out
}

function listenerReferencesOf(owner: GatewayObject | ListenerSetObject): ReferenceEdge[] {
  const ns = owner.metadata.namespace
  const out: ReferenceEdge[] = []
  listenersOf(owner.spec).forEach((l, i) => {
    const tls: Json = isObj(l.tls) ? l.tls : {}
    list(tls.certificateRefs).forEach((c, j) => {
      const r = coreRefOf(c, 'Secret')
      out.push({ from: owner, path: `spec.listeners[${i}].tls.certificateRefs[${j}]`, use: 'certificateRef', target: { group: r.group, kind: r.kind, namespace: r.namespace ?? ns, name: r.name } })
    })
  })
  if (owner.kind !== 'Gateway') return out
  const frontend: Json = isObj(owner.spec.tls) && isObj(owner.spec.tls.frontend) ? owner.spec.tls.frontend : {}
  const caRefs = (validation: unknown, path: string, forPort?: number) => {
    if (!isObj(validation)) return
    list(validation.caCertificateRefs).forEach((c, j) => {
      const r = coreRefOf(c, 'ConfigMap')
      const edge: ReferenceEdge = { from: owner, path: `${path}.caCertificateRefs[${j}]`, use: 'caCertificateRef', target: { group: r.group, kind: r.kind, namespace: r.namespace ?? ns, name: r.name } }
      if (forPort !== undefined) edge.forPort = forPort
      out.push(edge)
    })
  }
  if (isObj(frontend.default)) caRefs(frontend.default.validation, 'spec.tls.frontend.default.validation')
  list(frontend.perPort).forEach((pp, k) => {
    const port = num(pp.port)
    if (port !== undefined && isObj(pp.tls)) caRefs(pp.tls.validation, `spec.tls.frontend.perPort[${k}].tls.validation`, port)
  })
  return out
}
