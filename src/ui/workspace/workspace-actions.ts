import type { WorkspaceContent } from '../../model'
import type { WorkspaceMeta } from './repository'
import type { WorkspaceSession } from './session'

/**
 * The workspace list's commands: new, duplicate, rename, delete (with undo) and switch. Each
 * saves the current workspace first, and refuses while a conflict waits for the user's answer,
 * so switching can never drop unsaved work.
 */
function blocked(session: WorkspaceSession): boolean {
  if (!session.state.getState().conflict) return false
  session.notify('error', 'First choose what to do with this tab’s unsaved changes (see the message above the editor).')
  return true
}

export async function switchWorkspace(session: WorkspaceSession, id: string): Promise<void> {
  if (blocked(session) || session.state.getState().current?.id === id) return
  await session.save()
  if (!(await session.open(id))) session.notify('error', 'That workspace no longer exists; it may have been deleted in another tab.')
}

/** Creates a workspace and opens it; undefined when a conflict must be answered first. */
export async function createWorkspace(session: WorkspaceSession, name: string, content: WorkspaceContent): Promise<WorkspaceMeta | undefined> {
  if (blocked(session)) return undefined
  await session.save()
  const meta = await session.repo.create(await session.uniqueName(name), content)
  session.deps.channel.post({ type: 'list-changed', from: session.tabId })
  return (await session.open(meta.id)) ? meta : undefined
}

export async function newWorkspace(session: WorkspaceSession): Promise<void> {
  await createWorkspace(session, 'Untitled', session.deps.blank)
}

export async function duplicateWorkspace(session: WorkspaceSession): Promise<void> {
  const current = session.state.getState().current
  if (!current) return
  await createWorkspace(session, `${current.name} copy`, session.content())
}

export async function renameWorkspace(session: WorkspaceSession, id: string, name: string): Promise<void> {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, 120)
  if (!clean) return
  const meta = await session.repo.rename(id, clean)
  if (meta && session.state.getState().current?.id === id) session.state.setState({ current: meta })
  session.deps.channel.post({ type: 'list-changed', from: session.tabId })
  await session.refreshList()
}

/** Deletes a workspace, offering Undo; if it was open here, the most recent other one opens. */
export async function deleteWorkspace(session: WorkspaceSession, id: string): Promise<void> {
  const s = session.state.getState()
  if (s.current?.id === id && blocked(session)) return
  const name = s.list.find((m) => m.id === id)?.name ?? 'workspace'
  if (s.current?.id === id) await session.save()
  await session.repo.remove(id)
  session.deps.channel.post({ type: 'deleted', id, from: session.tabId })
  if (session.state.getState().current?.id === id) {
    const next = (await session.repo.list())[0]
    if (next) await session.open(next.id)
    else await createWorkspace(session, 'Untitled', session.deps.blank)
  }
  await session.refreshList()
  const notice = session.notify('info', `Deleted “${name}”.`, {
    action: {
      label: 'Undo',
      run: () => {
        session.dismiss(notice)
        void undoDelete(session, id)
      },
    },
  })
}

async function undoDelete(session: WorkspaceSession, id: string): Promise<void> {
  const meta = await session.repo.restore(id)
  if (!meta) {
    session.notify('error', 'That workspace can no longer be restored.')
    return
  }
  session.deps.channel.post({ type: 'restored', id, from: session.tabId })
  await switchWorkspace(session, id)
}
