import type { EffectiveListener, HTTPRouteRule, SimResult, SimStatus, SimulateOptions } from '../../model'
import { applyHttpFilters, type FilterState } from './apply-filters'
import type { ListenerIndex, SimIndex } from './build-index'
import { chooseBackend, type BackendWorld } from './choose-backends'
import type { HttpEntry } from './compile-route'
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
  world: BackendWorld,
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
  forward(li.listener, req, result, world, winner, rule)
}

function forward(listener: EffectiveListener, req: NormalRequest, result: SimResult, world: BackendWorld, entry: HttpEntry, rule: HTTPRouteRule): void {
  const route = entry.route
  const s: FilterState = {
    req,
    route: route.obj,
    subject: `${route.ref.kind} ${route.nsName} rule ${entry.rule}`,
    scheme: listener.protocol === 'HTTPS' ? 'https' : 'http',
    listenerPort: listener.port,
    method: req.method,
    host: req.hostRaw,
    path: req.path,
    query: req.query,
    headers: new Map(req.headers),
    responseHeaders: new Map(),
    removedResponseHeaders: new Set(),
    mirrors: [],
    trace: result.trace,
    world,
  }
  const prefix = matchedPrefix(rule, entry)
  if (prefix !== undefined) s.matchedPrefix = prefix
  if (rule.timeouts || rule.retry) {
    result.policies = {}
    if (rule.timeouts) result.policies.timeouts = rule.timeouts
    if (rule.retry) result.policies.retry = rule.retry
    result.trace.push({ step: 'rule', subject: s.subject, outcome: 'applied', reason: `timeouts/retry configured: ${JSON.stringify(result.policies)} (reported, not simulated)`, criterion: 'policies' })
  }
  applyHttpFilters(s, rule.filters)
  const finish = () => {
    result.response.headers = Object.fromEntries(s.responseHeaders)
    result.mirrors = s.mirrors
  }
  if (s.redirect) {
    result.status = s.redirect.status as SimStatus
    s.responseHeaders.set('location', s.redirect.location)
    return finish()
  }
  if (s.answered) {
    result.status = 200
    return finish()
  }
  const choice = chooseBackend(world, route.obj, Array.isArray(rule.backendRefs) ? rule.backendRefs : [], req.backend)
  result.backends = choice.backends
  if (choice.errorShare > 0 && choice.errorShare < 1) result.errorProbability = choice.errorShare
  choice.backends.forEach((b, i) => {
    const share = `${(b.probability * 100).toFixed(1).replace(/\.0$/, '')}%`
    result.trace.push({
      step: 'backend',
      subject: `${b.kind} ${b.namespace}/${b.name}${b.port !== null ? `:${b.port}` : ''}`,
      outcome: i === choice.chosen ? 'selected' : b.invalid || b.probability === 0 ? 'rejected' : 'skipped',
      reason: `weight ${b.weight} → ${share} of requests${b.invalid ? `; invalid (${b.invalid}), so that share is answered 500` : ''}${i === choice.chosen ? '; followed here' : ''}`,
      criterion: b.invalid ? 'backend-invalid' : 'weight',
    })
  })
  const chosen = choice.backends[choice.chosen]
  if (!chosen || chosen.invalid) {
    result.status = 500
    result.trace.push({ step: 'backend', subject: s.subject, outcome: 'rejected', reason: `${choice.failure ?? `backend ${chosen?.name ?? ''} is invalid`}: 500`, criterion: 'no-backend' })
    return finish()
  }
  const ref = (rule.backendRefs ?? [])[choice.chosen]
  applyHttpFilters(s, isObj(ref) && Array.isArray(ref.filters) ? ref.filters : undefined)
  // CEL forbids a redirect next to backendRefs, but a backend-level redirect is still possible.
  const late = s.redirect as FilterState['redirect']
  if (late) {
    result.status = late.status as SimStatus
    s.responseHeaders.set('location', late.location)
    return finish()
  }
  result.status = 200
  result.forwarded = { method: s.method, host: s.host, path: s.path + s.query, headers: Object.fromEntries(s.headers) }
  finish()
}
