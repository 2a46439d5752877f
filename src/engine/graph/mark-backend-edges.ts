import { GATEWAY_GROUP, refKey, type GraphEdge, type ManifestObject, type ReferenceGrantObject, type ResolvedReference } from '../../model'
import { findGrant } from '../resolve/reference-grants'

const grantName = (g: { namespace: string; name: string }) => `${g.namespace}/${g.name}`

/** What status adds to a backendRef edge. */
export type EdgeMarks = Pick<GraphEdge, 'invalid' | 'reason' | 'detail' | 'crossNamespace'>

/**
 * Marks for a backendRef edge from resolve's answer for the references behind them: red with the
 * ResolvedRefs reason (`BackendNotFound`, `RefNotPermitted`, ...) when a controller would not use
 * the backend, and, across namespaces, the ReferenceGrant that permits the reference or none.
 * An edge of a folded route stands for every backendRef of the route to that backend: invalid if
 * any of them is. Shares are left as computed from the weights.
 *
 * Resolve checks the backend's kind before grants, so for a reference of the wrong kind it has
 * not asked about a grant; that one question is asked here, of resolve's own grant lookup.
 *
 * Answers undefined when there is nothing to mark (the edge is drawn as built).
 *
 * @example
 * backendMarks(edge, referencesByRoute, objects)
 * // { invalid: true, reason: 'RefNotPermitted', detail: '…', crossNamespace: {} }
 */
export function backendMarks(e: GraphEdge, byRoute: ReadonlyMap<string, { backendRefs: readonly ResolvedReference[] }>, objects: readonly ManifestObject[]): EdgeMarks | undefined {
  if (e.kind !== 'backendRef' || !e.objectKey) return undefined
  const all = byRoute.get(e.objectKey)?.backendRefs
  const last = all && answered.get(e)
  if (last && last.refs === all) return last.marks
  let asked = false
  const marks = marksOf(e, all ?? [], (r) => ((asked = true), askGrant(r, objects)))
  // An answer that asked the objects about a grant depends on more than the references: not kept.
  if (all && !asked) answered.set(e, { refs: all, marks })
  return marks
}

/**
 * Each edge's last marks, with the references they were worked out from: resolve hands out the same
 * references while a route and the objects it points at are unchanged, so most edges of an edit
 * answer from here instead of filtering their route's references again.
 */
const answered = new WeakMap<GraphEdge, { refs: readonly ResolvedReference[]; marks: EdgeMarks | undefined }>()

function marksOf(e: GraphEdge, all: readonly ResolvedReference[], ask: (r: ResolvedReference) => string | undefined): EdgeMarks | undefined {
  const refs = all.filter((r) => (e.source.startsWith('rt:') ? `be:${refKey(r.target)}` === e.target : r.ruleIndex === e.path?.[2] && r.backendIndex === e.path?.[4]))
  if (refs.length === 0) return undefined
  const marks: EdgeMarks = {}
  const bad = refs.filter((r) => !r.resolved)
  if (bad.length) {
    marks.invalid = true
    marks.reason = bad[0]!.reason ?? 'ResolvedRefs'
    marks.detail = bad.map((r) => r.detail ?? r.reason).join('\n')
  }
  const cross = refs.filter((r) => r.target.namespace !== r.from.namespace)
  if (cross.length) {
    const grants = cross.map((r) => (r.grant ? grantName(r.grant) : r.reason === 'RefNotPermitted' ? undefined : ask(r)))
    marks.crossNamespace = grants.every((g) => g !== undefined) ? { grant: grants[0]! } : {}
  }
  return bad.length || cross.length ? marks : undefined
}

function askGrant(r: ResolvedReference, objects: readonly ManifestObject[]): string | undefined {
  const grants = objects.filter((o): o is ReferenceGrantObject => o.kind === 'ReferenceGrant' && !('modelled' in o) && o.metadata.namespace === r.target.namespace)
  const g = findGrant(grants, { group: GATEWAY_GROUP, kind: r.from.kind, namespace: r.from.namespace }, r.target)
  return g ? grantName(g) : undefined
}
