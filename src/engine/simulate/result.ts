import type { ObjectRef, SimResult, TraceStep } from '../../model'
import type { RouteInfo } from './compile-route'

/** A result with nothing matched yet; each stage fills in what it decides. */
export function emptyResult(gateway: ObjectRef | null, listener: string | null, trace: TraceStep[]): SimResult {
  return {
    status: 404,
    gateway: gateway ? { namespace: gateway.namespace, name: gateway.name } : null,
    listener,
    route: null,
    rule: null,
    match: null,
    backends: [],
    forwarded: null,
    response: { headers: {} },
    mirrors: [],
    trace,
  }
}

export function routeSubject(r: RouteInfo, rule?: number, match?: number | null): string {
  let s = `${r.ref.kind} ${r.nsName}`
  if (rule !== undefined) s += ` rule ${rule}`
  if (match !== undefined && match !== null) s += ` match ${match}`
  return s
}

/** A trace step about a route (and optionally its rule and match), with the fields a view highlights. */
export function routeStep(
  kind: TraceStep['step'],
  r: RouteInfo,
  outcome: TraceStep['outcome'],
  reason: string,
  criterion: string,
  rule?: number,
  match?: number | null,
): TraceStep {
  const t: TraceStep = { step: kind, subject: routeSubject(r, rule, match), outcome, reason, criterion, route: r.ref }
  if (rule !== undefined) t.rule = rule
  if (match !== undefined && match !== null) t.match = match
  return t
}

/**
 * Records the winning match element on the result; in summary mode also its trace step (the
 * full trace has already explained every candidate). Returns the matched rule, if it exists.
 */
export function recordWinner(result: SimResult, winner: { route: RouteInfo; rule: number; match: number | null }, summary: boolean): Record<string, unknown> | undefined {
  result.route = winner.route.ref
  result.rule = winner.rule
  result.match = winner.match
  if (summary) result.trace.push(routeStep('match', winner.route, 'selected', 'the first candidate in precedence order whose conditions all hold', 'selected', winner.rule, winner.match))
  const rules = winner.route.obj.spec.rules
  const rule = Array.isArray(rules) ? (rules[winner.rule] as unknown) : undefined
  return typeof rule === 'object' && rule !== null ? (rule as Record<string, unknown>) : undefined
}
