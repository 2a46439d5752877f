import {
  GATEWAY_GROUP,
  refKey,
  refOf,
  type Analysis,
  type GraphEdge,
  type GraphNode,
  type ManifestObject,
  type ObjectRef,
} from '../../model'

/**
 * Indexes of one analysis, built once and kept beside it: objects by key, graph nodes and edges
 * by id. Every designer piece (canvas, inspector, palette) looks things up here.
 */
export interface AnalysisIndex {
  objects: Map<string, ManifestObject>
  nodes: Map<string, GraphNode>
  edges: Map<string, GraphEdge>
}

const cache = new WeakMap<Analysis, AnalysisIndex>()

export function indexOf(a: Analysis): AnalysisIndex {
  let idx = cache.get(a)
  if (!idx) {
    idx = {
      objects: new Map(a.objects.map((o) => [refKey(refOf(o)), o])),
      nodes: new Map(a.graph.nodes.map((n) => [n.id, n])),
      edges: new Map(a.graph.edges.map((e) => [e.id, e])),
    }
    cache.set(a, idx)
  }
  return idx
}

/** Parses a `Kind/namespace/name` key back into a reference (the group from the object when known). */
export function refOfKey(key: string, a?: Analysis): ObjectRef {
  const o = a ? indexOf(a).objects.get(key) : undefined
  if (o) return refOf(o)
  const [kind = '', namespace = '', ...rest] = key.split('/')
  return { group: kind === 'Service' ? '' : GATEWAY_GROUP, kind, namespace, name: rest.join('/') }
}

/**
 * What a selection id points at. Ids are graph node ids (`gw:`, `rt:`, `ru:`, `be:`), listener ids
 * (`ls:<gateway key>#<listener>`), graph edge ids (`pr:`, `br:`) and object keys (`obj:<key>`).
 */
export type Selected =
  | { type: 'object'; object: ManifestObject; node?: GraphNode }
  | { type: 'rule'; object: ManifestObject; index: number; node: GraphNode }
  | { type: 'listener'; object: ManifestObject; index: number }
  | { type: 'parentRef'; object: ManifestObject; index: number; edge: GraphEdge }
  | { type: 'backendRef'; object: ManifestObject; rule: number; index: number; edge: GraphEdge }
  | { type: 'missing'; node: GraphNode }

export const listenerId = (gatewayKey: string, listener: string) => `ls:${gatewayKey}#${listener}`

export function resolveSelection(a: Analysis | undefined, id: string | undefined): Selected | undefined {
  if (!a || !id) return undefined
  const idx = indexOf(a)
  if (id.startsWith('obj:')) {
    const object = idx.objects.get(id.slice(4))
    return object ? { type: 'object', object } : undefined
  }
  if (id.startsWith('ls:')) {
    const hash = id.lastIndexOf('#')
    const object = idx.objects.get(id.slice(3, hash))
    const name = id.slice(hash + 1)
    const listeners = object && Array.isArray((object.spec as { listeners?: unknown }).listeners) ? (object.spec as { listeners: { name?: string }[] }).listeners : []
    const index = listeners.findIndex((l) => l.name === name)
    return object && index >= 0 ? { type: 'listener', object, index } : undefined
  }
  const edge = idx.edges.get(id)
  if (edge) {
    const object = edge.objectKey ? idx.objects.get(edge.objectKey) : undefined
    const path = edge.path ?? []
    if (!object) return undefined
    // A default-Gateway claim (`useDefaultGateways`) has no parentRef of its own: it opens the route.
    if (edge.kind === 'parentRef') return path[1] === 'parentRefs' ? { type: 'parentRef', object, index: Number(path[2]), edge } : { type: 'object', object }
    if (edge.kind === 'backendRef') return { type: 'backendRef', object, rule: Number(path[2]), index: Number(path[4]), edge }
    return { type: 'object', object }
  }
  const node = idx.nodes.get(id)
  if (!node) return undefined
  const object = idx.objects.get(node.objectKey)
  if (!object) return { type: 'missing', node }
  if (node.kind === 'rule') return { type: 'rule', object, index: Number(node.path?.[2] ?? 0), node }
  return { type: 'object', object, node }
}

/** The words for a selection, as people read them: `HTTPRoute shop/checkout`, `rule 2 of ...`. */
export function describeSelection(s: Selected): string {
  const name = (o: ManifestObject) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`
  switch (s.type) {
    case 'object':
      return name(s.object)
    case 'rule':
      return `Rule ${s.index + 1} of ${name(s.object)}`
    case 'listener':
      return `Listener ${String((s.object.spec as { listeners: { name: string }[] }).listeners[s.index]?.name)} of ${name(s.object)}`
    case 'parentRef':
      return `parentRef ${s.index + 1} of ${name(s.object)}`
    case 'backendRef':
      return `backendRef ${s.index + 1} of rule ${s.rule + 1}, ${name(s.object)}`
    case 'missing':
      return `${s.node.objectKind} ${s.node.namespace}/${s.node.name} (not declared)`
  }
}
