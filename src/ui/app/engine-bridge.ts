import type { Analysis } from '../../model'
import { applyAnalysisPatch } from '../../worker/analysis-patch'
import { startInProcessEngine, startWorkerEngine, type EngineClient } from '../../worker/client'
import { EngineSupervisor, type RestartReason } from '../../worker/supervisor'
import { applyAnalysis, notify, registerEngine, type EnginePort, type LabStore } from '../state'

/** What every engine call may take before the worker is replaced ("no answer in 2 s"). */
export const ENGINE_BUDGET_MS = 2000

/**
 * An analysis may take longer on a big workspace: 2 s plus 1 s per 100 KB of text (a 1 MB
 * workspace of 1,000 routes takes well under half of its 12 s on a busy machine).
 */
export const analysisBudget = (chars: number) => ENGINE_BUDGET_MS + Math.ceil(chars / 100)

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`

function restartWords(why: RestartReason): string {
  const what = why.what === 'analysis' ? 'analysing the text' : why.what === 'edit' ? 'making an edit' : why.what === 'cases' ? 'running the test cases' : why.what === 'table' ? 'building the routing table' : 'simulating a request'
  const cause = why.kind === 'timeout' ? `did not answer within ${seconds(why.ms ?? ENGINE_BUDGET_MS)} while ${what}` : `failed while ${what} (${why.message})`
  return `The engine ${cause}, so it was restarted. Your text is safe.`
}

/**
 * Connects the store to the engine: every text or view change is analysed in the worker, at most
 * one analysis in flight, the newest text always analysed last. There is no debounce: analysis is
 * incremental (one changed document is parsed, patches cross the boundary), so a keystroke costs
 * less than a debounce would wait, and a burst of typing collapses into the run after the current.
 * Analyses arrive as patches against the previous one, so unchanged parts keep their identity.
 *
 * The engine never runs on this thread: it sits in a Web Worker behind a watchdog
 * (`EngineSupervisor`). If it throws or does not answer in time it is replaced, a notice says so,
 * and the newest text is analysed again; a text that breaks the engine twice is left alone until
 * the next edit, so a hostile document cannot restart the worker forever. Returns a disconnect
 * function.
 */
export function connectEngine(store: LabStore): () => void {
  let disposed = false
  let running = false
  let dirty = false
  let held: { seq: number; generation: number; analysis: Analysis } | undefined
  let lastMark = ''
  /** The version that failed and how often: a second failure of the same text stops retries. */
  let failed: { version: number; times: number } | undefined

  const supervisor = new EngineSupervisor({
    start: startEngine(store),
    onRestart: (why) => {
      held = undefined
      if (disposed) return
      notify(store, { tone: 'warn', text: restartWords(why) })
      // The new engine knows no analysis yet; a failed analysis retries by itself (see run).
      if (why.what !== 'analysis') queueMicrotask(() => void run())
    },
  })

  const run = async (): Promise<void> => {
    if (running) {
      dirty = true
      return
    }
    const { text, fileName, version, view } = store.getState()
    if (failed && failed.version === version && failed.times >= 2) return
    running = true
    dirty = false
    const request = { version, files: [{ name: fileName, text }], graph: view }
    const budget = analysisBudget(text.length)
    try {
      const base = held && held.generation === supervisor.generation ? held : undefined
      let patch = await supervisor.call('analysis', budget, (api) => api.analyzePatch({ ...request, full: base === undefined }))
      let analysis: Analysis
      try {
        analysis = applyAnalysisPatch(base, patch)
      } catch {
        patch = await supervisor.call('analysis', budget, (api) => api.analyzePatch({ ...request, full: true }))
        analysis = applyAnalysisPatch(undefined, patch)
      }
      held = { seq: patch.seq, generation: supervisor.generation, analysis }
      failed = undefined
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
      failed = failed?.version === version ? { version, times: failed.times + 1 } : { version, times: 1 }
      if (failed.times >= 2 && !disposed) {
        notify(store, { tone: 'error', text: 'The engine failed twice on this text, so RouteLab stopped analysing it; the graph shows the last analysis. Your text is kept as typed, and your next edit tries again.' })
      }
      console.warn('RouteLab engine failed; the text is kept as typed.', e)
      // Try the newest text again (the same text once more, on a fresh engine).
      dirty = true
    } finally {
      running = false
      if (dirty && !disposed) void run()
    }
  }

  const port: EnginePort = {
    applyEdit: (r) => supervisor.call('edit', analysisBudget(r.text.length), (api) => api.applyEdit(r)),
    simulate: (r) => supervisor.call('simulate', ENGINE_BUDGET_MS, (api) => api.simulate(r)),
    sampleTraffic: (r) => supervisor.call('simulate', ENGINE_BUDGET_MS, (api) => api.sampleTraffic(r)),
    runRouteTests: (r) => supervisor.call('cases', ENGINE_BUDGET_MS + 20 * r.cases.length, (api) => api.runRouteTests(r)),
    readRouteTests: (text) => supervisor.call('cases', analysisBudget(text.length), (api) => api.readRouteTests(text)),
    answerQuestion: (r) => supervisor.call('simulate', ENGINE_BUDGET_MS, (api) => api.answerQuestion(r)),
    routingTable: (r) => supervisor.call('table', analysisBudget(store.getState().text.length), (api) => api.routingTable(r)),
  }
  registerEngine(store, port)
  void run()
  // The case runner loads after the first paint; cases wait for the first analysis anyway.
  let stopCases = () => undefined as void
  void import('./case-runner').then((m) => {
    if (!disposed) stopCases = m.connectCaseRunner(store, port)
  })

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text !== prev.text || s.view !== prev.view) void run()
  })
  return () => {
    disposed = true
    unsubscribe()
    stopCases()
    registerEngine(store, undefined)
    supervisor.dispose()
  }
}

/** A Web Worker; the same engine on this thread only if the browser cannot start one. */
function startEngine(store: LabStore): () => Promise<EngineClient> {
  return async () => {
    try {
      const client = startWorkerEngine()
      store.setState({ engine: 'worker' })
      return client
    } catch {
      store.setState({ engine: 'in-process' })
      return startInProcessEngine()
    }
  }
}
