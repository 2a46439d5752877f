import { useId, type ReactNode } from 'react'
import type { Problem } from '../../model'
import './fields.css'

/** Problems that belong to one field, shown under it. */
export function FieldProblems({ problems, id }: { problems: Problem[]; id?: string }) {
  if (problems.length === 0) return null
  return (
    <ul className="field-problems" id={id}>
      {problems.map((p, i) => (
        <li key={i} className={`sev-${p.severity}`}>
          {p.message}
        </li>
      ))}
    </ul>
  )
}

/** A labelled control with its problems; the label is tied to the control for screen readers. */
export function Field({ label, hint, problems = [], children, wide }: { label: string; hint?: string; problems?: Problem[]; children: (id: string, describedBy?: string) => ReactNode; wide?: boolean }) {
  const id = useId()
  const problemsId = `${id}-problems`
  return (
    <div className={`field${problems.some((p) => p.severity === 'error') ? ' has-error' : ''}${wide ? ' wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id, problems.length ? problemsId : undefined)}
      {hint && <span className="field-hint">{hint}</span>}
      <FieldProblems problems={problems} id={problemsId} />
    </div>
  )
}

/** A titled group of fields. */
export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="form-section">
      <header className="form-section-head">
        <h3>{title}</h3>
        {actions && <div className="form-section-actions">{actions}</div>}
      </header>
      <div className="form-section-body">{children}</div>
    </section>
  )
}

/** A card for one item of a list, with its own remove button. */
export function ItemCard({ title, onRemove, removeLabel, children, disabled }: { title: ReactNode; onRemove?: () => void; removeLabel: string; children: ReactNode; disabled?: boolean }) {
  return (
    <div className="item-card">
      <div className="item-card-head">
        <span className="item-card-title">{title}</span>
        {onRemove && <RemoveButton label={removeLabel} onClick={onRemove} disabled={disabled} />}
      </div>
      <div className="item-card-body">{children}</div>
    </div>
  )
}

export function AddButton({ label, onClick, disabled }: { label: string; onClick: () => void; disabled?: boolean }) {
  return (
    <button type="button" className="add-button" onClick={onClick} disabled={disabled}>
      + {label}
    </button>
  )
}

/** The × that removes one item of a list. */
export function RemoveButton({ label, onClick, disabled }: { label: string; onClick: () => void; disabled?: boolean }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      ×
    </button>
  )
}
