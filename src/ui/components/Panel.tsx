import { useId, useState, type ReactNode } from 'react'

export interface PanelTab {
  id: string
  title: ReactNode
  content: ReactNode
}

/**
 * Tabbed panel with the ARIA tabs pattern, so every tab is reachable from the keyboard. `active`
 * and `onSelect` let the workspace remember the open tab (layout is saved with it). Only the
 * open tab's content is mounted: a hidden status list of a thousand routes must not re-render
 * on every keystroke.
 */
export function TabbedPanel({ tabs, label, active: chosen, onSelect }: { tabs: PanelTab[]; label: string; active?: string; onSelect?: (id: string) => void }) {
  const [own, setOwn] = useState(tabs[0]?.id)
  const active = chosen !== undefined && tabs.some((t) => t.id === chosen) ? chosen : own
  const setActive = (id: string) => {
    setOwn(id)
    onSelect?.(id)
  }
  const base = useId()
  return (
    <section className="panel" aria-label={label}>
      <div role="tablist" className="panel-tabs">
        {tabs.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`${base}-${t.id}-tab`}
            aria-selected={active === t.id}
            aria-controls={`${base}-${t.id}`}
            className={active === t.id ? 'active' : ''}
            onClick={() => setActive(t.id)}
          >
            {t.title}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div key={t.id} role="tabpanel" id={`${base}-${t.id}`} aria-labelledby={`${base}-${t.id}-tab`} hidden={active !== t.id} className="panel-body">
          {active === t.id && t.content}
        </div>
      ))}
    </section>
  )
}
