import type { TraceStep } from '../../model'
import { routesOf, type ListenerIndex, type SimIndex } from './build-index'
import type { RouteInfo } from './compile-route'
import { describeHostname, hostMatches } from './hostnames'
import type { Miss } from './match-predicates'
import type { Decision } from './precedence'
import { routeStep, routeSubject } from './result'

/**
 * The "why" part of the trace. Not on the hot path: it walks every candidate of the chosen
 * hostname(s) in precedence order and says, for each one that did not win, the exact criterion
 * — a predicate that failed, or the precedence step it lost on.
 */
export interface Candidate {
  route: RouteInfo
  rule: number
  match: number | null
}

export function explainCandidates<E extends Candidate>(
  entries: readonly E[],
  winner: E | undefined,
  miss: (e: E) => Miss | undefined,
  decide: (a: E, b: E) => Decision,
): TraceStep[] {
  const out: TraceStep[] = []
  for (const e of entries) {
    if (e === winner) {
      out.push(routeStep('match', e.route, 'selected', 'the first candidate in precedence order whose conditions all hold', 'selected', e.rule, e.match))
      continue
    }
    const m = miss(e)
    if (m) out.push(routeStep('match', e.route, 'rejected', m.reason, m.criterion, e.rule, e.match))
    else if (winner) {
      const d = decide(winner, e)
      out.push(routeStep('match', e.route, 'rejected', `also matches, but ${routeSubject(winner.route, winner.rule, winner.match)} wins: ${d.reason}`, d.criterion, e.rule, e.match))
    }
  }
  return out
}

/**
 * The whole "why" for HTTP and gRPC: hostname steps, routes that were never candidates, then
 * every candidate of the consulted hostname tables.
 */
export function explainTables<E extends Candidate>(
  index: SimIndex,
  li: ListenerIndex,
  kind: string,
  allHostnames: readonly string[],
  consulted: readonly { hostname: string; entries: readonly E[] }[],
  req: { host: string },
  fallThrough: boolean,
  winner: E | undefined,
  miss: (e: E) => Miss | undefined,
  decide: (a: E, b: E) => Decision,
): TraceStep[] {
  const names = consulted.map((t) => t.hostname)
  return [
    ...explainHostnames(allHostnames, names, req.host, fallThrough),
    ...explainOtherRoutes(index, li, kind, new Set(names), req.host),
    ...consulted.flatMap((t) => explainCandidates(t.entries, winner, miss, decide)),
  ]
}

/** Hostname (virtual host) steps: which tables served the host, and why the others did not. */
export function explainHostnames(all: readonly string[], consulted: readonly string[], host: string, fallThrough: boolean): TraceStep[] {
  const chosen = consulted[0]
  return all.map((h): TraceStep => {
    const subject = `hostname ${describeHostname(h)}`
    if (consulted.includes(h)) {
      const why = h === chosen ? `the most specific hostname serving ${host || '(no host)'}` : 'a less specific hostname, consulted because hostname fall-through is on'
      return { step: 'hostname', subject, outcome: 'selected', reason: why, criterion: 'hostname' }
    }
    if (hostMatches(h, host)) {
      return {
        step: 'hostname',
        subject,
        outcome: 'rejected',
        reason: fallThrough
          ? `matches ${host}, but is not consulted after a more specific hostname matched`
          : `matches ${host}, but ${describeHostname(chosen ?? '')} is more specific; Envoy-based gateways pick one virtual host per request and do not fall through (implementation choice)`,
        criterion: 'implementation-choice',
      }
    }
    return { step: 'hostname', subject, outcome: 'rejected', reason: `does not match ${host || '(no host)'}`, criterion: 'hostname-mismatch' }
  })
}

/**
 * Routes of `kind` that were not candidates at all: attached elsewhere, not attached, or bound
 * here only under hostnames that were not consulted.
 */
export function explainOtherRoutes(index: SimIndex, li: ListenerIndex, kind: string, consulted: ReadonlySet<string>, host: string): TraceStep[] {
  const out: TraceStep[] = []
  const byName = (a: { route: RouteInfo }, b: { route: RouteInfo }) => (a.route.nsName < b.route.nsName ? -1 : a.route.nsName > b.route.nsName ? 1 : 0)
  const here = new Map(routesOf(li).filter((r) => r.route.ref.kind === kind).sort(byName).map((r) => [r.route.nsName, r]))
  for (const r of here.values()) {
    const hostnames = r.hostnames.length === 0 ? [''] : r.hostnames
    if (hostnames.some((h) => consulted.has(h))) continue
    const matching = hostnames.filter((h) => hostMatches(h, host))
    const reason = matching.length
      ? `its hostname ${matching.map(describeHostname).join(', ')} matches, but a more specific hostname was chosen`
      : `its hostnames on this listener (${hostnames.map(describeHostname).join(', ')}) do not match ${host || '(no host)'}`
    out.push(routeStep('route', r.route, 'rejected', reason, matching.length ? 'implementation-choice' : 'hostname-mismatch'))
  }
  const elsewhere = new Map<string, string[]>()
  for (const other of index.byListener.values()) {
    if (other === li) continue
    for (const r of routesOf(other)) if (r.route.ref.kind === kind && !here.has(r.route.nsName)) elsewhere.set(r.route.nsName, [...(elsewhere.get(r.route.nsName) ?? []), other.listener.name])
  }
  // Sorted so the trace, like the result, never depends on document order.
  const others = index.objects.filter((o) => o.kind === kind).map((o) => ({ o, nsName: `${o.metadata.namespace}/${o.metadata.name}` }))
  others.sort((a, b) => (a.nsName < b.nsName ? -1 : a.nsName > b.nsName ? 1 : 0))
  for (const { o, nsName } of others) {
    if (here.has(nsName)) continue
    const where = elsewhere.get(nsName)
    const info: RouteInfo = { obj: o as RouteInfo['obj'], ref: { kind, namespace: o.metadata.namespace, name: o.metadata.name }, created: 0, nsName }
    out.push(
      routeStep(
        'route',
        info,
        'rejected',
        where ? `attached to listener ${[...where].sort().join(', ')}, not to ${li.listener.name}` : 'not attached to any listener (no Accepted parent; see its status)',
        'not-attached',
      ),
    )
  }
  return out
}
