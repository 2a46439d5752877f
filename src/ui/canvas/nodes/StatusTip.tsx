import { NodeToolbar, Position } from '@xyflow/react'
import { useCallback, useEffect, useId, useState, type RefObject } from 'react'
import type { GraphBadge } from '../../../model'

export interface Tip {
  heading: string
  badges: GraphBadge[]
  /** What the tip is about: the node, or one listener port. */
  for: string
}

/**
 * The status card of one node: which badges it explains, shown while the pointer is on them or
 * the node (or a port) has the keyboard focus. State is local to the node, so showing a tip
 * re-renders that node only.
 */
export interface StatusTipState {
  tip: Tip | undefined
  id: string
  show(t: Tip): void
  hide(about?: string): void
}

export function useStatusTip(): StatusTipState {
  const [tip, setTip] = useState<Tip | undefined>(undefined)
  const id = useId()
  const show = useCallback((t: Tip) => setTip(t), [])
  // Hiding names what it hides, so leaving a port does not hide a tip another port just opened.
  const hide = useCallback((about?: string) => setTip((t) => (about === undefined || t?.for === about ? undefined : t)), [])
  return { tip, id, show, hide }
}

/**
 * Shows `tip` while React Flow's node wrapper (the parent of `inner`) has the keyboard focus.
 * Focus from a mouse click does not count: the inspector already explains a clicked node.
 */
export function useFocusTip(inner: RefObject<HTMLElement | null>, make: () => Tip | undefined, show: (t: Tip) => void, hide: (about?: string) => void, tipId: string): void {
  useEffect(() => {
    const wrapper = inner.current?.closest<HTMLElement>('.react-flow__node')
    if (!wrapper || !tipId) return
    // React Flow describes its nodes (keyboard help); the tip is added to that while shown.
    let shown = false
    let before: string | null = null
    const onFocus = (e: FocusEvent) => {
      const t = e.target === wrapper && wrapper.matches(':focus-visible') ? make() : undefined
      if (!t) return
      show(t)
      shown = true
      before = wrapper.getAttribute('aria-describedby')
      wrapper.setAttribute('aria-describedby', before ? `${before} ${tipId}` : tipId)
    }
    const onBlur = (e: FocusEvent) => {
      if (e.target !== wrapper || !shown) return
      hide('node')
      shown = false
      if (before === null) wrapper.removeAttribute('aria-describedby')
      else wrapper.setAttribute('aria-describedby', before)
    }
    wrapper.addEventListener('focus', onFocus)
    wrapper.addEventListener('blur', onBlur)
    return () => {
      wrapper.removeEventListener('focus', onFocus)
      wrapper.removeEventListener('blur', onBlur)
    }
  }, [inner, make, show, hide, tipId])
}

/** The card itself, drawn above the node at screen size (NodeToolbar does not scale with zoom). */
export function StatusTip({ tip, id }: { tip: Tip | undefined; id: string }) {
  if (!tip) return null
  return (
    <NodeToolbar isVisible position={Position.Top} align="start" offset={8}>
      <div className="status-tip" role="tooltip" id={id}>
        <div className="status-tip-head">{tip.heading}</div>
        {tip.badges.map((b, i) => (
          <div key={i} className="status-tip-row">
            <span className={`badge tone-${b.tone}`}>{b.label}</span>
            <div className="status-tip-lines">
              {(b.title ?? '').split('\n').map((l, j) => (
                <p key={j}>{l}</p>
              ))}
            </div>
          </div>
        ))}
      </div>
    </NodeToolbar>
  )
}
