import { lazy, Suspense, type ReactNode } from 'react'
import { TabbedPanel } from '../components/Panel'
import { textBroken, useLab, useLabStore } from '../state'
import { problemCounts } from '../status/status-summary'
import { setLayout } from '../workspace'

// The panels load after the first paint (the open one right away, the others when first opened):
// none is needed to paint the graph.
const ProblemsList = lazy(() => import('../status/ProblemsList').then((m) => ({ default: m.ProblemsList })))
const StatusPanel = lazy(() => import('../status/StatusPanel'))
const Tester = lazy(() => import('../tester/Tester'))
const CasesPanel = lazy(() => import('../tester/CasesPanel'))

const loading = (what: string) => <p className="muted">Loading the {what}…</p>
const later = (what: string, node: ReactNode) => <Suspense fallback={loading(what)}>{node}</Suspense>

/** A tab title with a small count beside it. */
function Count({ n, tone }: { n: number; tone: string }) {
  return n > 0 ? <span className={`tab-count tone-${tone}`}>{n}</span> : null
}

function ProblemsTitle() {
  const problems = useLab((s) => s.analysis?.problems)
  const c = problems ? problemCounts(problems) : undefined
  return (
    <>
      Problems <Count n={c?.error ?? 0} tone="error" />
      <Count n={c?.warning ?? 0} tone="warn" />
    </>
  )
}

function CasesTitle() {
  const failed = useLab((s) => (s.caseRun && s.caseRun.cases === s.cases ? s.caseRun.outcomes.filter((o) => o.diffs.length > 0).length : 0))
  const total = useLab((s) => s.cases?.length ?? 0)
  // Between an edit and its re-run (once typing pauses) the last results no longer hold: grey.
  const pending = useLab((s) => s.caseRun !== undefined && s.caseRun.version !== s.version && !textBroken(s))
  return (
    <>
      Cases{' '}
      {failed > 0 && !pending ? (
        <Count n={failed} tone="error" />
      ) : total > 0 ? (
        <span className={pending ? 'tab-count' : 'tab-count tone-ok'} title={pending ? 're-running after your edit' : undefined}>
          {total}
        </span>
      ) : null}
    </>
  )
}

/** The bottom panel: problems, status, the request tester and the test cases. */
export function DetailsPanel() {
  const store = useLabStore()
  const active = useLab((s) => (typeof s.layout.details === 'string' ? s.layout.details : undefined))
  return (
    <TabbedPanel
      label="Details"
      active={active}
      onSelect={(id) => setLayout(store, 'details', id)}
      tabs={[
        { id: 'problems', title: <ProblemsTitle />, content: later('problems', <ProblemsList />) },
        { id: 'status', title: 'Status', content: later('status', <StatusPanel />) },
        { id: 'tester', title: 'Tester', content: later('tester', <Tester />) },
        { id: 'cases', title: <CasesTitle />, content: later('cases', <CasesPanel />) },
      ]}
    />
  )
}
