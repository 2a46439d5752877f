import type { ReactNode } from 'react'
import { showPanel } from './guide-state'
import './dock.css'

/** The side panel's title row, with a close button. */
export function DockHead({ title, id, children }: { title: string; id: string; children?: ReactNode }) {
  return (
    <header className="dock-head">
      <h2 id={id}>{title}</h2>
      {children}
      <button className="dock-close" onClick={() => showPanel(undefined)} aria-label={`Close ${title}`} title="Close">
        ×
      </button>
    </header>
  )
}
