import type { HTTPRouteRule, SimResult, SimulateOptions } from '../../model'
import type { ListenerIndex, SimIndex } from './build-index'
import type { HttpEntry } from './compile-route'
import { forwardRequest, type MatchedRule } from './forward-request'
import { explainCandidates, explainHostnames, explainOtherRoutes } from './explain-candidates'
import { hostIndexFind, hostIndexFindAll, hostIndexValues } from './host-index'
import { lookupHttpTable, type HttpTable } from './http-table'
import { httpEntryMiss } from './match-predicates'
import type { NormalRequest } from './normalize-request'
import { decideHttp } from './precedence'
import { routeStep } from './result'

/** The tables a request consults: one virtual host, or all matching ones with fall-through. */
export function httpTablesFor(li: ListenerIndex, host: string, fallThrough: boolean): HttpTable[] {
  if (!fallThrough) {
    const t = hostIndexFind(li.http, host)
    return t ? [t.value] : []
  }
  return hostIndexFindAll(li.http, host).map((t) => t.value)
}

/**
 * The winning match element for a request on one listener, through the compiled index.
 *
 * @example
 * matchHttp(index.byListener.get(key)!, normalizeRequest({ protocol: 'HTTP', host: 'a.example.com', path: '/x' }))
 */
export function matchHttp(li: ListenerIndex, req: NormalRequest, fallThrough = false): HttpEntry | undefined {
  for (const t of httpTablesFor(li, req.host, fallThrough)) {
    const e = lookupHttpTable(t, req)
    if (e) return e
  }
  return undefined
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The rule's PathPrefix value that ReplacePrefixMatch replaces (its single match, per CEL). */
function matchedPrefix(rule: HTTPRouteRule, entry: HttpEntry): string | undefined {
  if (entry.pathKind === 'PathPrefix') return entry.pathValue
  const matches = Array.isArray(rule.matches) ? rule.matches : []
  const prefixes = matches.filter((m) => isObj(m) && isObj(m.path) && m.path.type === 'PathPrefix')
  return prefixes.length === 1 && matches.length === 1 ? String(prefixes[0]!.path.value ?? '/') : undefined
}

export function simulateHttp(
  index: SimIndex,
  li: ListenerIndex,
  req: NormalRequest,
  result: SimResult,
  options: SimulateOptions,
): void {
  const fallThrough = options.hostnameFallThrough === true
  const full = options.trace !== 'summary'
  const tables = httpTablesFor(li, req.host, fallThrough)
  let winner: HttpEntry | undefined
  for (const t of tables) if ((winner = lookupHttpTable(t, req))) break

  const trace = result.trace
  if (full) {
    const consulted = winner ? tables.slice(0, tables.findIndex((t) => t.entries.includes(winner!)) + 1) : tables
    const allHostnames = hostIndexValues(li.http).map((t) => t.value.hostname)
    trace.push(...explainHostnames(allHostnames, consulted.map((t) => t.hostname), req.host, fallThrough))
    trace.push(...explainOtherRoutes(index, li, 'HTTPRoute', new Set(consulted.map((t) => t.hostname)), req.host))
    for (const t of consulted) trace.push(...explainCandidates(t.entries, winner, (e) => httpEntryMiss(e, req), decideHttp))
  } else if (tables[0]) {
    trace.push({ step: 'hostname', subject: `hostname ${tables[0].hostname || 'any host'}`, outcome: 'selected', reason: 'the most specific hostname serving the request', criterion: 'hostname' })
  }
  if (!winner) {
    trace.push({ step: 'route', subject: `listener ${li.listener.name}`, outcome: 'rejected', reason: tables.length ? 'no rule matches: 404' : `no HTTPRoute on this listener serves ${req.host || '(no host)'}: 404`, criterion: 'no-match' })
    return
  }
  const obj = winner.route.obj
  const rule = (Array.isArray(obj.spec.rules) ? obj.spec.rules[winner.rule] : undefined) as HTTPRouteRule | undefined
  result.route = winner.route.ref
  result.rule = winner.rule
  result.match = winner.match
  if (!full) trace.push(routeStep('match', winner.route, 'selected', 'the first candidate in precedence order whose conditions all hold', 'selected', winner.rule, winner.match))
  if (!rule) return
  const m: MatchedRule = { route: winner.route, ruleIndex: winner.rule, rule: rule as unknown as Record<string, unknown>, grpc: false }
  const prefix = matchedPrefix(rule, winner)
  if (prefix !== undefined) m.matchedPrefix = prefix
  forwardRequest(li.listener, req, result, index.lookup, m)
}
