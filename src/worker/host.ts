import { analyze, AnalysisCache, formatRoutingTable, routingTable, simulate } from '../engine'
import type { Analysis } from '../model'
import type { AnalyzeRequest, EngineApi, RoutingTableAnswer, RoutingTableRequest, SimulateAnswer, SimulateRequest } from './protocol'

/**
 * The stateful engine service: keeps the incremental cache between edits. The same class runs
 * inside the Web Worker, in-process when a worker cannot start, and in unit tests.
 */
export class EngineHost implements EngineApi {
  private readonly cache = new AnalysisCache()
  /** The latest analysis: simulation runs against it, and its compiled matchers stay cached on it. */
  private latest: Analysis | undefined

  async analyze(request: AnalyzeRequest): Promise<Analysis> {
    const analysis = analyze({ files: request.files, version: request.version, options: request.options }, this.cache)
    if (!this.latest || analysis.version >= this.latest.version) this.latest = analysis
    return analysis
  }

  async simulate(request: SimulateRequest): Promise<SimulateAnswer> {
    const analysis = this.latest
    if (!analysis) return { version: -1, results: [] }
    return { version: analysis.version, results: request.requests.map((r) => simulate(analysis, r, request.options)) }
  }

  async routingTable(request: RoutingTableRequest): Promise<RoutingTableAnswer> {
    const table = routingTable(this.latest ?? { objects: [], listeners: [], bindings: [] })
    return { version: this.latest?.version ?? -1, table, text: formatRoutingTable(table, request.format) }
  }
}
