import type { Analysis, AnalyzeOptions, EditIntent, EditResult, GraphOptions, SourceFile } from '../model'
import type { AnalysisPatch } from './analysis-patch'

/** One analysis request. `version` is the editor's document version; answers echo it back. */
export interface AnalyzeRequest {
  version: number
  files: SourceFile[]
  options?: AnalyzeOptions
  /** How the graph is drawn: grouping, collapsed routes, filters. */
  graph?: GraphOptions
}

/** Visual edits to apply to `text`, in order, as one change. */
export interface EditRequest {
  version: number
  text: string
  intents: EditIntent[]
}

/** The edit's result, for the text version it was computed from. */
export type EditResponse = EditResult & { version: number }

/**
 * The typed contract between the UI and the engine host. The UI imports this as a type only and
 * talks to a Worker through comlink; tests and the fallback call an in-process host directly.
 */
export interface EngineApi {
  analyze(request: AnalyzeRequest): Promise<Analysis>
  /**
   * The same analysis as a patch against the previous answer of this method, so that only what
   * changed crosses the worker boundary. `full` asks for a complete one (first call, or after the
   * caller lost track).
   */
  analyzePatch(request: AnalyzeRequest & { full?: boolean }): Promise<AnalysisPatch>
  applyEdit(request: EditRequest): Promise<EditResponse>
}
