import { createStore, type StoreApi } from 'zustand/vanilla'
import type { SimRequest, SimResult, TrafficSample } from '../../model'
import { engineOf, type LabStore } from '../state'
import { EMPTY_DRAFT, toRequest, type Draft } from './draft'
import { pathHighlight } from './path-highlight'

export type TesterView = 'result' | 'why' | 'traffic'

export interface TesterState {
  draft: Draft
  /** The request last sent; its result follows the document as it changes. */
  sent?: SimRequest
  result?: SimResult
  /** The request `result` answers: until a newly sent request's answer arrives, the previous one. */
  answered?: SimRequest
  /** The document version `result` belongs to. */
  version?: number
  pending: boolean
  error?: string
  traffic?: { request: SimRequest; version: number; sample: TrafficSample }
  /** The last "Send N" asked for; it re-runs with the result as the document changes. */
  many?: { count: number; seed: number }
  trafficPending: boolean
  view: TesterView
}

export type TesterStore = StoreApi<TesterState>

const stores = new WeakMap<LabStore, TesterStore>()

/**
 * The tester's state for one lab, created on first use and kept for the lab's life, so the
 * result (and the path lit on the graph) follows every edit even while the tester is not shown.
 */
export function testerOf(lab: LabStore): TesterStore {
  let t = stores.get(lab)
  if (!t) {
    const store = createStore<TesterState>(() => ({ draft: { ...EMPTY_DRAFT, host: '' }, pending: false, trafficPending: false, view: 'result' }))
    t = store
    stores.set(lab, store)
    lab.subscribe((s, prev) => {
      if (s.analysis !== prev.analysis && s.analysis && s.analysis.version === s.version) void follow(lab, store)
    })
  }
  return t
}

/** Sends the draft: Enter in the form, or the Send button. */
export function send(lab: LabStore, draft = testerOf(lab).getState().draft): Promise<void> {
  const tester = testerOf(lab)
  tester.setState({ sent: toRequest(draft), traffic: undefined, many: undefined })
  return follow(lab, tester)
}

/** Re-simulates the last sent request against the current document. */
async function follow(lab: LabStore, tester: TesterStore): Promise<void> {
  const request = tester.getState().sent
  const engine = engineOf(lab)
  if (!request || !engine) return
  const version = lab.getState().version
  tester.setState({ pending: true })
  try {
    const answer = await engine.simulate({ version, requests: [request] })
    const now = lab.getState()
    // An answer for older text, or for a request replaced meanwhile, is dropped; the newer run shows.
    if (tester.getState().sent !== request || answer.version !== now.version) return
    const result = answer.results[0]
    tester.setState({ result, answered: request, version: answer.version, pending: false, error: undefined })
    const analysis = now.lastGood
    lab.setState({ pathHighlight: result && analysis ? pathHighlight(result, analysis) : undefined })
    const many = tester.getState().many
    if (many && tester.getState().traffic?.version !== answer.version) void sendMany(lab, many.count, many.seed)
  } catch (e) {
    if (tester.getState().sent === request) tester.setState({ pending: false, error: `The engine did not answer (${(e as Error).message}); it has been restarted. Send again.` })
  }
}

/** "Send 1,000": the last sent request `count` times, backends drawn with `seed`. */
export async function sendMany(lab: LabStore, count: number, seed: number): Promise<void> {
  const tester = testerOf(lab)
  const request = tester.getState().sent ?? toRequest(tester.getState().draft)
  const engine = engineOf(lab)
  if (!engine) return
  tester.setState({ trafficPending: true, sent: request, many: { count, seed } })
  try {
    const version = lab.getState().version
    const answer = await engine.sampleTraffic({ version, request, count, seed })
    if (tester.getState().sent !== request) return
    tester.setState({ traffic: { request, version: answer.version, sample: answer.sample }, trafficPending: false })
  } catch (e) {
    tester.setState({ trafficPending: false, error: `The engine did not answer (${(e as Error).message}); it has been restarted. Send again.` })
  }
}

/** Turns the graph back to normal: the path is no longer lit. */
export function clearPath(lab: LabStore): void {
  lab.setState({ pathHighlight: undefined })
}

export function setDraft(lab: LabStore, patch: Partial<Draft>): void {
  const t = testerOf(lab)
  t.setState({ draft: { ...t.getState().draft, ...patch } })
}
