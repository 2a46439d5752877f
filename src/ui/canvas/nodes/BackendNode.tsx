import { Handle, Position, type Node, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { GraphNode } from '../../../model'
import { NodeShell } from './NodeShell'

export type BackendFlowNode = Node<{ node: GraphNode }, 'backend'>

/** A backend (usually a Service) with its namespace and port; dashed when not declared. */
export const BackendNode = memo(function BackendNode({ data, selected }: NodeProps<BackendFlowNode>) {
  const n = data.node
  return (
    <NodeShell node={n} selected={!!selected} tag={n.objectKind === 'Service' ? 'Service' : n.objectKind}>
      <Handle type="target" position={Position.Left} id="in" />
      <div className="backend-ns">ns {n.namespace}</div>
    </NodeShell>
  )
})
