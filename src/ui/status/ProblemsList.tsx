import { useState } from 'react'
import type { Problem } from '../../model'
import { useLab } from '../state'
import { ProblemRow } from './ProblemRow'
import { problemCounts } from './status-summary'

const RANK = { error: 0, warning: 1, info: 2 } as const
const PAGE = 200

const sorted = (problems: readonly Problem[]) => [...problems].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)

/**
 * Every problem the engine found (reading, validation, status and hints), errors first. A click
 * shows one in the YAML and selects its object on the graph; a problem with a suggested fix has a
 * button that applies it as one undoable edit.
 */
export function ProblemsList() {
  const problems = useLab((s) => s.analysis?.problems)
  const [shown, setShown] = useState(PAGE)
  if (!problems) return <p className="muted">Analysing…</p>
  if (problems.length === 0) return <p className="muted">No problems found.</p>
  const c = problemCounts(problems)
  const list = sorted(problems)
  return (
    <div className="problems-panel">
      <p className="problems-summary">
        {c.error} error{c.error === 1 ? '' : 's'} · {c.warning} warning{c.warning === 1 ? '' : 's'} · {c.info} info
      </p>
      <ul className="problems" aria-label="Problems">
        {list.slice(0, shown).map((p, i) => (
          <ProblemRow key={`${p.code}:${p.line}:${p.column}:${i}`} p={p} />
        ))}
      </ul>
      {list.length > shown && (
        <button type="button" className="link-button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, list.length - shown)} more of {list.length - shown}
        </button>
      )}
    </div>
  )
}
