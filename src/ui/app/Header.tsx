import { GuideButtons } from '../guide/GuideButtons'
import { useLab } from '../state'
import { WorkspaceToolbar } from './WorkspaceToolbar'

/** Product name and a one-line summary of the workspace's health. */
export function Header() {
  const problems = useLab((s) => s.analysis?.problems)
  const objects = useLab((s) => s.analysis?.objects.length)
  const engine = useLab((s) => s.engine)
  const errors = problems?.filter((p) => p.severity === 'error').length ?? 0
  const warnings = problems?.filter((p) => p.severity === 'warning').length ?? 0
  return (
    <header className="app-header">
      <h1>
        Route<span>Lab</span>
      </h1>
      <span className="tagline">Gateway API routes, designed and tested</span>
      <WorkspaceToolbar />
      <GuideButtons />
      <span className="header-counts" data-testid="header-counts">
        {objects === undefined
          ? 'analysing…'
          : `${objects} objects · ${errors} error${errors === 1 ? '' : 's'} · ${warnings} warning${warnings === 1 ? '' : 's'}`}
      </span>
      <span className={`engine-state engine-${engine}`} title="Where the engine runs">
        engine: {engine}
      </span>
    </header>
  )
}
