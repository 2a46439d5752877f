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
