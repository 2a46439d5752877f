import { Handle, Position, type Node, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { GraphNode } from '../../../model'
import { toggleRoute, useLabStore } from '../../state'
import { NodeShell } from './NodeShell'
import { useStatusTip } from './StatusTip'

export type RouteFlowNode = Node<{ node: GraphNode }, 'route'>

const TAG: Record<string, string> = { HTTPRoute: 'HTTP', GRPCRoute: 'gRPC', TLSRoute: 'TLS', TCPRoute: 'TCP', UDPRoute: 'UDP' }

/**
 * A route, coloured by kind, with its hostnames, a fold switch for its rules, and a row of status
 * badges (Accepted, ResolvedRefs, PartiallyInvalid) explained on hover and focus.
 */
export const RouteNode = memo(function RouteNode({ data, selected }: NodeProps<RouteFlowNode>) {
  const n = data.node
  const store = useLabStore()
  const tip = useStatusTip()
  const count = n.ruleCount ?? 0
  const fold = (
    <button
      type="button"
      className="fold nodrag"
      aria-expanded={!n.collapsed}
      aria-label={`${n.collapsed ? 'Show' : 'Fold'} the rules of ${n.objectKind} ${n.namespace}/${n.name}`}
      title={`${count} rule${count === 1 ? '' : 's'}: ${n.collapsed ? 'show them' : 'fold them into the route'}`}
      onClick={(e) => {
        e.stopPropagation()
        toggleRoute(store, n.id)
      }}
    >
      {n.collapsed ? '▸' : '▾'} {count}
    </button>
  )
  return (
    <NodeShell node={n} selected={!!selected} tag={TAG[n.objectKind] ?? n.objectKind} className={`route-${n.objectKind}`} actions={fold} badgesAt="foot" tip={tip}>
      <Handle type="target" position={Position.Left} id="in" />
      <Handle type="source" position={Position.Right} id="out" isConnectable={false} />
    </NodeShell>
  )
})
