import { useSession } from './context'

const LABEL = { saved: 'Saved', pending: 'Saving…', saving: 'Saving…', conflict: 'Not saved', error: 'Not saved' } as const

/** Whether the workspace is safely stored, and whether another tab has it open too. */
export function SaveStatus() {
  const save = useSession((s) => s.save)
  const storage = useSession((s) => s.storage)
  const others = useSession((s) => s.otherTabs)
  const ready = useSession((s) => s.ready)
  if (!ready) return null
  const label = storage === 'memory' ? 'Not saved (no browser storage)' : LABEL[save]
  return (
    <span className={`ws-save ws-save-${storage === 'memory' ? 'error' : save}`} data-testid="save-status" role="status">
      {label}
      {others > 0 && (
        <span className="ws-others" title="Changes saved there appear here, and the other way round. If both tabs change it at once, you are asked which version to keep.">
          {' '}
          · also open in {others === 1 ? 'another tab' : `${others} other tabs`}
        </span>
      )}
    </span>
  )
}
