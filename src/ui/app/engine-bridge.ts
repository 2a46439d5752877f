import { startInProcessEngine, startWorkerEngine, type EngineClient } from '../../worker/client'
import { applyAnalysis, type LabStore } from '../state'

/** Waits this long after the last keystroke before analysing, so a burst of typing costs one run. */
const DEBOUNCE_MS = 30

/**
 * Connects the store to the engine: every text change is analysed in the worker, and the answer
 * is applied only if it is still for the current version. Returns a function that disconnects.
 */
export function connectEngine(store: LabStore): () => void {
  let client: EngineClient | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let disposed = false

  const run = async () => {
    if (!client) return
    const { text, fileName, version } = store.getState()
    try {
      const analysis = await client.api.analyze({ version, files: [{ name: fileName, text }] })
      if (!disposed) applyAnalysis(store, analysis)
    } catch (e) {
      console.warn('RouteLab engine failed; the text is kept as typed.', e)
    }
  }
  const schedule = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void run(), DEBOUNCE_MS)
  }

  const start = async () => {
    try {
      client = startWorkerEngine()
      store.setState({ engine: 'worker' })
    } catch {
      client = await startInProcessEngine()
      store.setState({ engine: 'in-process' })
    }
    await run()
  }
  void start()

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text !== prev.text) schedule()
  })
  return () => {
    disposed = true
    unsubscribe()
    if (timer) clearTimeout(timer)
    client?.dispose()
  }
}
