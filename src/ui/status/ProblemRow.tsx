import type { Problem } from '../../model'
import { useLabStore } from '../state'
import { applyFix, jumpTo } from './problem-actions'

const SEVERITY_MARK = { error: '●', warning: '▲', info: 'i' } as const

/** One problem: where it is (a click shows it in the YAML and on the graph) and its fixes. */
export function ProblemRow({ p, showObject = true }: { p: Problem; showObject?: boolean }) {
  const store = useLabStore()
  return (
    <li className={`problem sev-${p.severity}`} data-testid="problem" data-code={p.code}>
      <span className="problem-sev" aria-label={p.severity} title={p.severity}>
        {SEVERITY_MARK[p.severity]}
      </span>
      <button type="button" className="problem-jump" onClick={() => jumpTo(store, p)} title="Show in the YAML and on the graph">
        <span className="problem-message">{p.message}</span>{' '}
        <span className="problem-where">
          {showObject && p.object ? `${p.object.kind} ${p.object.namespace ? `${p.object.namespace}/` : ''}${p.object.name} · ` : ''}
          {p.file}:{p.line}:{p.column} · <code>{p.code}</code>
        </span>
      </button>
      {p.fixes?.map((f, i) => (
        <button key={i} type="button" className="tool-button fix-button" title={f.title} onClick={() => void applyFix(store, f)}>
          Fix: {f.title}
        </button>
      ))}
    </li>
  )
}
