import type { EditIntent } from '../../model'
import { engineOf, historyOf } from './ports'
import type { ChangeOrigin, LabStore, Notice } from './store'

let noticeId = 0

/** Shows a short message; a newer notice replaces an older one. */
export function notify(store: LabStore, notice: Omit<Notice, 'id'>): void {
  store.setState({ notice: { ...notice, id: ++noticeId } })
}

export function dismissNotice(store: LabStore, id?: number): void {
  if (id === undefined || store.getState().notice?.id === id) store.setState({ notice: undefined })
}

/** True while the text does not parse: visual edits wait, and the banner says so. */
export function editingPaused(store: LabStore): boolean {
  const a = store.getState().analysis
  return !!a && a.problems.some((p) => p.code.startsWith('yaml-') && p.severity === 'error')
}

export interface EditOptions {
  origin: Extract<ChangeOrigin, 'canvas' | 'inspector'>
  /**
   * Edits with the same group join one undo entry (a slider drag, typing in one field). Ungrouped
   * edits are an entry each.
   */
  group?: string
}

const queues = new WeakMap<LabStore, Promise<unknown>>()

/**
 * Makes a visual edit: the engine (in the worker) turns the intents into the smallest text change,
 * which replaces the store's text and reaches Monaco as one undoable edit. Edits run one after
 * another, each on the text the previous one produced. Resolves to whether the edit was made.
 */
export function edit(store: LabStore, intents: EditIntent[], options: EditOptions): Promise<boolean> {
  const run = async (): Promise<boolean> => {
    if (editingPaused(store)) {
      notify(store, { tone: 'warn', text: 'Visual editing is paused until the YAML parses again.' })
      return false
    }
    const engine = engineOf(store)
    if (!engine) return false
    for (let attempt = 0; attempt < 3; attempt++) {
      const { text, version } = store.getState()
      const r = await engine.applyEdit({ version, text, intents })
      // Typed while the edit was on its way: apply the same intent to the newer text.
      if (store.getState().version !== version) continue
      if (!r.ok) {
        notify(store, { tone: 'error', text: `Could not make that change: ${r.message}` })
        return false
      }
      if (r.changes.length === 0) return true
      store.setState({
        text: r.text,
        version: version + 1,
        lastOrigin: options.origin,
        lastEdit: { version: version + 1, changes: r.changes, ...(options.group ? { group: options.group } : {}) },
      })
      return true
    }
    return false
  }
  const next = (queues.get(store) ?? Promise.resolve()).then(run, run)
  queues.set(store, next)
  return next
}

/** Ends an edit group (a slider released): the next edit starts a new undo entry. */
export function closeEditGroup(store: LabStore): void {
  void (queues.get(store) ?? Promise.resolve()).then(() => historyOf(store)?.close())
}

export function undo(store: LabStore): void {
  historyOf(store)?.undo()
}

export function redo(store: LabStore): void {
  historyOf(store)?.redo()
}
