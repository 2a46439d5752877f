import type { Edge, Node } from '@xyflow/react'
import { useMemo } from 'react'
import type { GraphEdge, GraphModel, GraphNode } from '../../model'
import type { LabFlowEdge } from './LabEdge'

export type LabFlowNode = Node<{ node: GraphNode }, GraphNode['kind']> | Node<{ namespace: string; width: number; height: number }, 'lane'>

interface Cached<T> {
  x: number
  y: number
  selected: boolean
  flow: T
}

// Keyed by the graph's own objects, which the worker's patches keep identical while unchanged.
const nodeCache = new WeakMap<object, Cached<LabFlowNode>>()
const edgeCache = new WeakMap<GraphEdge, Cached<LabFlowEdge>>()

/**
 * React Flow nodes and edges for a graph, keeping the same objects for everything that did not
 * change (the worker's patches keep unchanged graph nodes identical). React Flow then re-renders
 * only the nodes that changed: one edit re-renders one node, not a thousand.
 */
export function useFlowElements(
  graph: GraphModel | undefined,
  positions: Record<string, { x: number; y: number }>,
  selection: string | undefined,
  dragging: Record<string, { x: number; y: number }>,
  /** When set, only edges with an end in this set are drawn (large graphs, see Canvas). */
  near?: ReadonlySet<string>,
): { nodes: LabFlowNode[]; edges: Edge[] } {
  // Keyed on the graph's arrays, not the graph: a patch keeps an unchanged array identical, and
  // React Flow then skips its own work for it (an edit that changes one node leaves edges alone).
  const groups = graph?.groups
  const graphNodes = graph?.nodes
  const graphEdges = graph?.edges
  const nodes = useMemo(() => {
    const out: LabFlowNode[] = []
    for (const g of groups ?? []) {
      const entry = nodeCache.get(g) ?? {
              x: g.x,
              y: g.y,
              selected: false,
              flow: {
                id: g.id,
                type: 'lane' as const,
                position: { x: g.x, y: g.y },
                data: { namespace: g.namespace, width: g.width, height: g.height },
                width: g.width,
                height: g.height,
                draggable: false,
                selectable: false,
                focusable: false,
                connectable: false,
                zIndex: -1,
                ariaLabel: `Namespace ${g.namespace}`,
              },
            }
      nodeCache.set(g, entry)
      out.push(entry.flow)
    }
    for (const n of graphNodes ?? []) {
      const at = dragging[n.id] ?? positions[n.id] ?? n
      const selected = n.id === selection
      const prev = nodeCache.get(n)
      if (prev && prev.x === at.x && prev.y === at.y && prev.selected === selected) {
        out.push(prev.flow)
        continue
      }
      const flow = {
        id: n.id,
        type: n.kind,
        position: { x: at.x, y: at.y },
        data: { node: n },
        width: n.width,
        height: n.height,
        // The size React Flow draws the node at. Without it, each new node object (a move, an edit)
        // counts as unmeasured until observed again, and dragging it warns and skips its extent.
        measured: { width: n.width, height: n.height },
        selected,
        connectable: !n.missing,
        ariaLabel: nodeLabel(n),
      } as LabFlowNode
      nodeCache.set(n, { x: at.x, y: at.y, selected, flow })
      out.push(flow)
    }
    return out
  }, [groups, graphNodes, positions, selection, dragging])

  const edges = useMemo(() => {
    const out: LabFlowEdge[] = []
    for (const e of graphEdges ?? []) {
      if (near && !near.has(e.source) && !near.has(e.target)) continue
      const selected = e.id === selection
      const prev = edgeCache.get(e)
      if (prev && prev.selected === selected) {
        out.push(prev.flow)
        continue
      }
      const flow: LabFlowEdge = {
        id: e.id,
        type: 'lab',
        source: e.source,
        target: e.target,
        sourceHandle: e.sourceHandle ?? handleFor(e),
        targetHandle: e.kind === 'listenerSet' ? 'attach' : 'in',
        data: { edge: e },
        selected,
        selectable: e.kind === 'parentRef' || e.kind === 'backendRef',
        focusable: e.kind === 'parentRef' || e.kind === 'backendRef',
        ariaLabel: edgeLabel(e),
      }
      edgeCache.set(e, { x: 0, y: 0, selected, flow })
      out.push(flow)
    }
    return out
  }, [graphEdges, selection, near])

  return { nodes, edges }
}

/** `HTTPRoute team-a/checkout`; rules name their route: `Rule 2 of HTTPRoute team-a/checkout`. */
export function nodeLabel(n: GraphNode): string {
  if (n.kind === 'rule') {
    const [kind, ns, ...name] = n.objectKey.split('/')
    const index = Number(n.path?.[2] ?? 0) + 1
    return `Rule ${index}${n.name !== `rule ${index}` ? ` (${n.name})` : ''} of ${kind} ${ns}/${name.join('/')}`
  }
  return `${n.objectKind} ${n.namespace ? `${n.namespace}/` : ''}${n.name}`
}

function handleFor(e: GraphEdge): string {
  if (e.kind === 'parentRef') return 'gw'
  if (e.kind === 'listenerSet') return 'sets'
  return 'out'
}

/** `parentRef from shop/web to shop/edge, not accepted: NotAllowedByListeners`. */
export function edgeLabel(e: GraphEdge): string {
  const name = (id: string) => id.split('/').slice(1).join('/').replace(/#(\d+)$/, (_, i) => ` rule ${Number(i) + 1}`)
  const grant = e.crossNamespace ? (e.crossNamespace.grant ? `, allowed by ReferenceGrant ${e.crossNamespace.grant}` : ', no ReferenceGrant') : ''
  const status = e.invalid ? `, ${e.kind === 'parentRef' ? 'not accepted' : 'not resolved'}: ${e.reason ?? ''}` : ''
  if (e.kind === 'parentRef') return `parentRef from ${name(e.target)} to ${name(e.source)}${e.sourceHandle ? ` listener ${e.sourceHandle.slice(2)}` : ''}${status}`
  if (e.kind === 'backendRef') return `backendRef ${name(e.source)} to ${name(e.target)}${e.label ? `, ${e.label}` : ''}${grant}${status}`
  return `${e.kind} ${e.source} to ${e.target}`
}
