import type { ShareLinkResult } from '../../model'
import { createWorkspace, deleteWorkspace } from './workspace-actions'
import type { WorkspaceSession } from './session'
import { isShareHash } from './share-hash'

/** Removes the link from the address bar, so a reload does not open it a second time. */
export function clearShareHash(): void {
  history.replaceState(history.state, '', location.pathname + location.search)
}

/** Makes a share link for the current workspace (the whole URL), or says why it cannot. */
export async function makeShareLink(session: WorkspaceSession): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  const engine = await session.deps.engine()
  const content = session.content()
  const base = location.href.split('#')[0] ?? ''
  const name = session.state.getState().current?.name ?? 'Shared workspace'
  const shared = { name, text: content.text, positions: content.positions, ...(content.cases !== undefined ? { cases: content.cases } : {}), ...(content.exampleId ? { exampleId: content.exampleId } : {}) }
  const r: ShareLinkResult = await engine.encodeShareLink(shared, base.length)
  return r.ok ? { ok: true, url: `${base}#${r.fragment}` } : { ok: false, message: r.error.message }
}

/**
 * Opens a share link as a NEW workspace; the user's own workspaces are never touched. A link
 * that cannot be read shows an error and changes nothing. Returns true when it opened.
 */
export async function openShareLink(session: WorkspaceSession, hash: string): Promise<boolean> {
  const engine = await session.deps.engine()
  const r = await engine.decodeShareLink(hash)
  if (!r.ok) {
    session.notify('error', `Share link not opened: ${r.error.message}`, { sticky: true })
    return false
  }
  const ws = r.workspace
  const content = { text: ws.text, fileName: 'workspace.yaml', positions: ws.positions ?? {}, layout: {}, ...(ws.cases !== undefined ? { cases: ws.cases } : {}), ...(ws.exampleId ? { exampleId: ws.exampleId } : {}) }
  const opened = await createWorkspace(session, ws.name, content)
  if (!opened) return false
  const notice = session.notify('success', `Opened “${opened.name}” from a share link as a new workspace. Your other workspaces are unchanged.`, {
    action: {
      label: 'Discard it',
      run: () => {
        session.dismiss(notice)
        void deleteWorkspace(session, opened.id)
      },
    },
  })
  return true
}

/** Opens a share link found in the address bar at start-up or pasted into it later. */
export async function openShareHash(session: WorkspaceSession): Promise<boolean> {
  if (!isShareHash(location.hash)) return false
  const hash = location.hash
  clearShareHash()
  return openShareLink(session, hash)
}
