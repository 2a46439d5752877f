import { useCallback, useRef, type ReactNode } from 'react'
import type { GraphBadge, GraphNode } from '../../../model'
import { useLab } from '../../state'
import { nodeLabel } from '../use-flow-elements'
import { StatusTip, useFocusTip, type StatusTipState, type Tip } from './StatusTip'

/** Does the canvas search match this node? Per-node selector: typing a search re-renders only nodes whose answer changes. */
export function useSearchState(node: GraphNode): 'match' | 'dim' | 'none' {
  return useLab((s) => {
    const q = s.search.trim().toLowerCase()
    if (!q) return 'none'
    const hit = node.name.toLowerCase().includes(q) || node.ports?.some((p) => p.name.toLowerCase().includes(q))
    return hit ? 'match' : 'dim'
  })
}

/**
 * Status badges: short labels coloured by tone, each with a mark that does not rely on colour.
 * Pointing at them opens the node's status card (`tip`), which says what each one means.
 */
export function Badges({ badges, tip, about }: { badges: GraphBadge[] | undefined; tip?: { open(): void; close(): void }; about?: string }) {
  if (!badges?.length) return null
  return (
    <span className="badges" aria-label={about} onMouseEnter={tip?.open} onMouseLeave={tip?.close}>
      {badges.map((b, i) => (
        <span key={i} className={`badge tone-${b.tone}${/^\d+$/.test(b.label) ? ' count' : ''}`} data-tone={b.tone}>
          {b.label}
        </span>
      ))}
    </span>
  )
}

/**
 * The card every node draws: a coloured kind tag, the name, optional detail, and its body.
 * Status badges sit in the head, or (routes) in a row of their own at the foot.
 */
export function NodeShell({
  node,
  selected,
  tag,
  className,
  children,
  actions,
  badgesAt = 'head',
  tip,
}: {
  node: GraphNode
  selected: boolean
  tag: string
  className?: string
  children?: ReactNode
  actions?: ReactNode
  badgesAt?: 'head' | 'detail' | 'foot'
  /** The node's status card; nodes with badges pass theirs so their ports can open it too. */
  tip?: StatusTipState
}) {
  const search = useSearchState(node)
  const root = useRef<HTMLDivElement>(null)
  const nodeTip = useCallback((): Tip | undefined => (node.badges?.length ? { heading: `${nodeLabel(node)}: status`, badges: node.badges, for: 'node' } : undefined), [node])
  const noop = useCallback(() => undefined, [])
  const none = useCallback((): Tip | undefined => undefined, [])
  useFocusTip(root, tip ? nodeTip : none, tip?.show ?? noop, tip?.hide ?? noop, tip?.id ?? '')
  const hover = tip && { open: () => { const t = nodeTip(); if (t) tip.show(t) }, close: () => tip.hide('node') }
  const badges = <Badges badges={node.badges} tip={hover} about={`Status of ${nodeLabel(node)}`} />
  return (
    <div
      ref={root}
      className={`lab-node kind-${node.kind} ok-${node.objectKind}${node.missing ? ' missing' : ''}${node.context ? ' context' : ''}${selected ? ' selected' : ''} search-${search}${className ? ` ${className}` : ''}`}
      style={{ width: node.width, height: node.height }}
      data-node-id={node.id}
    >
      <div className="lab-node-head">
        <span className="kind-tag">{tag}</span>
        <span className="lab-node-name" title={`${node.objectKind} ${node.namespace}/${node.name}`}>
          {node.label}
        </span>
        {badgesAt === 'head' && badges}
        {actions}
      </div>
      {badgesAt === 'detail' ? (
        <div className="lab-node-detail with-badges">
          <span className="detail-text">{node.detail}</span>
          {badges}
        </div>
      ) : (
        node.detail !== undefined && <div className="lab-node-detail">{node.detail}</div>
      )}
      {children}
      {badgesAt === 'foot' && <div className="status-row">{badges}</div>}
      {tip && <StatusTip tip={tip.tip} id={tip.id} />}
    </div>
  )
}
