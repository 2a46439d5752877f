import { GuideButtons } from '../guide/GuideButtons'
import { useLab } from '../state'
import { headerCounts } from '../status/status-summary'
import { WorkspaceToolbar } from './WorkspaceToolbar'

/** Product name and a one-line summary of the workspace's health. */
export function Header() {
  const counts = useLab((s) => (s.analysis ? headerCounts(s.analysis) : undefined))
  const engine = useLab((s) => s.engine)
  return (
    <header className="app-header">
      <h1>
        Route<span>Lab</span>
      </h1>
      <span className="tagline">Gateway API routes, designed and tested</span>
      <WorkspaceToolbar />
      <GuideButtons />
      <span className="header-counts" data-testid="header-counts">
        {counts ?? 'analysing…'}
      </span>
      {/* Where the engine runs matters only when it is not the usual worker. */}
      {engine !== 'worker' && (
        <span className={`engine-state engine-${engine}`} title="Where the engine runs">
          engine: {engine}
        </span>
      )}
    </header>
  )
}
