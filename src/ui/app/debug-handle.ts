import { setText, type LabStore } from '../state'

declare global {
  interface Window {
    /** A handle for browser tests, benchmarks and curious users in the devtools console. */
    routelab?: {
      text(): string
      version(): number
      analysisVersion(): number | undefined
      cases(): unknown
      positions(): Record<string, { x: number; y: number }>
      load(text: string): void
    }
  }
}

export function exposeDebugHandle(store: LabStore): () => void {
  window.routelab = {
    text: () => store.getState().text,
    version: () => store.getState().version,
    analysisVersion: () => store.getState().analysis?.version,
    cases: () => store.getState().cases,
    positions: () => store.getState().positions,
    // Replaces the workspace text as a load (not an edit): used by the benchmarks.
    load: (text: string) => setText(store, text, 'load'),
  }
  return () => {
    delete window.routelab
  }
}
