import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'

export type LaneFlowNode = Node<{ namespace: string; width: number; height: number }, 'lane'>

/** A namespace lane behind its nodes. */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<LaneFlowNode>) {
  return (
    <div className="lane" style={{ width: data.width, height: data.height }}>
      <span className="lane-label">
        <span className="lane-kind">namespace</span> {data.namespace}
      </span>
    </div>
  )
})
