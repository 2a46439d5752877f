import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { canConnect } from '../designer/connect'
import { moveNode, select, useLab, useLabStore } from '../state'
import { CanvasToolbar } from './CanvasToolbar'
import { connect, deleteSelection } from './canvas-actions'
import { LabEdge } from './LabEdge'
import { BackendNode } from './nodes/BackendNode'
import { GatewayNode } from './nodes/GatewayNode'
import { LaneNode } from './nodes/LaneNode'
import { RouteNode } from './nodes/RouteNode'
import { RuleNode } from './nodes/RuleNode'
import { useFlowElements, type LabFlowNode } from './use-flow-elements'
import './canvas.css'
import './nodes.css'

// Declared once, outside the component: React Flow re-mounts every node when these change.
const nodeTypes = { gateway: GatewayNode, listenerset: GatewayNode, route: RouteNode, rule: RuleNode, backend: BackendNode, lane: LaneNode }
const edgeTypes = { lab: LabEdge }

const MINIMAP_COLORS: Record<string, string> = {
  gateway: 'var(--c-gateway)',
  listenerset: 'var(--c-gateway)',
  route: 'var(--c-route)',
  rule: 'var(--c-rule)',
  backend: 'var(--c-backend)',
  lane: 'transparent',
}
const minimapColor = (n: LabFlowNode) => MINIMAP_COLORS[n.type ?? ''] ?? '#888'

/** Above this many nodes only those in view are mounted (performance.md §4.2). */
const VISIBLE_ONLY_ABOVE = 200

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
  const stale = useLab((s) => s.analysis !== undefined && s.analysis !== s.lastGood)
  const selection = useLab((s) => s.selection)
  const positions = useLab((s) => s.positions)
  const [dragging, setDragging] = useState<Record<string, { x: number; y: number }>>({})
  const { nodes, edges } = useFlowElements(graph, positions, selection, dragging)
  const flow = useRef<ReactFlowInstance<LabFlowNode> | null>(null)
  const fitted = useRef(false)

  // The first graph is framed once: its top-left corner at a readable zoom, however large it is.
  useEffect(() => {
    if (fitted.current || !graph || graph.nodes.length === 0 || !flow.current) return
    fitted.current = true
    const first = graph.nodes.filter((n) => n.y < 900).map((n) => ({ id: n.id }))
    requestAnimationFrame(() => void flow.current?.fitView({ nodes: first, maxZoom: 1, minZoom: 0.5, padding: 0.08 }))
  }, [graph])

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
    <div className={`canvas${stale ? ' stale' : ''}`} data-testid="canvas" onKeyDown={onKeyDown}>
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
        isValidConnection={isValidConnection}
        onInit={(i) => {
          flow.current = i
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
        proOptions={{ hideAttribution: true }}
        colorMode="system"
        aria-label="Route graph"
      >
        <Background gap={24} size={1} />
        <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} ariaLabel="Overview of the graph" style={{ width: 168, height: 108 }} />
        <Controls showInteractive={false} aria-label="Zoom" />
        <CanvasToolbar />
      </ReactFlow>
    </div>
  )
}
