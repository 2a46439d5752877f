import { useEffect, useState } from 'react'
import type { RunRouteTestsAnswer } from '../../worker/protocol'
import { askEngine } from '../guide/ask-engine'
import { useLab, useLabStore } from '../state'

export type CaseResults = { state: 'none' } | { state: 'running' } | { state: 'done'; answer: RunRouteTestsAnswer } | { state: 'failed'; message: string }

/**
 * The open workspace's test cases, run by the engine (in the worker) against its current text,
 * again after every change to the text or the cases. While a re-run is on its way the previous
 * verdict for the same cases stays, so the badge does not flicker as the user types.
 */
export function useCaseResults(enabled: boolean): CaseResults {
  const store = useLabStore()
  const cases = useLab((s) => s.cases)
  const version = useLab((s) => s.analysis?.version)
  const [last, setLast] = useState<{ cases: unknown; results: CaseResults }>()
  useEffect(() => {
    if (!enabled || cases === undefined) return
    let live = true
    askEngine(store, (port, v) => port.runRouteTests({ version: v, cases })).then(
      (answer) => live && setLast({ cases, results: { state: 'done', answer } }),
      (e: unknown) => live && setLast({ cases, results: { state: 'failed', message: String((e as Error).message ?? e) } }),
    )
    return () => {
      live = false
    }
  }, [store, enabled, cases, version])
  if (!enabled || cases === undefined) return { state: 'none' }
  return last?.cases === cases ? last.results : { state: 'running' }
}
