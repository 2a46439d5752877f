import type { Analysis, AnalyzeOptions, SourceFile } from '../model'

/** One analysis request. `version` is the editor's document version; answers echo it back. */
export interface AnalyzeRequest {
  version: number
  files: SourceFile[]
  options?: AnalyzeOptions
}

/**
 * The typed contract between the UI and the engine host. The UI imports this as a type only and
 * talks to a Worker through comlink; tests and the fallback call an in-process host directly.
 */
export interface EngineApi {
  analyze(request: AnalyzeRequest): Promise<Analysis>
}
