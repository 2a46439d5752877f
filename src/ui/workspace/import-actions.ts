import { MAX_IMPORT_CHARS, type ImportFile, type ImportResult } from '../../model'
import { engineCallback } from '../../worker/client'
import { setText } from '../state'
import type { WorkspaceSession } from './session'
import { createWorkspace } from './workspace-actions'

export type ImportMode = 'replace' | 'append' | 'new'
export interface ImportChoices {
  stripServerFields: boolean
  stripCreationTimestamp: boolean
}

const MB = 1024 * 1024

/** Updates the progress dialog, unless the user closed it (then the import is cancelled). */
function progress(session: WorkspaceSession, label: string, phase: string, done: number, total: number): void {
  if (session.state.getState().dialog?.kind !== 'import-progress') return
  session.state.setState({ dialog: { kind: 'import-progress', label, progress: { phase, done, total } } })
}

function begin(session: WorkspaceSession, label: string, phase: string, total: number): void {
  session.state.setState({ dialog: { kind: 'import-progress', label, progress: { phase, done: 0, total } } })
}

/**
 * Imports files the user opened or dropped: reads them (progress by bytes), then has the engine
 * worker check and unwrap them (progress by characters), then shows what was found and asks
 * whether to replace, append or open as a new workspace. Nothing changes before that answer.
 */
export async function importFiles(session: WorkspaceSession, files: readonly File[]): Promise<void> {
  if (files.length === 0) return
  const total = files.reduce((n, f) => n + f.size, 0)
  if (total > MAX_IMPORT_CHARS) {
    session.notify('error', `These files hold ${(total / MB).toFixed(1)} MB; RouteLab imports at most ${MAX_IMPORT_CHARS / MB} MB at once. Nothing was imported.`)
    return
  }
  const label = files.length === 1 ? files[0]!.name : `${files.length} files`
  const read: ImportFile[] = []
  let done = 0
  begin(session, label, 'Loading files', total)
  for (const f of files) {
    read.push({ name: f.name, text: await f.text() })
    done += f.size
    progress(session, label, 'Loading files', done, total)
  }
  await prepare(session, read, label)
}

/** Imports pasted text (for example `kubectl get httproutes -A -o yaml` output). */
export async function importText(session: WorkspaceSession, text: string): Promise<void> {
  begin(session, 'pasted text', 'Reading', text.length)
  await prepare(session, [{ name: 'pasted text', text }], 'pasted text')
}

async function prepare(session: WorkspaceSession, files: ImportFile[], label: string): Promise<void> {
  const total = files.reduce((n, f) => n + f.text.length, 0)
  progress(session, label, 'Reading', 0, total)
  if (session.state.getState().dialog?.kind !== 'import-progress') return
  try {
    const engine = await session.deps.engine()
    const result = await engine.prepareImport(files, engineCallback((p) => progress(session, label, p.phase, p.done, p.total)))
    if (session.state.getState().dialog?.kind !== 'import-progress') return // cancelled
    session.state.setState({ dialog: { kind: 'import-review', result, source: label } })
  } catch (e) {
    session.state.setState({ dialog: undefined })
    session.notify('error', `Import failed: ${(e as Error).message}. Nothing was changed.`)
  }
}

/** Applies a reviewed import. Replace and append are one undoable edit in the editor. */
export async function applyImport(session: WorkspaceSession, result: ImportResult, source: string, mode: ImportMode, choices: ImportChoices): Promise<void> {
  session.state.setState({ dialog: { kind: 'import-progress', label: source } })
  try {
    const engine = await session.deps.engine()
    let text = result.text
    if (choices.stripServerFields) text = (await engine.stripServerFields(text, { stripCreationTimestamp: choices.stripCreationTimestamp })).text
    if (mode === 'new') {
      const name = result.files.find((f) => f.ok)?.name.replace(/\.(ya?ml|json)$/i, '') ?? 'Imported'
      if (!(await createWorkspace(session, name, { ...session.deps.blank, text }))) return
    } else {
      const current = session.lab.getState().text
      setText(session.lab, mode === 'replace' ? text : await engine.appendDocuments(current, text), 'import')
    }
    const objects = result.files.reduce((n, f) => n + (f.ok ? f.objects : 0), 0)
    session.notify('success', `Imported ${objects} object${objects === 1 ? '' : 's'} from ${source}.`)
  } catch (e) {
    session.notify('error', `Import failed: ${(e as Error).message}. Nothing was changed.`)
  } finally {
    session.state.setState({ dialog: undefined })
  }
}
