import { analyze, AnalysisCache, applyEdits } from '../engine'
import type { Analysis } from '../model'
import { diffAnalysis, type AnalysisPatch } from './analysis-patch'
import type { AnalyzeRequest, EditRequest, EditResponse, EngineApi } from './protocol'

/**
 * The stateful engine service: keeps the incremental cache between edits. The same class runs
 * inside the Web Worker, in-process when a worker cannot start, and in unit tests.
 */
export class EngineHost implements EngineApi {
  private readonly cache = new AnalysisCache()

  private lastSent?: { seq: number; analysis: Analysis }

  async analyze(request: AnalyzeRequest): Promise<Analysis> {
    return analyze({ files: request.files, version: request.version, options: request.options, graph: request.graph }, this.cache)
  }

  async analyzePatch(request: AnalyzeRequest & { full?: boolean }): Promise<AnalysisPatch> {
    const next = await this.analyze(request)
    const seq = (this.lastSent?.seq ?? 0) + 1
    const base = request.full ? undefined : this.lastSent
    const patch = diffAnalysis(base?.analysis, next, base ? { seq, base: base.seq } : { seq })
    this.lastSent = { seq, analysis: next }
    return patch
  }

  /** Visual edits reuse the documents the last analysis parsed, so an edit parses at most one. */
  async applyEdit(request: EditRequest): Promise<EditResponse> {
    return { ...applyEdits(request.text, request.intents, { cache: this.cache.documents }), version: request.version }
  }
}
