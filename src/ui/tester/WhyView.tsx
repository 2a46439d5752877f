import { useMemo } from 'react'
import type { SimRequest, SimResult, TraceStep } from '../../model'
import { useLab } from '../state'
import { whyContext } from './why-facts'
import { whyLines } from './why-words'

const GROUPS: { title: string; steps: TraceStep['step'][] }[] = [
  { title: 'Listener', steps: ['listener'] },
  { title: 'Hostname', steps: ['hostname'] },
  { title: 'Routes and rules', steps: ['route', 'match'] },
  { title: 'Filters', steps: ['rule', 'filter'] },
  { title: 'Backends', steps: ['backend'] },
]
const MARK: Record<TraceStep['outcome'], string> = { selected: '✓', rejected: '✗', applied: '•', skipped: '–' }

/**
 * The engine's trace in plain words: every candidate listener, hostname, route and rule, and the
 * exact criterion that decided about it. The words come from `whyWords`, the one place they live.
 */
export function WhyView({ request, result }: { request: SimRequest; result: SimResult }) {
  const analysis = useLab((s) => s.lastGood)
  const lines = useMemo(() => (analysis ? whyLines(result.trace, whyContext(analysis, request, result)) : []), [analysis, request, result])
  return (
    <div className="why" data-testid="tester-why">
      {GROUPS.map((g) => {
        const rows = result.trace.map((t, i) => ({ t, line: lines[i] })).filter(({ t }) => g.steps.includes(t.step))
        if (rows.length === 0) return null
        return (
          <section key={g.title} className="why-group">
            <h4>{g.title}</h4>
            <ul>
              {rows.map(({ t, line }, i) => (
                <li key={i} className={`why-line outcome-${t.outcome}`}>
                  <span className="why-mark" aria-label={t.outcome}>
                    {MARK[t.outcome]}
                  </span>
                  <span className="why-subject">{line?.subject}</span>
                  <span className="why-words">{line?.words}</span>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
