import { engineOf, type EnginePort, type LabStore } from '../state'

/** Resolves once the store holds the analysis of its current text (and the engine is connected). */
function analysed(store: LabStore): Promise<EnginePort> {
  const ready = () => {
    const s = store.getState()
    const port = engineOf(store)
    return s.analysis?.version === s.version && port ? port : undefined
  }
  const now = ready()
  if (now) return Promise.resolve(now)
  return new Promise((resolve) => {
    const stop = store.subscribe(() => {
      const port = ready()
      if (!port) return
      stop()
      resolve(port)
    })
  })
}

/**
 * Asks the engine something about the text the user sees now. The worker answers for its latest
 * analysis and names its version; an answer for another version than the store's current one
 * (the text changed meanwhile) is asked again, so what comes back always belongs to the text on
 * screen when it arrives. The main thread never runs the engine itself.
 *
 * @example
 * const r = await askEngine(store, (port, version) => port.routingTable({ version, format: 'json' }))
 */
export async function askEngine<T extends { version: number }>(store: LabStore, ask: (port: EnginePort, version: number) => Promise<T>): Promise<T> {
  for (;;) {
    const port = await analysed(store)
    const version = store.getState().version
    const answer = await ask(port, version)
    if (answer.version === store.getState().version) return answer
  }
}
