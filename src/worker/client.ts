import { proxy, wrap, type Remote } from 'comlink'
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

/**
 * Wraps a callback so it can be handed to the engine across the worker boundary (comlink calls it
 * back through a message port); in-process it is called directly.
 */
export function engineCallback<T extends (...args: never[]) => unknown>(fn: T): T {
  return proxy(fn)
}
