import {
  analyze,
  AnalysisCache,
  answerQuestion,
  appendDocuments,
  applyEdits,
  decodeShareLink,
  encodeShareLink,
  exportCases,
  exportManifests,
  exportObject,
  formatRoutingTable,
  prepareImport,
  readRouteTests,
  routingTable,
  runRouteTests,
  sampleTraffic,
  simulate,
  stripServerFields,
  unwrapLists,
} from '../engine'
import type { Analysis, ExportOptions, ImportFile, ImportResult, ObjectRef, Progress, SharedWorkspace } from '../model'
import { diffAnalysis, type AnalysisPatch } from './analysis-patch'
import type {
  AnalyzeRequest,
  AnswerQuestionAnswer,
  AnswerQuestionRequest,
  EditRequest,
  EditResponse,
  EngineApi,
  RoutingTableAnswer,
  RoutingTableRequest,
  RunCasesAnswer,
  RunCasesRequest,
  SimulateAnswer,
  SimulateRequest,
  TrafficAnswer,
  TrafficRequest,
} from './protocol'

/**
 * The stateful engine service: keeps the incremental cache between edits. The same class runs
 * inside the Web Worker, in-process when a worker cannot start, and in unit tests.
 */
export class EngineHost implements EngineApi {
  private readonly cache = new AnalysisCache()
  /** The latest analysis: simulation runs against it, and its compiled matchers stay cached on it. */
  private latest: Analysis | undefined

  private lastSent?: { seq: number; analysis: Analysis }

  async analyze(request: AnalyzeRequest): Promise<Analysis> {
    const analysis = analyze({ files: request.files, version: request.version, options: request.options, graph: request.graph }, this.cache)
    if (!this.latest || analysis.version >= this.latest.version) this.latest = analysis
    return analysis
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

  async simulate(request: SimulateRequest): Promise<SimulateAnswer> {
    const analysis = this.latest
    if (!analysis) return { version: -1, results: [] }
    return { version: analysis.version, results: request.requests.map((r) => simulate(analysis, r, request.options)) }
  }

  async runRouteTests(request: RunCasesRequest): Promise<RunCasesAnswer> {
    const analysis = this.latest
    if (!analysis) return { version: -1, outcomes: [] }
    return { version: analysis.version, outcomes: runRouteTests(analysis, request.cases) }
  }

  async readRouteTests(text: string) {
    return readRouteTests(text)
  }

  async sampleTraffic(request: TrafficRequest): Promise<TrafficAnswer> {
    const analysis = this.latest ?? { objects: [], listeners: [], bindings: [] }
    return { version: this.latest?.version ?? -1, sample: sampleTraffic(analysis, request.request, request.count, request.seed) }
  }

  async routingTable(request: RoutingTableRequest): Promise<RoutingTableAnswer> {
    const table = routingTable(this.latest ?? { objects: [], listeners: [], bindings: [] })
    return { version: this.latest?.version ?? -1, table, text: formatRoutingTable(table, request.format) }
  }

  async answerQuestion(request: AnswerQuestionRequest): Promise<AnswerQuestionAnswer> {
    const analysis = this.latest ?? analyze({ files: [] })
    return { version: this.latest?.version ?? -1, answer: answerQuestion(analysis, request.question) }
  }

  async exportManifests(text: string, options?: ExportOptions) {
    return exportManifests(text, options)
  }

  async exportObject(text: string, ref: Pick<ObjectRef, 'kind' | 'namespace' | 'name'>, options?: ExportOptions) {
    return exportObject(text, ref, options)
  }

  async prepareImport(files: ImportFile[], onProgress?: (p: Progress) => void): Promise<ImportResult> {
    return prepareImport(files, throttle(onProgress))
  }

  async stripServerFields(text: string, options?: ExportOptions) {
    return stripServerFields(text, options)
  }

  async unwrapLists(text: string) {
    return unwrapLists(text)
  }

  async appendDocuments(base: string, addition: string) {
    return appendDocuments(base, addition)
  }

  async exportCases(cases: unknown) {
    return exportCases(cases)
  }

  async encodeShareLink(workspace: SharedWorkspace, baseLength: number) {
    return encodeShareLink(workspace, baseLength)
  }

  async decodeShareLink(fragment: string) {
    return decodeShareLink(fragment)
  }
}

/** Passes on progress only when it moved by a percent or changed phase: each call is a message. */
function throttle(onProgress?: (p: Progress) => void): (p: Progress) => void {
  if (!onProgress) return () => undefined
  let last: Progress | undefined
  return (p) => {
    if (last && last.phase === p.phase && p.done < p.total && (p.done - last.done) * 100 < p.total) return
    last = p
    void onProgress(p)
  }
}
