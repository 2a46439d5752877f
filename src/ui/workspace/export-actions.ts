import type { ExportOptions, ObjectRef } from '../../model'
import { copyText, downloadText, fileNameFor } from './download'
import type { WorkspaceSession } from './session'

const name = (session: WorkspaceSession) => session.state.getState().current?.name ?? 'workspace'

/** The workspace as one `kubectl apply -f` ready text. */
export async function exportText(session: WorkspaceSession, options: ExportOptions): Promise<string> {
  return (await session.deps.engine()).exportManifests(session.lab.getState().text, options)
}

export async function downloadWorkspace(session: WorkspaceSession, options: ExportOptions): Promise<void> {
  downloadText(fileNameFor(name(session), '.yaml'), await exportText(session, options))
}

export async function copyWorkspace(session: WorkspaceSession, options: ExportOptions): Promise<void> {
  const text = await exportText(session, options)
  if (await copyText(text)) session.notify('success', `Copied ${text.split('\n').length - 1} lines of YAML to the clipboard.`)
  else session.notify('error', 'The browser did not allow copying to the clipboard. Use Download instead.')
}

/** Downloads the test cases file: whatever the workspace holds, as YAML. */
export async function downloadCases(session: WorkspaceSession): Promise<void> {
  const cases = session.lab.getState().cases
  if (cases === undefined) {
    session.notify('info', 'This workspace has no test cases yet.')
    return
  }
  downloadText(fileNameFor(name(session), '.cases.yaml'), await (await session.deps.engine()).exportCases(cases))
}

/** `Kind/namespace/name` (a graph node's `objectKey`) back to a reference. */
export function refFromKey(key: string): Pick<ObjectRef, 'kind' | 'namespace' | 'name'> | undefined {
  const [kind, namespace, ...rest] = key.split('/')
  if (!kind || namespace === undefined || rest.length === 0) return undefined
  return { kind, namespace, name: rest.join('/') }
}

/**
 * Exports one resource as its own YAML file or to the clipboard. The hook for the canvas's
 * context menu and the inspector: give it the object's reference.
 */
export async function exportResource(session: WorkspaceSession, ref: Pick<ObjectRef, 'kind' | 'namespace' | 'name'>, to: 'download' | 'copy', options: ExportOptions = {}): Promise<void> {
  const text = await (await session.deps.engine()).exportObject(session.lab.getState().text, ref, options)
  const label = `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`
  if (text === undefined) {
    session.notify('error', `${label} is not declared in the manifests, so there is nothing to export.`)
    return
  }
  if (to === 'download') downloadText(fileNameFor(`${ref.kind}-${ref.namespace ? `${ref.namespace}-` : ''}${ref.name}`, '.yaml'), text)
  else if (await copyText(text)) session.notify('success', `Copied ${label} to the clipboard.`)
  else session.notify('error', 'The browser did not allow copying to the clipboard. Use Download instead.')
}
