import type { RouteTestCase, RouteTestDiff, RouteTestOutcome } from '../../model'
import type { CaseRun } from '../state'

export type CaseState = { kind: 'pass'; outcome: RouteTestOutcome } | { kind: 'fail'; outcome: RouteTestOutcome } | { kind: 'pending' }

/**
 * Each case's latest outcome, matched by identity: an edited case is a new object, so it shows as
 * running until its own result arrives, while untouched cases keep theirs.
 */
export function caseStates(cases: readonly RouteTestCase[], run: CaseRun | undefined): CaseState[] {
  const byCase = new Map<RouteTestCase, RouteTestOutcome>()
  run?.cases.forEach((c, i) => {
    const o = run.outcomes[i]
    if (o) byCase.set(c, o)
  })
  return cases.map((c) => {
    const outcome = byCase.get(c)
    if (!outcome) return { kind: 'pending' }
    return outcome.diffs.length === 0 ? { kind: 'pass', outcome } : { kind: 'fail', outcome }
  })
}

const show = (v: unknown): string => {
  if (v === undefined) return '(nothing)'
  if (v === null) return 'none'
  if (typeof v === 'string') return v
  if (Array.isArray(v) && v.length === 0) return 'none'
  if (Array.isArray(v)) return v.map((b) => (typeof b === 'object' && b !== null && 'name' in b ? `${String((b as { name: unknown }).name)}${'weight' in b && (b as { weight?: unknown }).weight !== undefined ? ` ${String((b as { weight: unknown }).weight)}` : ''}` : JSON.stringify(b))).join(', ')
  return JSON.stringify(v)
}

/** One difference in words: "status: expected 200, now 404". */
export function diffWords(d: RouteTestDiff): string {
  return `${d.field}: expected ${show(d.expected)}, now ${show(d.actual)}`
}

/** "5 cases · 4 passed · 1 failed" (and how many are still running). */
export function casesSummary(states: readonly CaseState[]): string {
  const pass = states.filter((s) => s.kind === 'pass').length
  const fail = states.filter((s) => s.kind === 'fail').length
  const pending = states.length - pass - fail
  return [`${states.length} case${states.length === 1 ? '' : 's'}`, `${pass} passed`, `${fail} failed`, ...(pending ? [`${pending} running`] : [])].join(' · ')
}
