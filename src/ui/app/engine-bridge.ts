import type { Analysis } from '../../model'
import { applyAnalysisPatch } from '../../worker/analysis-patch'
import { startInProcessEngine, startWorkerEngine, type EngineClient } from '../../worker/client'
import { applyAnalysis, registerEngine, type LabStore } from '../state'

/**
 * Connects the store to the engine: every text or view change is analysed in the worker, at most
 * one analysis in flight, the newest text always analysed last. There is no debounce: analysis is
 * incremental (one changed document is parsed, patches cross the boundary), so a keystroke costs
 * less than a debounce would wait, and a burst of typing collapses into the run after the current. Analyses arrive as patches
 * against the previous one, so unchanged parts keep their identity. Returns a disconnect function.
 */
export function connectEngine(store: LabStore): () => void {
  let client: EngineClient | undefined
  let disposed = false
  let running = false
  let dirty = false
  let held: { seq: number; analysis: Analysis } | undefined
  let lastMark = ''

  const run = async (): Promise<void> => {
    if (!client || running) {
      dirty = true
      return
    }
    running = true
    dirty = false
    const { text, fileName, version, view } = store.getState()
    const request = { version, files: [{ name: fileName, text }], graph: view }
    try {
      let patch = await client.api.analyzePatch({ ...request, full: held === undefined })
      let analysis: Analysis
      try {
        analysis = applyAnalysisPatch(held, patch)
      } catch {
        patch = await client.api.analyzePatch({ ...request, full: true })
        analysis = applyAnalysisPatch(undefined, patch)
      }
      held = { seq: patch.seq, analysis }
      if (!disposed) {
        applyAnalysis(store, analysis)
        // One mark at a time: the timeline buffer is scanned by getEntriesByName (Monaco does so
        // on every keystroke), so marks left behind make every later keystroke slower.
        performance.clearMarks(lastMark)
        lastMark = `routelab:analysis:${analysis.version}`
        performance.mark(lastMark)
      }
    } catch (e) {
      held = undefined
      console.warn('RouteLab engine failed; the text is kept as typed.', e)
    } finally {
      running = false
      if (dirty && !disposed) void run()
    }
  }

  const start = async () => {
    try {
      client = startWorkerEngine()
      store.setState({ engine: 'worker' })
    } catch {
      client = await startInProcessEngine()
      store.setState({ engine: 'in-process' })
    }
    const api = client.api
    registerEngine(store, { applyEdit: (request) => api.applyEdit(request) })
    await run()
  }
  void start()

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text !== prev.text || s.view !== prev.view) void run()
  })
  return () => {
    disposed = true
    unsubscribe()
    registerEngine(store, undefined)
    client?.dispose()
  }
}
