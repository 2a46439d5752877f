import type { Remote } from 'comlink'
import { startInProcessEngine, startWorkerEngine } from '../../worker/client'
import type { EngineApi } from '../../worker/protocol'

export type WorkspaceEngine = EngineApi | Remote<EngineApi>

let started: Promise<WorkspaceEngine> | undefined

/**
 * The engine for imports, exports and share links: its own worker, started on first use, so a
 * 5 MB import neither freezes the page nor holds up the analysis of what the user is typing.
 */
export function workspaceEngine(): Promise<WorkspaceEngine> {
  started ??= (async () => {
    try {
      return startWorkerEngine().api
    } catch {
      return (await startInProcessEngine()).api
    }
  })()
  return started
}
