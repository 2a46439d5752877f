import { analyze, AnalysisCache } from '../engine'
import type { Analysis } from '../model'
import type { AnalyzeRequest, EngineApi } from './protocol'

/**
 * The stateful engine service: keeps the incremental cache between edits. The same class runs
 * inside the Web Worker, in-process when a worker cannot start, and in unit tests.
 */
export class EngineHost implements EngineApi {
  private readonly cache = new AnalysisCache()

  async analyze(request: AnalyzeRequest): Promise<Analysis> {
    return analyze({ files: request.files, version: request.version, options: request.options }, this.cache)
  }
}
