import { Handle, Position, type Node, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { GraphNode } from '../../../model'
import { toggleRoute, useLabStore } from '../../state'
import { NodeShell } from './NodeShell'

export type RouteFlowNode = Node<{ node: GraphNode }, 'route'>

const TAG: Record<string, string> = { HTTPRoute: 'HTTP', GRPCRoute: 'gRPC', TLSRoute: 'TLS', TCPRoute: 'TCP', UDPRoute: 'UDP' }

/** A route, coloured by kind, with its hostnames and a fold switch for its rules. */
export const RouteNode = memo(function RouteNode({ data, selected }: NodeProps<RouteFlowNode>) {
  const n = data.node
  const store = useLabStore()
  const count = n.ruleCount ?? 0
  return (
    <NodeShell node={n} selected={!!selected} tag={TAG[n.objectKind] ?? n.objectKind} className={`route-${n.objectKind}`}>
      <Handle type="target" position={Position.Left} id="in" />
      <div className="route-foot">
        <span className="route-kind">{n.objectKind}</span>
        <button
          type="button"
          className="fold nodrag"
          aria-expanded={!n.collapsed}
          aria-label={`${n.collapsed ? 'Show' : 'Fold'} the rules of ${n.objectKind} ${n.namespace}/${n.name}`}
          onClick={(e) => {
            e.stopPropagation()
            toggleRoute(store, n.id)
          }}
        >
          {n.collapsed ? '▸' : '▾'} {count} rule{count === 1 ? '' : 's'}
        </button>
      </div>
      <Handle type="source" position={Position.Right} id="out" isConnectable={false} />
    </NodeShell>
  )
})
