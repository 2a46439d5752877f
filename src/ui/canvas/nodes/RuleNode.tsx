import { Handle, Position, type Node, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { GraphNode } from '../../../model'
import { NodeShell } from './NodeShell'

export type RuleFlowNode = Node<{ node: GraphNode }, 'rule'>

/** A rule: one compact line per match, then its filters and timeouts as chips. */
export const RuleNode = memo(function RuleNode({ data, selected }: NodeProps<RuleFlowNode>) {
  const n = data.node
  return (
    <NodeShell node={n} selected={!!selected} tag="Rule">
      <Handle type="target" position={Position.Left} id="in" isConnectable={false} />
      <ul className="match-lines" aria-label="Matches">
        {(n.lines ?? []).map((l, i) => (
          <li key={i} className="match-line">
            {l}
          </li>
        ))}
      </ul>
      {n.chips && n.chips.length > 0 && (
        <div className="chips">
          {n.chips.map((c, i) => (
            <span key={i} className={`chip chip-${c.kind}`} title={c.title}>
              {c.label}
            </span>
          ))}
        </div>
      )}
      <Handle type="source" position={Position.Right} id="out" />
    </NodeShell>
  )
})
