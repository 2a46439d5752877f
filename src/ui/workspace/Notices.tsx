import { useSession, useWorkspaceSession } from './context'

/** Short messages (saved, copied, deleted with Undo, errors) in the corner; errors are announced at once. */
export function Notices() {
  const session = useWorkspaceSession()
  const notices = useSession((s) => s.notices)
  return (
    <div className="ws-notices" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className={`ws-notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span className="ws-notice-text">{n.text}</span>
          {n.action && (
            <button className="ws-notice-action" onClick={n.action.run}>
              {n.action.label}
            </button>
          )}
          <button className="ws-icon" aria-label="Dismiss" onClick={() => session.dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
