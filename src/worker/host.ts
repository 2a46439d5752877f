import { analyze, AnalysisCache, applyEdits } from '../engine'
import type { Analysis } from '../model'
import type { AnalyzeRequest, EditRequest, EditResponse, EngineApi } from './protocol'

/**
 * The stateful engine service: keeps the incremental cache between edits. The same class runs
 * inside the Web Worker, in-process when a worker cannot start, and in unit tests.
 */
export class EngineHost implements EngineApi {
  private readonly cache = new AnalysisCache()

  async analyze(request: AnalyzeRequest): Promise<Analysis> {
    return analyze({ files: request.files, version: request.version, options: request.options, graph: request.graph }, this.cache)
  }

  /** Visual edits reuse the documents the last analysis parsed, so an edit parses at most one. */
  async applyEdit(request: EditRequest): Promise<EditResponse> {
    return { ...applyEdits(request.text, request.intents, { cache: this.cache.documents }), version: request.version }
  }
}
