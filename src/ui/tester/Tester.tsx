import { useEffect } from 'react'
import { notify, setCases, useLab, useLabStore, type LabStore } from '../state'
import { CurlBox } from './CurlBox'
import { caseFromResult } from './case-expect'
import { describeRequest } from './draft'
import { RequestForm } from './RequestForm'
import { ResultView } from './ResultView'
import { suggestDraft } from './suggest-draft'
import { clearPath, setDraft, testerOf, type TesterView } from './tester-store'
import { TrafficView } from './TrafficView'
import { useTester } from './use-tester'
import { WhyView } from './WhyView'
import './inputs.css'
import './tester.css'

const VIEWS: { id: TesterView; title: string }[] = [
  { id: 'result', title: 'Result' },
  { id: 'why', title: 'Why' },
  { id: 'traffic', title: 'Traffic split' },
]

function saveCase(store: LabStore): void {
  const { answered: sent, result } = testerOf(store).getState()
  if (!sent || !result) return
  const cases = store.getState().cases ?? []
  const where = result.route ? `${result.route.namespace}/${result.route.name}` : 'no route'
  const name = `${describeRequest(sent)} → ${result.status} (${where})`
  setCases(store, [...cases, caseFromResult(name, sent, result)])
  notify(store, { tone: 'info', text: `Saved as case ${cases.length + 1}, expecting this result. It re-runs on every change; see the Cases tab.` })
}

/** The request tester: a request form (or a pasted curl command), and what the request does. */
export default function Tester() {
  const store = useLabStore()
  const sent = useTester((s) => s.answered)
  const waiting = useTester((s) => s.sent !== undefined && s.answered === undefined)
  const result = useTester((s) => s.result)
  const version = useTester((s) => s.version)
  const error = useTester((s) => s.error)
  const view = useTester((s) => s.view)
  const lit = useLab((s) => s.pathHighlight !== undefined)
  const current = useLab((s) => s.version === version)
  const ready = useLab((s) => s.lastGood !== undefined)

  // The first time the tester opens, it offers a request worth sending instead of an empty form.
  useEffect(() => {
    const t = testerOf(store)
    const { draft, sent: already } = t.getState()
    if (!ready || already || draft.host) return
    setDraft(store, suggestDraft(store.getState().lastGood, store.getState().cases))
  }, [store, ready])

  return (
    <div className="tester">
      <div className="tester-request">
        <RequestForm />
        <CurlBox />
      </div>
      <div className="tester-answer">
        <div className="tester-bar">
          <div role="tablist" aria-label="Tester views" className="segmented">
            {VIEWS.map((v) => (
              <button key={v.id} role="tab" aria-selected={view === v.id} className={view === v.id ? 'active' : ''} onClick={() => testerOf(store).setState({ view: v.id })}>
                {v.title}
              </button>
            ))}
          </div>
          <span className="tester-bar-actions">
            {result && (
              <button type="button" className="tool-button" onClick={() => saveCase(store)} title="Save this request as a test case expecting this result">
                Save as case
              </button>
            )}
            {lit && (
              <button type="button" className="tool-button" onClick={() => clearPath(store)} title="Stop highlighting the request's path on the graph">
                Clear path
              </button>
            )}
          </span>
        </div>
        {error && (
          <p className="tester-error" role="alert">
            {error}
          </p>
        )}
        {!sent && !waiting && <p className="muted">Fill in a request and press Enter (or Send). Its path lights up on the graph.</p>}
        {sent && result && (
          <div className={current ? '' : 'stale'} aria-busy={!current}>
            {view === 'result' && <ResultView request={sent} result={result} />}
            {view === 'why' && <WhyView request={sent} result={result} />}
          </div>
        )}
        {view === 'traffic' && <TrafficView />}
      </div>
    </div>
  )
}
