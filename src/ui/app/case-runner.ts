import { setCases, textBroken, type EnginePort, type LabStore } from '../state'

/** How long analyses stay quiet before the cases run: a pause between keys, not a wait a user notices. */
export const CASES_QUIET_MS = 150

/**
 * Keeps the workspace's test cases current: cases that arrived as text are read by the engine,
 * and every case re-runs (in the worker) whenever the document's analysis or the cases change.
 * Runs never overlap; an answer for an older text or an older list of cases is dropped, and the
 * newest state is run next. While the YAML does not parse, the last results stay, marked stale
 * by their version. Runs start once the analyses have been quiet for `quietMs`: while keys are
 * typed, the worker and the page answer the keystrokes first, and the cases run when typing pauses.
 */
export function connectCaseRunner(store: LabStore, engine: EnginePort, quietMs = CASES_QUIET_MS): () => void {
  let running = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let again = false
  let disposed = false

  const runCases = async (): Promise<void> => {
    if (running) {
      again = true
      return
    }
    const s = store.getState()
    const cases = s.cases
    if (!cases?.length) {
      if (s.caseRun) store.setState({ caseRun: undefined })
      return
    }
    if (!s.analysis || s.analysis.version !== s.version || textBroken(s)) return
    if (s.caseRun?.cases === cases && s.caseRun.version === s.version) return
    running = true
    again = false
    try {
      const answer = await engine.runRouteTests({ version: s.version, cases })
      const now = store.getState()
      if (!disposed && answer.version === now.version && now.cases === cases) store.setState({ caseRun: { version: answer.version, cases, outcomes: answer.outcomes } })
    } catch {
      // The engine was replaced (the bridge said so); the next analysis runs the cases again.
    } finally {
      running = false
      if (again && !disposed) void runCases()
    }
  }

  const readText = async (text: string): Promise<void> => {
    try {
      const read = await engine.readRouteTests(text)
      if (disposed || store.getState().casesText !== text) return
      if (read.ok) setCases(store, read.cases)
      else store.setState({ casesError: `The test cases could not be read: ${read.message}. They are kept as they are.` })
    } catch {
      // Engine replaced: the text stays in casesText and is read on the next change.
    }
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.casesText !== undefined && s.casesText !== prev.casesText) void readText(s.casesText)
    if (s.analysis !== prev.analysis || s.cases !== prev.cases) {
      clearTimeout(timer)
      timer = setTimeout(() => void runCases(), quietMs)
    }
  })
  const initial = store.getState().casesText
  if (initial !== undefined) void readText(initial)
  void runCases()
  return () => {
    disposed = true
    clearTimeout(timer)
    unsubscribe()
  }
}
