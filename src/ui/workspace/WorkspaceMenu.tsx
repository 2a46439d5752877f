import { useEffect, useRef, useState } from 'react'
import { useSession, useWorkspaceSession } from './context'
import type { WorkspaceMeta } from './repository'
import { deleteWorkspace, duplicateWorkspace, newWorkspace, switchWorkspace } from './lazy-actions'

/** The current workspace's name; opens the list of workspaces with new, duplicate, rename and delete. */
export function WorkspaceMenu() {
  const session = useWorkspaceSession()
  const current = useSession((s) => s.current)
  const list = useSession((s) => s.list)
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false)
    }
    document.addEventListener('pointerdown', away)
    document.addEventListener('keydown', escape)
    return () => {
      document.removeEventListener('pointerdown', away)
      document.removeEventListener('keydown', escape)
    }
  }, [open])

  const run = (fn: () => Promise<void> | void) => {
    setOpen(false)
    void fn()
  }

  return (
    <div className="ws-menu" ref={root}>
      <button className="ws-menu-button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen(!open)} data-testid="workspace-menu" title="Workspaces">
        <span className="ws-menu-name">{current?.name ?? 'Opening…'}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div className="ws-popover" role="dialog" aria-label="Workspaces">
          <ul className="ws-list" aria-label="Workspaces">
            {list.map((m) => (
              <WorkspaceRow
                key={m.id}
                meta={m}
                current={m.id === current?.id}
                onOpen={() => run(() => switchWorkspace(session, m.id))}
                onRename={() => run(() => session.state.setState({ dialog: { kind: 'rename', id: m.id, name: m.name } }))}
                onDelete={() => run(() => deleteWorkspace(session, m.id))}
              />
            ))}
          </ul>
          <div className="ws-popover-actions">
            <button onClick={() => run(() => newWorkspace(session))}>New workspace</button>
            <button onClick={() => run(() => duplicateWorkspace(session))} disabled={!current}>
              Duplicate
            </button>
          </div>
        </div>
      )}
    </div>
  )
}

function WorkspaceRow({ meta, current, onOpen, onRename, onDelete }: { meta: WorkspaceMeta; current: boolean; onOpen: () => void; onRename: () => void; onDelete: () => void }) {
  return (
    <li className={current ? 'ws-row current' : 'ws-row'}>
      <button className="ws-row-open" onClick={onOpen} aria-current={current ? 'true' : undefined}>
        <span className="ws-row-name">{meta.name}</span>
        <span className="ws-row-meta">
          {describeSize(meta.size)} · {describeTime(meta.updatedAt)}
        </span>
      </button>
      <button className="ws-row-action" onClick={onRename} aria-label={`Rename ${meta.name}`}>
        Rename
      </button>
      <button className="ws-row-action" onClick={onDelete} aria-label={`Delete ${meta.name}`}>
        Delete
      </button>
    </li>
  )
}

function describeSize(chars: number): string {
  return chars < 1024 ? `${chars} B` : chars < 1024 * 1024 ? `${Math.round(chars / 1024)} KB` : `${(chars / 1024 / 1024).toFixed(1)} MB`
}

function describeTime(ms: number): string {
  const s = Math.round((Date.now() - ms) / 1000)
  if (s < 60) return 'just now'
  if (s < 3600) return `${Math.round(s / 60)} min ago`
  if (s < 86400) return `${Math.round(s / 3600)} h ago`
  return new Date(ms).toLocaleDateString()
}
