import { isRoute, refKey, type GatewayLikeStatus, type GraphBadge, type GraphEdge, type ManifestObject, type ObjectStatus, type RouteObject, type RouteParentStatus } from '../../model'
import type { Resolution } from '../resolve'
import { listenerBadges, parentBadges } from './describe-listener-status'
import { routeBadges, type SkippedParent } from './describe-route-status'
import { drawParentEdges } from './draw-parent-edges'
import { GraphMemo } from './graph-memo'
import { backendMarks } from './mark-backend-edges'
import type { NodeTemplate } from './route-fragment'

/** What the graph reads from the resolve stage. */
export type StatusFacts = Pick<Resolution, 'status' | 'byRoute' | 'findings'>

export interface StatusIds {
  parentNodeId(key: string): string
  portId(listener: string): string
  routeNodeId(route: RouteObject): string
}

/** Status entries' keys, made once per entry: resolve hands out the same entry while a route is unchanged. */
const keys = new WeakMap<object, string>()
const keyOf = (s: { kind: string; namespace: string; name: string }): string => {
  let k = keys.get(s)
  if (k === undefined) keys.set(s, (k = refKey(s)))
  return k
}
/** What a route with no skipped parentRef gets (shared: drawing only reads it). */
const NONE_SKIPPED: ReadonlyMap<number, SkippedParent> = new Map()
const PARENT_INDEX = /^spec\.parentRefs\[(\d+)\]$/

/**
 * Puts resolve's answer on a graph: badges on routes, Gateways and ListenerSets (answered by
 * node id; the caller places them on the nodes it hands out) and on listener ports (set on the
 * Gateway's ports, which are drawn afresh for every analysis); parentRef edges redrawn from the real attachment (an edge per listener a route
 * attached to, red with the reason where it was not accepted); backendRef edges marked invalid
 * or cross-namespace (a marked edge is a new object; the built one is left as it was). The layout
 * reads only the structural edges, so a status change never moves a node. Answers the edges to
 * draw. A route's marks are drawn again only when what they are drawn from changed (`memo`,
 * graph-memo.ts).
 *
 * @example
 * const { edges, badges } = markStatus(nodes, structuralEdges, objects, resolved, ids)
 */
export function markStatus(
  nodes: ReadonlyMap<string, NodeTemplate>,
  edges: readonly GraphEdge[],
  objects: readonly ManifestObject[],
  facts: StatusFacts,
  ids: StatusIds,
  memo = new GraphMemo(),
): { edges: GraphEdge[]; badges: Map<string, GraphBadge[]> } {
  const badges = new Map<string, GraphBadge[]>()
  const routes = new Map<string, ObjectStatus<{ parents: RouteParentStatus[] }>>(facts.status.routes.map((s) => [keyOf(s), s]))
  const owners = new Map<string, ObjectStatus<GatewayLikeStatus>>([...facts.status.gateways, ...facts.status.listenerSets].map((s) => [keyOf(s), s]))
  const skipped = new Map<string, Map<number, SkippedParent>>()
  const orphans = new Map<string, string>()
  for (const f of facts.findings) {
    const key = refKey({ kind: f.object.kind, namespace: f.object.metadata.namespace, name: f.object.metadata.name })
    const m = PARENT_INDEX.exec(f.path)
    if (m && (f.code === 'route-parent-not-found' || f.code === 'route-parent-not-modelled')) {
      const byIndex = skipped.get(key) ?? new Map<number, SkippedParent>()
      byIndex.set(Number(m[1]), { code: f.code, message: f.message })
      skipped.set(key, byIndex)
    } else if (f.code === 'listenerset-parent-not-found') orphans.set(key, f.message)
  }

  for (const n of nodes.values()) {
    if ((n.kind !== 'gateway' && n.kind !== 'listenerset') || n.missing) continue
    const s = owners.get(n.objectKey)
    badges.set(n.id, parentBadges(s?.status, orphans.get(n.objectKey)))
    const listeners = new Map((s?.status.listeners ?? []).map((l) => [l.name, l]))
    for (const p of n.ports ?? []) {
      const l = listeners.get(p.name)
      if (l) p.badges = listenerBadges(l)
    }
  }

  const parentEdges = new Map<string, GraphEdge[]>()
  for (const o of objects) {
    if (!isRoute(o)) continue
    const routeNodeId = ids.routeNodeId(o)
    const node = nodes.get(routeNodeId)
    if (!node) continue
    const key = node.objectKey
    const input = { parents: routes.get(key)?.status.parents, bindings: facts.byRoute.get(key)?.bindings ?? [], skipped: skipped.get(key) ?? NONE_SKIPPED }
    const marks = memo.marksOf(o, input, nodes, (seen) => {
      const parents = input.parents ?? []
      const parentRefs = Array.isArray(o.spec.parentRefs) ? o.spec.parentRefs.length : 0
      return {
        badges: routeBadges(parents, [...input.skipped.values()], parentRefs),
        edges: drawParentEdges({ route: o, routeNodeId, parents, bindings: input.bindings, skipped: input.skipped, nodes: seen, parentNodeId: ids.parentNodeId, portId: ids.portId }),
      }
    })
    badges.set(routeNodeId, marks.badges)
    parentEdges.set(routeNodeId, marks.edges)
  }

  // Each route's redrawn parentRef edges take the place of its first structural one.
  const out: GraphEdge[] = []
  const emit = (routeNodeId: string) => {
    for (const e of parentEdges.get(routeNodeId) ?? []) if (nodes.has(e.source)) out.push(e)
    parentEdges.delete(routeNodeId)
  }
  for (const e of edges) {
    if (e.kind === 'parentRef') emit(e.target)
    else {
      const marks = backendMarks(e, facts.byRoute, objects)
      out.push(marks ? memo.mark(e, marks) : e)
    }
  }
  for (const id of [...parentEdges.keys()]) emit(id)
  return { edges: out, badges }
}
