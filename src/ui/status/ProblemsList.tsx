import { useLab } from '../state'

/** Every problem the engine found, with its position. */
export function ProblemsList() {
  const problems = useLab((s) => s.analysis?.problems)
  if (!problems) return <p className="muted">Analysing…</p>
  if (problems.length === 0) return <p className="muted">No problems found.</p>
  return (
    <ul className="problems" aria-label="Problems">
      {problems.map((p, i) => (
        <li key={i} className={`problem sev-${p.severity}`}>
          <span className="problem-where">
            {p.file}:{p.line}:{p.column}
          </span>{' '}
          <span className="problem-sev">{p.severity}</span> <code>{p.code}</code> {p.message}
        </li>
      ))}
    </ul>
  )
}
