import type { WorkspaceContent } from '../../model'
import { labCases, savedCases, type LabStore } from '../state'

/** The part of the lab state that is saved: the text and what is kept beside it. */
export function contentOf(lab: LabStore): WorkspaceContent {
  const s = lab.getState()
  const content: WorkspaceContent = { text: s.text, fileName: s.fileName, positions: s.positions, layout: s.layout }
  const cases = savedCases(s)
  if (cases !== undefined) content.cases = cases
  return content
}

/**
 * Same content? Cheap even for big texts: the store replaces objects on change, so the layout
 * and cases compare by reference; only the text compares by value.
 */
export function sameContent(a: WorkspaceContent, b: WorkspaceContent): boolean {
  return a.text === b.text && a.fileName === b.fileName && a.positions === b.positions && a.cases === b.cases && a.layout === b.layout
}

/**
 * Puts a saved workspace into the lab as a load (no undo entry in the editor). `fresh` is for a
 * different workspace: the old analysis and selection go, so nothing of it flashes on the canvas.
 */
export function loadIntoLab(lab: LabStore, content: WorkspaceContent, fresh: boolean): void {
  const s = lab.getState()
  const layoutOnly = {
    fileName: content.fileName || 'workspace.yaml',
    positions: content.positions ?? {},
    ...labCases(content.cases),
    layout: content.layout ?? {},
  }
  // The same text keeps its version and analysis: the engine re-runs only when the text changes.
  if (content.text === s.text) {
    lab.setState({ ...layoutOnly, ...(fresh ? { selection: undefined } : {}) })
    return
  }
  lab.setState({
    ...layoutOnly,
    text: content.text,
    version: s.version + 1,
    lastOrigin: 'load',
    ...(fresh ? { analysis: undefined, lastGood: undefined, selection: undefined } : {}),
  })
}

/** Sets one layout value (a panel's active tab or size), keeping the others. */
export function setLayout(lab: LabStore, key: string, value: unknown): void {
  const layout = lab.getState().layout
  if (layout[key] === value) return
  lab.setState({ layout: { ...layout, [key]: value } })
}
