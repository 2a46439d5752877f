import { Handle, Position, type Node, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { GraphNode } from '../../model'

export type LabFlowNode = Node<{ node: GraphNode }, 'lab'>

const KIND_LABEL: Record<GraphNode['kind'], string> = {
  gateway: 'Gateway',
  listenerset: 'ListenerSet',
  route: 'Route',
  rule: 'Rule',
  backend: 'Backend',
}

/** One graph node: kind, name and a detail line. Memoised: a re-layout does not re-render it. */
export const LabNode = memo(function LabNode({ data, selected }: NodeProps<LabFlowNode>) {
  const n = data.node
  const kind = n.kind === 'route' || n.kind === 'backend' ? n.objectKind : KIND_LABEL[n.kind]
  return (
    <div
      className={`lab-node kind-${n.kind}${n.missing ? ' missing' : ''}${selected ? ' selected' : ''}`}
      aria-label={`${n.objectKind} ${n.namespace ? `${n.namespace}/` : ''}${n.name}`}
      data-node-id={n.id}
    >
      {n.column > 0 && <Handle type="target" position={Position.Left} />}
      <div className="lab-node-kind">{kind}</div>
      <div className="lab-node-name">{n.label}</div>
      {n.detail && <div className="lab-node-detail">{n.detail}</div>}
      {n.column < 4 && <Handle type="source" position={Position.Right} />}
    </div>
  )
})
