import type { RouteTestOutcome } from '../../model'
import { useLab } from '../state'

export type CaseResults = { state: 'none' } | { state: 'running' } | { state: 'done'; outcomes: RouteTestOutcome[] } | { state: 'failed'; message: string }

/**
 * The verdict on the open workspace's test cases: the case runner (app/case-runner.ts) reads
 * them in the worker and runs them there against every new analysis; this only reads its result.
 * While a re-run is on its way the previous verdict for the same cases stays, so nothing flickers.
 */
export function useCaseResults(): CaseResults {
  const cases = useLab((s) => s.cases)
  const waiting = useLab((s) => s.casesText !== undefined)
  const error = useLab((s) => s.casesError)
  const run = useLab((s) => s.caseRun)
  if (error) return { state: 'failed', message: error }
  if (!cases?.length) return waiting ? { state: 'running' } : { state: 'none' }
  return run?.cases === cases ? { state: 'done', outcomes: run.outcomes } : { state: 'running' }
}
