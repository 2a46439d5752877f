import {
  Background,
  Controls,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { GraphNode } from '../../model'
import { canConnect } from '../designer/connect'
import { moveNode, select, textBroken, useLab, useLabStore } from '../state'
import { CanvasToolbar } from './CanvasToolbar'
import { connect, deleteSelection, preloadCanvasActions } from './lazy-canvas-actions'
import { LabEdge } from './LabEdge'
import { BackendNode } from './nodes/BackendNode'
import { GatewayNode } from './nodes/GatewayNode'
import { LaneNode } from './nodes/LaneNode'
import { RouteNode } from './nodes/RouteNode'
import { RuleNode } from './nodes/RuleNode'
import { useFlowElements, type LabFlowNode } from './use-flow-elements'
import './canvas.css'
import './nodes.css'

// The minimap paints after the graph, so its code need not be in the first paint.
const CanvasMinimap = lazy(() => import('./CanvasMinimap').then((m) => ({ default: m.CanvasMinimap })))

// Declared once, outside the component: React Flow re-mounts every node when these change.
const nodeTypes = { gateway: GatewayNode, listenerset: GatewayNode, route: RouteNode, rule: RuleNode, backend: BackendNode, lane: LaneNode }
const edgeTypes = { lab: LabEdge }

/** Above this many nodes only those in view are mounted (performance.md §4.2). */
const VISIBLE_ONLY_ABOVE = 200
/**
 * Above this many edges, only edges with an end near the view are drawn. React Flow draws every
 * edge whose bounding box crosses the view, and in a large workspace the long edges from a few
 * Gateways to hundreds of routes all do: painting them on every pan frame is what makes panning
 * slow. The set is recomputed shortly after the view stops moving.
 */
const CULL_EDGES_ABOVE = 600
const CULL_DELAY_MS = 120

declare global {
  interface Window {
    /** The canvas viewport, for the UI benchmarks. */
    routelabCanvas?: {
      setViewport(x: number, y: number, zoom: number): void
      getViewport(): { x: number; y: number; zoom: number }
      nodeCount(): number
      frame(id: string): boolean
    }
  }
}

/** The Gateway → route → rule → backend graph, drawn from the last analysis that parsed. */
export function Canvas() {
  const store = useLabStore()
  const graph = useLab((s) => s.lastGood?.graph)
  const stale = useLab(textBroken)
  const selection = useLab((s) => s.selection)
  const positions = useLab((s) => s.positions)
  const [dragging, setDragging] = useState<Record<string, { x: number; y: number }>>({})
  const [viewBox, setViewBox] = useState<ViewBox | undefined>(undefined)
  const near = useMemo(() => (graph && graph.edges.length > CULL_EDGES_ABOVE && viewBox ? nodesNear(graph.nodes, positions, viewBox) : undefined), [graph, positions, viewBox])
  const { nodes, edges } = useFlowElements(graph, positions, selection, dragging, near)
  const flow = useRef<ReactFlowInstance<LabFlowNode> | null>(null)
  const box = useRef<HTMLDivElement>(null)
  const fitted = useRef(false)
  // React Flow hands over its instance after the first render; the first fit waits for it, since
  // the graph is often there before it (the canvas loads beside the engine).
  const [flowReady, setFlowReady] = useState(false)
  const cullTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const measureView = useCallback(() => {
    if (cullTimer.current) clearTimeout(cullTimer.current)
    cullTimer.current = setTimeout(() => {
      const f = flow.current
      const el = box.current
      if (!f || !el) return
      const { x, y, zoom } = f.getViewport()
      setViewBox({ x: -x / zoom, y: -y / zoom, width: el.clientWidth / zoom, height: el.clientHeight / zoom })
    }, CULL_DELAY_MS)
  }, [])
  useEffect(() => () => clearTimeout(cullTimer.current), [])

  // The first graph is framed once: its top-left corner at a readable zoom, however large it is.
  useEffect(() => {
    if (fitted.current || !graph || graph.nodes.length === 0 || !flowReady || !flow.current) return
    fitted.current = true
    const first = graph.nodes.filter((n) => n.y < 900).map((n) => ({ id: n.id }))
    requestAnimationFrame(() => void flow.current?.fitView({ nodes: first, maxZoom: 1, minZoom: 0.5, padding: 0.08 }).then(measureView))
  }, [graph, flowReady, measureView])

  const onNodesChange = useCallback(
    (changes: NodeChange<LabFlowNode>[]) => {
      for (const c of changes) {
        if (c.type === 'position' && c.position) {
          const at = c.position
          if (c.dragging) setDragging((d) => ({ ...d, [c.id]: at }))
          else moveNode(store, c.id, at)
        } else if (c.type === 'select' && c.selected) select(store, c.id)
      }
    },
    [store],
  )
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      for (const c of changes) if (c.type === 'select' && c.selected) select(store, c.id)
    },
    [store],
  )
  const onNodeDragStop = useCallback(
    (_: unknown, node: LabFlowNode) => {
      moveNode(store, node.id, node.position)
      setDragging((d) => {
        const { [node.id]: _gone, ...rest } = d
        return rest
      })
    },
    [store],
  )
  // Fetch the designer's edit code once the page is idle, so the first drag or Delete does not wait for it.
  useEffect(() => {
    const id = setTimeout(preloadCanvasActions, 1500)
    return () => clearTimeout(id)
  }, [])
  const onConnect = useCallback((c: Connection) => void connect(store, c), [store])
  const isValidConnection = useCallback((c: Connection | { source: string; target: string; sourceHandle?: string | null }) => canConnect(store.getState().lastGood, c), [store])
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement
    if (target.closest('input, textarea, select, [contenteditable]')) return
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault()
      void deleteSelection(store)
    } else if (e.key === 'Escape') select(store, undefined)
  }

  return (
    <div className={`canvas${stale ? ' stale' : ''}`} data-testid="canvas" onKeyDown={onKeyDown} ref={box}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onPaneClick={() => select(store, undefined)}
        onConnect={onConnect}
        onMoveEnd={measureView}
        isValidConnection={isValidConnection}
        onInit={(i) => {
          flow.current = i
          setFlowReady(true)
          window.routelabCanvas = {
            setViewport: (x, y, zoom) => void i.setViewport({ x, y, zoom }),
            getViewport: () => i.getViewport(),
            nodeCount: () => i.getNodes().length,
            // Only nodes React Flow already holds: fitting an unknown node would give a NaN viewport.
            frame: (id) => {
              if (!i.getNode(id)) return false
              void i.fitView({ nodes: [{ id }], maxZoom: 1, minZoom: 1, padding: 0.4 })
              return true
            },
          }
        }}
        nodesConnectable={!stale}
        deleteKeyCode={null}
        multiSelectionKeyCode={null}
        selectionKeyCode={null}
        onlyRenderVisibleElements={nodes.length > VISIBLE_ONLY_ABOVE}
        minZoom={0.05}
        maxZoom={2}
        // React Flow's credit stays visible (its authors ask so of unsubscribed users), clear of the minimap.
        attributionPosition="top-right"
        colorMode="system"
        aria-label="Route graph"
      >
        <Background gap={24} size={1} />
        <Suspense fallback={null}>
          <CanvasMinimap graph={graph} positions={positions} />
        </Suspense>
        <Controls showInteractive={false} aria-label="Zoom" />
        <CanvasToolbar />
      </ReactFlow>
    </div>
  )
}

interface ViewBox {
  x: number
  y: number
  width: number
  height: number
}

/** Ids of the nodes within one view's size of the view box, in every direction. */
function nodesNear(nodes: readonly GraphNode[], positions: Record<string, { x: number; y: number }>, v: ViewBox): Set<string> {
  const x0 = v.x - v.width
  const x1 = v.x + 2 * v.width
  const y0 = v.y - v.height
  const y1 = v.y + 2 * v.height
  const out = new Set<string>()
  for (const n of nodes) {
    const at = positions[n.id] ?? n
    if (at.x + n.width >= x0 && at.x <= x1 && at.y + n.height >= y0 && at.y <= y1) out.add(n.id)
  }
  return out
}
