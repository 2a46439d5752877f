import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import type { FieldPath, ManifestObject, ObjectRef, Problem } from '../../model'
import { closeEditGroup, edit, useLabStore } from '../state'

/** The object a form edits, and the engine's problems about it. Fields find both here. */
export interface FormContextValue {
  target: ObjectRef
  object: ManifestObject
  problems: Problem[]
  paused: boolean
}

export const FormContext = createContext<FormContextValue | null>(null)

export function useForm(): FormContextValue {
  const f = useContext(FormContext)
  if (!f) throw new Error('field outside a <FormContext.Provider>')
  return f
}

/** `['spec', 'rules', 0, 'name']` → `spec.rules[0].name`, the path syntax problems use. */
export function apiPath(path: FieldPath): string {
  return path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '')
}

export function valueAt(root: unknown, path: FieldPath): unknown {
  let cur: unknown = root
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string | number, unknown>)[seg]
  }
  return cur
}

let groups = 0

/**
 * Edits of one field. Changes made while the field has focus (typing, a slider drag) form one
 * undo entry; `end` closes it. Returns the current value (from the analysed object) and the
 * problems that point at exactly this field.
 */
export function useField(path: FieldPath) {
  const store = useLabStore()
  const form = useForm()
  const group = useRef<string | undefined>(undefined)
  const key = apiPath(path)
  const set = useCallback(
    (value: unknown) => {
      group.current ??= `field-${++groups}`
      const intent = value === undefined ? { op: 'remove' as const, target: form.target, path } : { op: 'set' as const, target: form.target, path, value }
      void edit(store, [intent], { origin: 'inspector', group: group.current })
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, form.target, key],
  )
  const end = useCallback(() => {
    if (group.current) closeEditGroup(store)
    group.current = undefined
  }, [store])
  return { value: valueAt(form.object, path), problems: form.problems.filter((p) => p.path === key), set, end, paused: form.paused, id: key }
}

/** One-shot structural edits inside the form's object: add or remove list items. */
export function useListEdit(path: FieldPath) {
  const store = useLabStore()
  const form = useForm()
  return {
    add: (value: unknown) => void edit(store, [{ op: 'insert', target: form.target, path, value }], { origin: 'inspector' }),
    remove: (index: number) => void edit(store, [{ op: 'remove', target: form.target, path: [...path, index] }], { origin: 'inspector' }),
    items: (valueAt(form.object, path) as unknown[] | undefined) ?? [],
    paused: form.paused,
  }
}

/**
 * A local copy of a value while it is being edited. It follows the value from the text, except
 * while it differs only because the user's own change is still on its way through the engine.
 */
export function useDraft<T>(value: T): [T, (v: T) => void] {
  const [draft, setDraft] = useState(value)
  const expected = useRef(value)
  useEffect(() => {
    if (value !== expected.current) {
      expected.current = value
      setDraft(value)
    }
  }, [value])
  const change = useCallback((v: T) => {
    expected.current = v
    setDraft(v)
  }, [])
  return [draft, change]
}
