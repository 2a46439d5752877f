import { redo, undo, type LabStore } from '../state'

/**
 * Undo and redo from anywhere: one history for text and visual edits (Monaco's). Inside the
 * editor Monaco handles the keys itself; everywhere else (canvas, inspector fields) they land here.
 */
export function installShortcuts(store: LabStore): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return
    if ((e.target as HTMLElement | null)?.closest?.('.monaco-editor')) return
    const key = e.key.toLowerCase()
    if (key === 'z' && !e.shiftKey) undo(store)
    else if ((key === 'z' && e.shiftKey) || key === 'y') redo(store)
    else return
    e.preventDefault()
  }
  document.addEventListener('keydown', onKey)
  return () => document.removeEventListener('keydown', onKey)
}
