import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react'
import './split.css'

/**
 * Two panes and a separator between them, resizable by dragging or with the arrow keys (the ARIA
 * window-splitter pattern). Small on purpose: a panel library cost a sixth of the first-paint
 * budget for what is, here, three splits.
 */
export function Split({
  direction,
  initial,
  min = [120, 120],
  label,
  first,
  second,
  className,
}: {
  /** `row`: side by side; `column`: one above the other. */
  direction: 'row' | 'column'
  /** The first pane's share, in percent. */
  initial: number
  /** Smallest sizes of the two panes, in pixels. */
  min?: [number, number]
  label: string
  first: ReactNode
  second: ReactNode
  className?: string
}) {
  const [size, setSize] = useState(initial)
  const box = useRef<HTMLDivElement>(null)
  const clamp = (pct: number) => {
    const total = (direction === 'row' ? box.current?.clientWidth : box.current?.clientHeight) ?? 1000
    const lo = (min[0] / total) * 100
    const hi = 100 - (min[1] / total) * 100
    return Math.max(lo, Math.min(hi, pct))
  }
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId)
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId) || !box.current) return
    const r = box.current.getBoundingClientRect()
    setSize(clamp(direction === 'row' ? ((e.clientX - r.left) / r.width) * 100 : ((e.clientY - r.top) / r.height) * 100))
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 10 : 2
    const delta = { ArrowLeft: -step, ArrowUp: -step, ArrowRight: step, ArrowDown: step, Home: -100, End: 100 }[e.key]
    if (delta === undefined) return
    e.preventDefault()
    setSize((s) => clamp(s + delta))
  }
  return (
    <div ref={box} className={`split split-${direction}${className ? ` ${className}` : ''}`} style={{ ['--split' as string]: `${size}%` }}>
      <div className="split-pane split-first">{first}</div>
      <div
        className="split-separator"
        role="separator"
        aria-label={label}
        aria-orientation={direction === 'row' ? 'vertical' : 'horizontal'}
        aria-valuenow={Math.round(size)}
        aria-valuemin={0}
        aria-valuemax={100}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane split-second">{second}</div>
    </div>
  )
}
