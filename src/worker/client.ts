import { wrap, type Remote } from 'comlink'
import type { EngineApi } from './protocol'

export interface EngineClient {
  api: EngineApi | Remote<EngineApi>
  dispose(): void
}

/** Starts the engine in a module Web Worker. Throws if the browser cannot start one. */
export function startWorkerEngine(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'routelab-engine' })
  return { api: wrap<EngineApi>(worker), dispose: () => worker.terminate() }
}

/** The same engine on the calling thread, for tests and as a fallback. Loaded lazily. */
export async function startInProcessEngine(): Promise<EngineClient> {
  const { EngineHost } = await import('./host')
  return { api: new EngineHost(), dispose: () => undefined }
}
