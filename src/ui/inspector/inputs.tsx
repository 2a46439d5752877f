import type { FieldPath } from '../../model'
import { Field } from '../components/fields'
import { useDraft, useField } from './form-context'

/**
 * Form controls bound to a field of the selected object. Each change is a visual edit: the engine
 * writes it into the YAML as you type, and problems appear under the field.
 */

export function TextInput({ label, path, placeholder, hint, optional = true, mono }: { label: string; path: FieldPath; placeholder?: string; hint?: string; optional?: boolean; mono?: boolean }) {
  const f = useField(path)
  const [draft, setDraft] = useDraft(f.value === undefined || f.value === null ? '' : String(f.value))
  return (
    <Field label={label} hint={hint} problems={f.problems}>
      {(id, describedBy) => (
        <input
          id={id}
          className={mono ? 'mono' : undefined}
          value={draft}
          placeholder={placeholder}
          disabled={f.paused}
          aria-describedby={describedBy}
          aria-invalid={f.problems.length > 0}
          onChange={(e) => {
            setDraft(e.target.value)
            f.set(e.target.value === '' && optional ? undefined : e.target.value)
          }}
          onBlur={f.end}
        />
      )}
    </Field>
  )
}

export function NumberInput({ label, path, min, max, placeholder, hint }: { label: string; path: FieldPath; min?: number; max?: number; placeholder?: string; hint?: string }) {
  const f = useField(path)
  const [draft, setDraft] = useDraft(typeof f.value === 'number' ? String(f.value) : '')
  return (
    <Field label={label} hint={hint} problems={f.problems}>
      {(id, describedBy) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          value={draft}
          min={min}
          max={max}
          placeholder={placeholder}
          disabled={f.paused}
          aria-describedby={describedBy}
          aria-invalid={f.problems.length > 0}
          onChange={(e) => {
            setDraft(e.target.value)
            if (e.target.value === '') f.set(undefined)
            else if (Number.isFinite(Number(e.target.value))) f.set(Number(e.target.value))
          }}
          onBlur={f.end}
        />
      )}
    </Field>
  )
}

export function SelectInput({ label, path, options, empty, hint, numeric }: { label: string; path: FieldPath; options: readonly string[]; empty?: string; hint?: string; numeric?: boolean }) {
  const f = useField(path)
  const value = f.value === undefined || f.value === null ? '' : String(f.value)
  const all = value && !options.includes(value) ? [value, ...options] : options
  return (
    <Field label={label} hint={hint} problems={f.problems}>
      {(id, describedBy) => (
        <select
          id={id}
          value={value}
          disabled={f.paused}
          aria-describedby={describedBy}
          onChange={(e) => {
            f.set(e.target.value === '' ? undefined : numeric ? Number(e.target.value) : e.target.value)
            f.end()
          }}
        >
          {empty !== undefined && <option value="">{empty}</option>}
          {all.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

export function CheckInput({ label, path }: { label: string; path: FieldPath }) {
  const f = useField(path)
  return (
    <div className="field check-field">
      <label>
        <input
          type="checkbox"
          checked={f.value === true}
          disabled={f.paused}
          onChange={(e) => {
            f.set(e.target.checked ? true : undefined)
            f.end()
          }}
        />
        {label}
      </label>
    </div>
  )
}
