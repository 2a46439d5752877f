import type { ReactNode } from 'react'
import type { GraphBadge, GraphNode } from '../../../model'
import { useLab } from '../../state'
import { useNodePath } from '../path-highlight'

/** Does the canvas search match this node? Per-node selector: typing a search re-renders only nodes whose answer changes. */
export function useSearchState(node: GraphNode): 'match' | 'dim' | 'none' {
  return useLab((s) => {
    const q = s.search.trim().toLowerCase()
    if (!q) return 'none'
    const hit = node.name.toLowerCase().includes(q) || node.ports?.some((p) => p.name.toLowerCase().includes(q))
    return hit ? 'match' : 'dim'
  })
}

export function Badges({ badges }: { badges: GraphBadge[] | undefined }) {
  if (!badges?.length) return null
  return (
    <span className="badges">
      {badges.map((b, i) => (
        <span key={i} className={`badge tone-${b.tone}`} title={b.title}>
          {b.label}
        </span>
      ))}
    </span>
  )
}

/** The card every node draws: a coloured kind tag, the name, optional detail, and its body. */
export function NodeShell({
  node,
  selected,
  tag,
  className,
  children,
  actions,
}: {
  node: GraphNode
  selected: boolean
  tag: string
  className?: string
  children?: ReactNode
  actions?: ReactNode
}) {
  const search = useSearchState(node)
  const path = useNodePath(node.id)
  return (
    <div
      className={`lab-node kind-${node.kind} ok-${node.objectKind}${node.missing ? ' missing' : ''}${node.context ? ' context' : ''}${selected ? ' selected' : ''} search-${search} path-${path}${className ? ` ${className}` : ''}`}
      style={{ width: node.width, height: node.height }}
      data-node-id={node.id}
    >
      <div className="lab-node-head">
        <span className="kind-tag">{tag}</span>
        <span className="lab-node-name" title={`${node.objectKind} ${node.namespace}/${node.name}`}>
          {node.label}
        </span>
        <Badges badges={node.badges} />
        {actions}
      </div>
      {node.detail !== undefined && <div className="lab-node-detail">{node.detail}</div>}
      {children}
    </div>
  )
}
