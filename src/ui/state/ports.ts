import type { RouteTestCase } from '../../model'
import type {
  AnswerQuestionAnswer,
  AnswerQuestionRequest,
  EditRequest,
  EditResponse,
  RoutingTableAnswer,
  RoutingTableRequest,
  RunCasesAnswer,
  RunCasesRequest,
  SimulateAnswer,
  SimulateRequest,
  TrafficAnswer,
  TrafficRequest,
} from '../../worker/protocol'
import type { LabStore } from './store'

/**
 * Capabilities that live outside the store but are reached through it: the engine (registered by
 * the engine bridge, always in the worker, behind its watchdog) and the editor's undo history
 * (registered by the lazily loaded editor). Kept in weak maps so the store stays plain,
 * serialisable data.
 */
export interface EnginePort {
  applyEdit(request: EditRequest): Promise<EditResponse>
  simulate(request: SimulateRequest): Promise<SimulateAnswer>
  sampleTraffic(request: TrafficRequest): Promise<TrafficAnswer>
  runRouteTests(request: RunCasesRequest): Promise<RunCasesAnswer>
  readRouteTests(text: string): Promise<{ ok: true; cases: RouteTestCase[] } | { ok: false; message: string }>
  /** A Learn mode question, answered for the latest analysis (the answer names its version). */
  answerQuestion(request: AnswerQuestionRequest): Promise<AnswerQuestionAnswer>
  routingTable(request: RoutingTableRequest): Promise<RoutingTableAnswer>
}

export interface HistoryPort {
  undo(): void
  redo(): void
  /** Closes the current undo entry, so the next edit starts a new one. */
  close(): void
  /** Reveals a range of the text in the editor (1-based lines). */
  reveal(line: number, endLine: number): void
}

const engines = new WeakMap<LabStore, EnginePort>()
const histories = new WeakMap<LabStore, HistoryPort>()

export function registerEngine(store: LabStore, port: EnginePort | undefined): void {
  if (port) engines.set(store, port)
  else engines.delete(store)
}

export const engineOf = (store: LabStore): EnginePort | undefined => engines.get(store)

export function registerHistory(store: LabStore, port: HistoryPort | undefined): void {
  if (port) histories.set(store, port)
  else histories.delete(store)
}

export const historyOf = (store: LabStore): HistoryPort | undefined => histories.get(store)
