import type { LabStore } from '../state'

declare global {
  interface Window {
    /** A read-only handle for browser tests and curious users in the devtools console. */
    routelab?: {
      text(): string
      version(): number
      analysisVersion(): number | undefined
      cases(): unknown
      positions(): Record<string, { x: number; y: number }>
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
  }
  return () => {
    delete window.routelab
  }
}
