import { useSession, useWorkspaceSession } from './context'

/** Asks what to do when another tab changed or deleted the workspace this tab has unsaved changes in. */
export function ConflictBanner() {
  const session = useWorkspaceSession()
  const conflict = useSession((s) => s.conflict)
  const name = useSession((s) => s.current?.name)
  if (!conflict) return null
  const resolve = (choice: 'mine' | 'theirs' | 'copy') => void session.resolveConflict(choice)
  return (
    <div className="banner ws-conflict" role="alert" data-testid="conflict-banner">
      {conflict === 'changed' ? (
        <span>
          <strong>“{name}” was changed in another tab.</strong> This tab’s changes are not saved yet. What should happen to them?
        </span>
      ) : (
        <span>
          <strong>“{name}” was deleted in another tab.</strong> This tab’s version is not saved.
        </span>
      )}
      <span className="ws-conflict-actions">
        <button onClick={() => resolve('copy')}>Save mine as a new workspace</button>
        {conflict === 'changed' ? (
          <>
            <button onClick={() => resolve('theirs')}>Use the other tab’s version</button>
            <button onClick={() => resolve('mine')}>Overwrite with mine</button>
          </>
        ) : (
          <>
            <button onClick={() => resolve('mine')}>Restore it with my changes</button>
            <button onClick={() => resolve('theirs')}>Discard mine</button>
          </>
        )}
      </span>
    </div>
  )
}
