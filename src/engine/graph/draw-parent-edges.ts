import { GATEWAY_GROUP, refKey, type GraphEdge, type ParentReference, type RouteBinding, type RouteObject, type RouteParentStatus } from '../../model'
import { list, num, str, type Json } from '../resolve/read'
import type { SkippedParent } from './describe-route-status'
import type { NodeTemplate } from './route-fragment'

/** Everything resolve says about one route, for its parentRef edges. */
export interface RouteAttachment {
  route: RouteObject
  routeNodeId: string
  /** `status.parents`, in order: one per parentRef naming a declared parent, then default-Gateway claims. */
  parents: readonly RouteParentStatus[]
  bindings: readonly RouteBinding[]
  /** ParentRefs that got no status entry, by index in `spec.parentRefs`. */
  skipped: ReadonlyMap<number, SkippedParent>
  nodes: ReadonlyMap<string, NodeTemplate>
  parentNodeId(key: string): string
  portId(listener: string): string
}

/** Does this status entry echo that parentRef? The echo fills group, kind and namespace in. */
function echoes(e: ParentReference, p: Json, ns: string): boolean {
  return (
    e.group === (str(p.group) ?? GATEWAY_GROUP) &&
    e.kind === (str(p.kind) ?? 'Gateway') &&
    e.namespace === (str(p.namespace) ?? ns) &&
    e.name === (str(p.name) ?? '') &&
    e.sectionName === str(p.sectionName) &&
    e.port === num(p.port)
  )
}

/**
 * A route's parentRef edges as resolve decided them. An accepted parentRef is an edge from each
 * listener it attached to (which may belong to a ListenerSet). A parentRef that is not accepted
 * is one invalid edge, labelled with its Accepted reason, from the listener(s) it designates by
 * sectionName or port, or else from the parent itself; a parentRef to an undeclared parent comes
 * from its "not declared" node. Default-Gateway claims (`useDefaultGateways`) are drawn the same way.
 *
 * @example
 * drawParentEdges({ route, routeNodeId: 'rt:HTTPRoute/shop/web', parents, bindings, skipped, nodes, parentNodeId, portId })
 * // [{ id: 'pr:rt:HTTPRoute/shop/web#0@http', source: 'gw:Gateway/shop/edge', sourceHandle: 'l:http', ... }]
 */
export function drawParentEdges(a: RouteAttachment): GraphEdge[] {
  const { route, routeNodeId: target } = a
  const ns = route.metadata.namespace
  const objectKey = refKey({ kind: route.kind, namespace: ns, name: route.metadata.name })
  const out: GraphEdge[] = []
  let k = 0
  list(route.spec.parentRefs).forEach((p, i) => {
    const base = { kind: 'parentRef' as const, target, objectKey, path: ['spec', 'parentRefs', i] }
    const parentId = a.parentNodeId(refKey({ kind: str(p.kind) ?? 'Gateway', namespace: str(p.namespace) ?? ns, name: str(p.name) ?? '' }))
    const entry = a.parents[k]
    if (!entry || !echoes(entry.parentRef, p, ns)) {
      const skipped = a.skipped.get(i)
      const modelled = skipped?.code !== 'route-parent-not-modelled'
      const reason = !modelled ? 'not modelled' : a.nodes.get(parentId)?.missing ? 'not declared' : 'not attached'
      out.push({ ...base, id: `pr:${target}#${i}`, source: parentId, ...(modelled ? { invalid: true } : {}), reason, ...(skipped ? { detail: skipped.message } : {}) })
      return
    }
    out.push(...entryEdges(a, entry, i, { ...base, parentStatus: k++ }, parentId, `${target}#${i}`))
  })
  // What is left are default-Gateway claims: no parentRef of their own.
  for (; k < a.parents.length; k++) {
    const entry = a.parents[k]!
    const key = refKey({ kind: entry.parentRef.kind, namespace: entry.parentRef.namespace ?? ns, name: entry.parentRef.name })
    const base = { kind: 'parentRef' as const, target, objectKey, path: ['spec', 'useDefaultGateways'], parentStatus: k }
    out.push(...entryEdges(a, entry, -1, base, a.parentNodeId(key), `${target}#default:${key}`).map((e) => ({ ...e, label: 'default Gateway' })))
  }
  return out
}

type EdgeBase = Pick<GraphEdge, 'kind' | 'target' | 'objectKey' | 'path' | 'parentStatus'>

/** Edges for one status entry: from the listeners it attached to, or one invalid edge with the reason. */
function entryEdges(a: RouteAttachment, entry: RouteParentStatus, index: number, base: EdgeBase, parentId: string, idBase: string): GraphEdge[] {
  const accepted = entry.conditions.find((c) => c.type === 'Accepted')
  if (accepted?.status === 'True') {
    return a.bindings
      .filter((b) => b.parentRefIndex === index && (index >= 0 || a.parentNodeId(refKey(b.gateway)) === parentId))
      .map((b) => {
        const source = a.parentNodeId(refKey(b.listener.owner))
        const at = source === parentId ? b.listener.name : `${refKey(b.listener.owner)}#${b.listener.name}`
        return { ...base, id: `pr:${idBase}@${at}`, source, sourceHandle: a.portId(b.listener.name) }
      })
  }
  const invalid = { invalid: true, reason: accepted?.reason ?? 'NotAccepted', detail: accepted?.message ?? 'no Accepted condition' }
  const { sectionName, port } = entry.parentRef
  const designated = sectionName === undefined && port === undefined ? [] : (a.nodes.get(parentId)?.ports ?? []).filter((l) => (sectionName === undefined || l.name === sectionName) && (port === undefined || l.port === port))
  if (designated.length === 0) return [{ ...base, id: `pr:${idBase}`, source: parentId, ...invalid }]
  return designated.map((l) => ({ ...base, id: `pr:${idBase}@${l.name}`, source: parentId, sourceHandle: l.id, ...invalid }))
}
