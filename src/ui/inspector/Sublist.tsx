import type { ReactNode } from 'react'
import type { FieldPath } from '../../model'
import { AddButton, RemoveButton } from '../components/fields'
import { useListEdit } from './form-context'

/**
 * A small list inside a form (header pairs, strings, headers to match): one row of fields per item,
 * each with its remove button, and an add button that inserts `newItem`.
 */
export function Sublist({
  title,
  path,
  newItem,
  noun,
  row,
  variant,
}: {
  title: ReactNode
  path: FieldPath
  newItem: unknown
  noun: string
  row: (item: FieldPath, index: number) => ReactNode
  variant?: 'three'
}) {
  const list = useListEdit(path)
  return (
    <div className="wide sublist">
      <span className="sublist-title">{title}</span>
      {list.items.map((_, i) => (
        <div key={i} className={`inline-item${variant ? ` ${variant}` : ''}`}>
          {row([...path, i], i)}
          <RemoveButton label={`Remove ${noun} ${i + 1}`} onClick={() => list.remove(i)} disabled={list.paused} />
        </div>
      ))}
      <AddButton label={noun} onClick={() => list.add(newItem)} disabled={list.paused} />
    </div>
  )
}
