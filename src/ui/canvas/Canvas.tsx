import { Background, Controls, MiniMap, ReactFlow, type Edge } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useMemo } from 'react'
import { select, useLab, useLabStore } from '../state'
import { LabNode, type LabFlowNode } from './LabNode'

const nodeTypes = { lab: LabNode }

const MINIMAP_COLORS: Record<string, string> = {
  gateway: '#6b4fd8',
  listenerset: '#6b4fd8',
  listener: '#8a6de9',
  route: '#2f6fde',
  rule: '#3d8fb0',
  backend: '#1f8a4c',
}
const minimapColor = (n: LabFlowNode) => MINIMAP_COLORS[n.data.node.kind] ?? '#888'

/** The Gateway → listener → route → rule → backend graph, drawn from the last good analysis. */
export function Canvas() {
  const store = useLabStore()
  const graph = useLab((s) => s.lastGood?.graph)
  const stale = useLab((s) => s.analysis !== undefined && s.analysis !== s.lastGood)
  const selection = useLab((s) => s.selection)

  const nodes = useMemo<LabFlowNode[]>(
    () =>
      (graph?.nodes ?? []).map((n) => ({
        id: n.id,
        type: 'lab',
        position: { x: n.x, y: n.y },
        data: { node: n },
        selected: n.id === selection,
      })),
    [graph, selection],
  )
  const edges = useMemo<Edge[]>(
    () =>
      (graph?.edges ?? []).map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        label: e.label,
        className: `edge-${e.kind}${e.invalid ? ' invalid' : ''}`,
      })),
    [graph],
  )

  return (
    <div className={`canvas${stale ? ' stale' : ''}`} data-testid="canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodeClick={(_, n) => select(store, n.id)}
        onPaneClick={() => select(store, undefined)}
        fitView
        minZoom={0.1}
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} />
        <Controls />
      </ReactFlow>
    </div>
  )
}
