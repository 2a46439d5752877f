import { Handle, Position, type Node, type NodeProps } from '@xyflow/react'
import { memo, type KeyboardEvent, type MouseEvent } from 'react'
import type { GraphNode, GraphPort } from '../../../model'
import { listenerId } from '../../designer/lookup'
import { select, useLab, useLabStore } from '../../state'
import { Badges, NodeShell } from './NodeShell'
import { useStatusTip, type Tip } from './StatusTip'

export type GatewayFlowNode = Node<{ node: GraphNode }, 'gateway'>

/**
 * A Gateway or ListenerSet with its listeners as ports: protocol, port and hostname on each row,
 * and a handle per listener that parentRef edges leave from (and routes can be dragged onto).
 * The head carries the object's status; each port its attachedRoutes count and the first
 * condition that is not healthy, explained on hover and when the port has the focus.
 */
export const GatewayNode = memo(function GatewayNode({ data, selected }: NodeProps<GatewayFlowNode>) {
  const n = data.node
  const store = useLabStore()
  const tip = useStatusTip()
  const selectedPort = useLab((s) => (s.selection?.startsWith(`ls:${n.objectKey}#`) ? s.selection.slice(n.objectKey.length + 4) : undefined))
  const pick = (name: string) => (e: MouseEvent | KeyboardEvent) => {
    if ('key' in e && e.key !== 'Enter' && e.key !== ' ') return
    e.stopPropagation()
    e.preventDefault()
    select(store, listenerId(n.objectKey, name))
  }
  const portTip = (p: GraphPort): Tip | undefined => (p.badges?.length ? { heading: `Listener ${p.name} of ${n.objectKind} ${n.namespace}/${n.name}`, badges: p.badges, for: p.id } : undefined)
  const open = (p: GraphPort) => () => {
    const t = portTip(p)
    if (t) tip.show(t)
  }
  return (
    <NodeShell node={n} selected={!!selected} tag={n.kind === 'gateway' ? 'Gateway' : 'ListenerSet'} tip={tip} badgesAt="detail">
      {n.kind === 'listenerset' && <Handle type="target" position={Position.Top} id="attach" className="handle-attach" isConnectable={false} />}
      <Handle type="source" position={Position.Right} id="gw" className="handle-gateway" />
      <ul className="ports">
        {(n.ports ?? []).map((p) => (
          <li
            key={p.id}
            className={`port${selectedPort === p.name ? ' selected' : ''}${p.badges?.some((b) => b.tone === 'error') ? ' port-error' : ''}`}
            aria-label={`Listener ${n.namespace}/${p.name}`}
            aria-describedby={tip.tip?.for === p.id ? tip.id : undefined}
            role="button"
            tabIndex={0}
            onClick={pick(p.name)}
            onKeyDown={pick(p.name)}
            onFocus={(e) => e.currentTarget.matches(':focus-visible') && open(p)()}
            onBlur={() => tip.hide(p.id)}
          >
            <span className={`proto proto-${p.protocol}`}>{p.protocol}</span>
            <span className="port-name">{p.name}</span>
            <span className="port-num">:{p.port}</span>
            <span className="port-host">{p.hostname ?? '*'}</span>
            <Badges badges={p.badges} tip={{ open: open(p), close: () => tip.hide(p.id) }} about={`Status of listener ${p.name}`} />
            <Handle type="source" position={Position.Right} id={p.id} className="handle-port" />
          </li>
        ))}
      </ul>
      {n.kind === 'gateway' && <Handle type="source" position={Position.Bottom} id="sets" className="handle-attach" isConnectable={false} />}
    </NodeShell>
  )
})
