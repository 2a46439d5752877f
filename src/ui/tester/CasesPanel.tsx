import { useRef, useState } from 'react'
import type { RouteTestCase } from '../../model'
import { notify, setCases, setCasesText, textBroken, useLab, useLabStore, type LabStore } from '../state'
import { downloadCases, setLayout, useWorkspaceSession } from '../workspace'
import { caseStates, casesSummary, diffWords, type CaseState } from './case-outcomes'
import { expectationOf } from './case-expect'
import { describeRequest, toDraft } from './draft'
import { ExpectEditor } from './ExpectEditor'
import { send, setDraft, testerOf } from './tester-store'
import './inputs.css'
import './cases.css'

const BADGE = { pass: '✓ pass', fail: '✗ fail', pending: '… running' } as const

function replaceCase(store: LabStore, index: number, next: RouteTestCase | undefined): void {
  const cases = store.getState().cases ?? []
  setCases(store, next ? cases.map((c, i) => (i === index ? next : c)) : cases.filter((_, i) => i !== index))
}

/** Imports a cases file, replacing the workspace's cases; Undo brings the old ones back. */
async function importCases(store: LabStore, file: File): Promise<void> {
  const previous = store.getState().cases
  setCasesText(store, await file.text())
  notify(store, { tone: 'info', text: `Imported the cases in ${file.name}, replacing ${previous?.length ?? 0}.`, action: { label: 'Undo', run: () => setCases(store, previous) } })
}

function CaseRow({ store, c, index, state }: { store: LabStore; c: RouteTestCase; index: number; state: CaseState }) {
  const [open, setOpen] = useState(false)
  const name = c.name ?? `case ${index + 1}`
  return (
    <li className={`case case-${state.kind}`} data-testid="case" aria-label={name}>
      <div className="case-head">
        <span className={`case-badge badge-${state.kind}`} data-testid="case-badge">
          {BADGE[state.kind]}
        </span>
        <span className="case-name">{name}</span>
        <code className="case-request">{describeRequest(c.request)}</code>
        <span className="case-actions">
          <button
            type="button"
            className="tool-button"
            onClick={() => {
              const draft = toDraft(c.request)
              setDraft(store, draft)
              testerOf(store).setState({ view: 'result' })
              void send(store, draft)
              setLayout(store, 'details', 'tester')
            }}
          >
            Open in tester
          </button>
          <button type="button" className="tool-button" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Close' : 'Edit'}
          </button>
          <button type="button" className="icon-button" aria-label={`Delete ${name}`} onClick={() => replaceCase(store, index, undefined)}>
            ×
          </button>
        </span>
      </div>
      {state.kind === 'fail' && (
        <div className="case-diffs">
          <ul>
            {state.outcome.diffs.map((d, i) => (
              <li key={i}>{diffWords(d)}</li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => replaceCase(store, index, { ...c, expect: { ...c.expect, ...expectationOf(c.request, state.outcome.result) } })}>
            Expect the new result instead
          </button>
        </div>
      )}
      {open && <ExpectEditor value={c} onChange={(next) => replaceCase(store, index, next)} />}
    </li>
  )
}

/**
 * The workspace's test cases: each re-runs in the worker on every change, with a pass or fail
 * badge; a failing one lists what changed. Cases import and export as the file `routelab test
 * --cases` reads, so a suite designed here runs in CI unchanged.
 */
export default function CasesPanel() {
  const store = useLabStore()
  const session = useWorkspaceSession()
  const cases = useLab((s) => s.cases)
  const run = useLab((s) => s.caseRun)
  const stale = useLab((s) => s.caseRun !== undefined && s.caseRun.version !== s.version)
  // Stale results are either waiting for typing to pause (cases re-run 150 ms after it) or kept
  // while the YAML does not parse (the last analysis is not the last good one).
  const broken = useLab(textBroken)
  const error = useLab((s) => s.casesError)
  const reading = useLab((s) => s.casesText !== undefined && s.casesError === undefined)
  const input = useRef<HTMLInputElement>(null)
  const states = caseStates(cases ?? [], run)
  return (
    <div className="cases-panel">
      <div className="cases-bar">
        <span className="cases-summary" data-testid="cases-summary">
          {casesSummary(states)}
          {stale && <span className="muted">{broken ? ' (for the last text that parsed)' : ' (re-running after your edit…)'}</span>}
        </span>
        <span className="cases-buttons">
          <button type="button" className="tool-button" onClick={() => input.current?.click()} title="Replace the cases with a routelab test cases file">
            Import…
          </button>
          <input
            ref={input}
            type="file"
            accept=".yaml,.yml,.json"
            hidden
            data-testid="import-cases"
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) void importCases(store, file)
            }}
          />
          <button type="button" className="tool-button" disabled={!cases?.length} onClick={() => void downloadCases(session)} title="Download the file routelab test --cases reads">
            Export
          </button>
        </span>
      </div>
      {error && (
        <p className="tester-error" role="alert">
          {error}
        </p>
      )}
      {reading && <p className="muted">Reading the cases…</p>}
      {!cases?.length && !reading && <p className="muted">No test cases yet. Send a request in the Tester and choose “Save as case”: it then re-runs on every change.</p>}
      <ol className={stale ? 'cases stale' : 'cases'} aria-busy={stale && !broken}>
        {(cases ?? []).map((c, i) => (
          <CaseRow key={i} store={store} c={c} index={i} state={states[i]!} />
        ))}
      </ol>
    </div>
  )
}
