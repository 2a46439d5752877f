import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import './controls.css'

export interface MenuItem {
  id: string
  label: string
  hint?: string
  disabled?: boolean
  /** A heading row that groups the items after it. */
  section?: string
}

/**
 * A button that opens a list of actions, with the ARIA menu pattern: arrow keys move, Enter picks,
 * Escape closes and gives focus back to the button.
 */
export function Menu({ label, icon, items, onPick, className }: { label: string; icon?: ReactNode; items: MenuItem[]; onPick: (id: string) => void; className?: string }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  const list = useRef<HTMLDivElement>(null)
  const focusItem = (delta: number) => {
    const all = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not([disabled])') ?? [])]
    const at = all.indexOf(document.activeElement as HTMLButtonElement)
    all[(at + delta + all.length) % all.length]?.focus()
  }
  useEffect(() => {
    if (!open) return
    list.current?.querySelector<HTMLButtonElement>('[role=menuitem]:not([disabled])')?.focus()
    const close = (e: MouseEvent) => {
      if (!list.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])
  return (
    <div className={`menu ${className ?? ''}`}>
      <button ref={button} type="button" className="tool-button" aria-haspopup="menu" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {icon}
        {label}
        <span className="caret" aria-hidden>
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={list}
          id={id}
          role="menu"
          aria-label={label}
          className="menu-list"
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') focusItem(1)
            else if (e.key === 'ArrowUp') focusItem(-1)
            else if (e.key === 'Escape') {
              setOpen(false)
              button.current?.focus()
            } else return
            e.preventDefault()
          }}
        >
          {items.map((item) =>
            item.section ? (
              <div key={item.id} className="menu-section" role="presentation">
                {item.section}
              </div>
            ) : (
              <button
                key={item.id}
                type="button"
                role="menuitem"
                disabled={item.disabled}
                className="menu-item"
                onClick={() => {
                  setOpen(false)
                  button.current?.focus()
                  onPick(item.id)
                }}
              >
                <span>{item.label}</span>
                {item.hint && <span className="menu-hint">{item.hint}</span>}
              </button>
            ),
          )}
        </div>
      )}
    </div>
  )
}

/** A button that opens a list of checkboxes (filters). */
export function ChecklistPopover({
  label,
  options,
  chosen,
  onChange,
}: {
  label: string
  options: string[]
  /** Undefined means every option. */
  chosen: string[] | undefined
  onChange: (next: string[] | undefined) => void
}) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const close = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])
  const active = chosen !== undefined && chosen.length < options.length
  const toggle = (o: string) => {
    const current = new Set(chosen ?? options)
    if (current.has(o)) current.delete(o)
    else current.add(o)
    onChange(current.size === options.length ? undefined : options.filter((x) => current.has(x)))
  }
  return (
    <div className="menu" ref={box}>
      <button type="button" className={`tool-button${active ? ' active' : ''}`} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {label}
        {active ? ` · ${chosen?.length}` : ''}
        <span className="caret" aria-hidden>
          ▾
        </span>
      </button>
      {open && (
        <fieldset id={id} className="menu-list checklist" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <legend className="menu-section">{label}</legend>
          {options.map((o) => (
            <label key={o} className="check">
              <input type="checkbox" checked={(chosen ?? options).includes(o)} onChange={() => toggle(o)} />
              {o || '(cluster)'}
            </label>
          ))}
          <button type="button" className="link-button" onClick={() => onChange(undefined)}>
            Show all
          </button>
        </fieldset>
      )}
    </div>
  )
}
