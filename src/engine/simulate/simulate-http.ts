import type { HTTPRouteRule, SimResult, SimulateOptions } from '../../model'
import type { ListenerIndex, SimIndex } from './build-index'
import type { HttpEntry } from './compile-route'
import { forwardRequest, type MatchedRule } from './forward-request'
import { explainTables } from './explain-candidates'
import { hostIndexFind, hostIndexFindAll, hostIndexValues } from './host-index'
import { lookupHttpTable, type HttpTable } from './http-table'
import { httpEntryMiss } from './match-predicates'
import { text, type NormalRequest } from './normalize-request'
import { decideHttp } from './precedence'
import { recordWinner } from './result'

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
  return prefixes.length === 1 && matches.length === 1 ? text(prefixes[0]!.path.value ?? '/') : undefined
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
    const all = hostIndexValues(li.http).map((t) => t.value.hostname)
    trace.push(...explainTables(index, li, 'HTTPRoute', all, consulted, req, fallThrough, winner, (e) => httpEntryMiss(e, req), decideHttp))
  } else if (tables[0]) {
    trace.push({ step: 'hostname', subject: `hostname ${tables[0].hostname || 'any host'}`, outcome: 'selected', reason: 'the most specific hostname serving the request', criterion: 'hostname' })
  }
  if (!winner) {
    trace.push({ step: 'route', subject: `listener ${li.listener.name}`, outcome: 'rejected', reason: tables.length ? 'no rule matches: 404' : `no HTTPRoute on this listener serves ${req.host || '(no host)'}: 404`, criterion: 'no-match' })
    return
  }
  const rule = recordWinner(result, winner, !full)
  if (!rule) return
  const m: MatchedRule = { route: winner.route, ruleIndex: winner.rule, rule, grpc: false }
  const prefix = matchedPrefix(rule as unknown as HTTPRouteRule, winner)
  if (prefix !== undefined) m.matchedPrefix = prefix
  forwardRequest(li.listener, req, result, index.lookup, m)
}
