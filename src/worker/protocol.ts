import type {
  Analysis,
  AnalyzeOptions,
  EditIntent,
  EditResult,
  GraphOptions,
  ExportOptions,
  ImportFile,
  ImportResult,
  ObjectRef,
  Question,
  QuestionAnswer,
  RoutingTable,
  Progress,
  ShareLinkResult,
  SharedWorkspace,
  SharedWorkspaceResult,
  RouteTestCase,
  RouteTestOutcome,
  SimRequest,
  SimResult,
  SimulateOptions,
  SourceFile,
  TrafficSample,
} from '../model'
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
  /** Simulates requests against the latest analysis; the answer names the version it used. */
  simulate(request: SimulateRequest): Promise<SimulateAnswer>
  /** Runs route tests (the `routelab test` format) against the latest analysis. */
  runRouteTests(request: RunCasesRequest): Promise<RunCasesAnswer>
  /** Reads a route tests file (YAML or JSON); never throws. */
  readRouteTests(text: string): Promise<{ ok: true; cases: RouteTestCase[] } | { ok: false; message: string }>
  /** "Send N": `count` copies of one request, backends drawn by weight with a seeded generator. */
  sampleTraffic(request: TrafficRequest): Promise<TrafficAnswer>
  /** The effective routing table of the latest analysis, as data and as text in `format`. */
  routingTable(request: RoutingTableRequest): Promise<RoutingTableAnswer>
  /** Answers a Learn mode question against the latest analysis: the engine computes the right choice. */
  answerQuestion(request: AnswerQuestionRequest): Promise<AnswerQuestionAnswer>
  /** The workspace as one `kubectl apply -f` ready text (dependency order, server fields stripped on request). */
  exportManifests(text: string, options?: ExportOptions): Promise<string>
  /** One object's document, or undefined when the text does not declare it. */
  exportObject(text: string, ref: Pick<ObjectRef, 'kind' | 'namespace' | 'name'>, options?: ExportOptions): Promise<string | undefined>
  /** Reads files to import; `onProgress` (a comlink proxy across the worker boundary) hears about long reads. */
  prepareImport(files: ImportFile[], onProgress?: (p: Progress) => void): Promise<ImportResult>
  stripServerFields(text: string, options?: ExportOptions): Promise<{ text: string; removed: number; objects: number }>
  unwrapLists(text: string): Promise<{ text: string; lists: number }>
  /** `addition`'s documents after `base`'s, as new documents; neither text otherwise changed. */
  appendDocuments(base: string, addition: string): Promise<string>
  /** The test cases as a YAML file. */
  exportCases(cases: unknown): Promise<string>
  encodeShareLink(workspace: SharedWorkspace, baseLength: number): Promise<ShareLinkResult>
  decodeShareLink(fragment: string): Promise<SharedWorkspaceResult>
}

/** Requests to follow through the analysis of document `version` (the latest one analysed). */
export interface SimulateRequest {
  version: number
  requests: SimRequest[]
  options?: SimulateOptions
}

/** `version` is that of the analysis used; the UI drops answers older than its text. */
export interface SimulateAnswer {
  version: number
  results: SimResult[]
}

/** The routing table of the latest analysis; `format` picks the text rendering (the data comes too). */
export interface RoutingTableRequest {
  version: number
  format: 'markdown' | 'json'
}

/** `version` is that of the analysis used; `text` is `table` rendered in the requested format. */
export interface RoutingTableAnswer {
  version: number
  table: RoutingTable
  text: string
}

/** Route tests to run against the latest analysis (the one of document `version`, normally). */
export interface RunCasesRequest {
  version: number
  cases: RouteTestCase[]
}

/** `version` is that of the analysis used; the UI drops answers older than its text. */
export interface RunCasesAnswer {
  version: number
  outcomes: RouteTestOutcome[]
}

export interface TrafficRequest {
  version: number
  request: SimRequest
  count: number
  seed: number
}

export interface TrafficAnswer {
  version: number
  sample: TrafficSample
}

/** A Learn mode question, asked of the latest analysis (document `version`). */
export interface AnswerQuestionRequest {
  version: number
  question: Question
}

/** `version` is that of the analysis used. */
export interface AnswerQuestionAnswer {
  version: number
  answer: QuestionAnswer
}
