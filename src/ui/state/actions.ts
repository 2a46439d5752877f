import type { Analysis } from '../../model'
import type { ChangeOrigin, LabState, LabStore } from './store'

/** Actions are plain functions over a store, callable from React, the engine bridge and tests. */
export function setText(store: LabStore, text: string, origin: ChangeOrigin): void {
  const s = store.getState()
  if (s.text === text) return
  store.setState({ text, version: s.version + 1, lastOrigin: origin })
}

/**
 * Accepts an analysis only for the text currently shown: answers for older versions are dropped,
 * so a slow analysis can never overwrite a newer one.
 */
export function applyAnalysis(store: LabStore, analysis: Analysis): boolean {
  if (analysis.version !== store.getState().version) return false
  const syntaxBroken = analysis.problems.some((p) => p.code.startsWith('yaml-') && p.severity === 'error')
  store.setState(syntaxBroken ? { analysis } : { analysis, lastGood: analysis })
  return true
}

/** The newest analysis is of a text that does not parse: the graph and results shown are the last good ones. */
export const textBroken = (s: LabState): boolean => s.analysis !== undefined && s.analysis !== s.lastGood

export function select(store: LabStore, id: string | undefined): void {
  store.setState({ selection: id })
}
