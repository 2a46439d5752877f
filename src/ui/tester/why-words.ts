import type { HTTPHeaderMatch, TraceStep } from '../../model'
import {
  grpcMethodOf,
  headerMatchersOf,
  listenerOf,
  matchOf,
  nsName,
  pathMatchOf,
  requestHeader,
  requestHost,
  requestMethod,
  requestPath,
  requestQuery,
  type WhyContext,
} from './why-facts'

/** One line of the "why" view: what the step is about, and what decided, in plain words. */
export interface WhyLine {
  outcome: TraceStep['outcome']
  subject: string
  words: string
}

type Words = (step: TraceStep, ctx: WhyContext) => string | undefined

const rulePart = (rule?: number, match?: number) => `${rule !== undefined ? ` rule ${rule + 1}` : ''}${match !== undefined ? `, match ${match + 1}` : ''}`
/** `team-b/api rule 1` for another route, `rule 2` inside the same route. */
function other(step: TraceStep, ctx: WhyContext): string {
  const w = ctx.result
  if (!w.route) return 'the winner'
  const same = step.route && step.route.kind === w.route.kind && nsName(step.route) === nsName(w.route)
  if (same && w.rule === step.rule) return `match ${(w.match ?? 0) + 1} of the same rule`
  if (same) return `rule ${(w.rule ?? 0) + 1} of the same route`
  const rules = (ctx.object(w.route)?.spec as { rules?: unknown[] } | undefined)?.rules
  return `${nsName(w.route)}${Array.isArray(rules) && rules.length > 1 ? rulePart(w.rule ?? undefined) : ''}`
}
const winnerMatch = (ctx: WhyContext) => matchOf(ctx, ctx.result.route ?? undefined, ctx.result.rule ?? undefined, ctx.result.match ?? undefined)
const loserMatch = (step: TraceStep, ctx: WhyContext) => matchOf(ctx, step.route, step.rule, step.match)
const lost = (step: TraceStep, ctx: WhyContext, why: string) => `lost to ${other(step, ctx)}: both match, ${why}`

const PATH_WORD: Record<string, string> = { Exact: 'an exact path', PathPrefix: 'a path prefix', RegularExpression: 'a regular expression path' }

/** Which value matcher a header or query criterion is about: the first that fails the way the code says. */
function failingMatcher(step: TraceStep, ctx: WhyContext, key: 'headers' | 'queryParams', kind: string): { m: HTTPHeaderMatch; actual: string | undefined } | undefined {
  const matchers = headerMatchersOf(loserMatch(step, ctx), key)
  const read = (m: HTTPHeaderMatch) => (key === 'headers' ? requestHeader(ctx.request, m.name) : requestQuery(ctx.request, m.name))
  const all = matchers.map((m) => ({ m, actual: read(m) }))
  // Earlier matchers passed (a failing one would have been named), so the first that fails is it.
  if (kind === 'absent') return all.find((x) => x.actual === undefined)
  if (kind === 'value') return all.find((x) => x.m.type === 'Exact' && x.actual !== undefined && x.actual !== x.m.value)
  // Regexes are the engine's to run (RE2); among several, the engine's own words name the one.
  const typed = all.filter((x) => x.actual !== undefined && (kind === 'type-unsupported' ? x.m.type !== 'Exact' && x.m.type !== 'RegularExpression' : x.m.type === 'RegularExpression'))
  return typed.length === 1 ? typed[0] : typed.find((x) => step.reason.includes(` ${x.m.name} `))
}

function valueWords(step: TraceStep, ctx: WhyContext, key: 'headers' | 'queryParams', what: string, kind: string): string | undefined {
  const f = failingMatcher(step, ctx, key, kind)
  if (!f) return undefined
  const { m, actual } = f
  const want = m.type === 'RegularExpression' ? `fully match the RE2 pattern ${m.value}` : `equal ${m.value}`
  switch (kind) {
    case 'absent':
      return `rejected: ${what} ${m.name} must ${want}; the request has no ${m.name}`
    case 'value':
    case 'regex':
      return `rejected: ${what} ${m.name} must ${want}, request has ${actual === '' ? 'it empty' : actual}`
    case 'regex-invalid':
      return `rejected: the ${what} pattern ${m.value} for ${m.name} is not valid RE2, so this match never matches`
    default:
      return `rejected: ${what} ${m.name} uses match type ${m.type}, which is not supported`
  }
}

function pathWords(step: TraceStep, ctx: WhyContext): string | undefined {
  const p = pathMatchOf(loserMatch(step, ctx))
  if (!p) return undefined
  const path = requestPath(ctx.request)
  switch (step.criterion) {
    case 'path-exact':
      return `rejected: path must be exactly ${p.value}, request has ${path}`
    case 'path-prefix': {
      const partial = path.startsWith(p.value.replace(/\/$/, ''))
      return `rejected: path must start with ${p.value}, request has ${path}${partial ? ` (a prefix matches whole path elements: ${path} is not under ${p.value})` : ''}`
    }
    case 'path-regex':
      return `rejected: path must fully match the RE2 pattern ${p.value}, request has ${path}`
    case 'path-regex-invalid':
      return `rejected: the path pattern ${p.value} is not valid RE2, so this match never matches`
    default:
      return `rejected: path match type ${p.type} is not supported`
  }
}

function grpcWords(step: TraceStep, ctx: WhyContext): string | undefined {
  const g = grpcMethodOf(loserMatch(step, ctx))
  const part = step.criterion?.includes('service') ? 'service' : 'method'
  const want = g?.[part]
  const actual = ctx.request.grpc?.[part] ?? ''
  if (step.criterion === 'grpc-method-type-unsupported') return `rejected: gRPC match type ${g?.type ?? '?'} is not supported`
  if (want === undefined) return undefined
  if (step.criterion?.endsWith('-regex')) return `rejected: gRPC ${part} must fully match the RE2 pattern ${want}, request calls ${actual || '(none)'}`
  return `rejected: gRPC ${part} must be ${want}, request calls ${actual || '(none)'}`
}

const countOf = (m: Record<string, unknown> | undefined, key: string) => (Array.isArray(m?.[key]) ? (m[key] as unknown[]).length : 0)

const PRECEDENCE: Record<string, Words> = {
  'precedence-path-type': (s, c) => {
    const w = pathMatchOf(winnerMatch(c))
    const l = pathMatchOf(loserMatch(s, c))
    if (!w || !l) return undefined
    return lost(s, c, `${nsOrRule(s, c)} has ${PATH_WORD[w.type] ?? w.type} (${w.value}), which ranks above ${PATH_WORD[l.type] ?? l.type} (${l.value}): Exact, then RegularExpression (Envoy Gateway's order), then PathPrefix`)
  },
  'precedence-path-length': (s, c) => {
    const w = pathMatchOf(winnerMatch(c))
    const l = pathMatchOf(loserMatch(s, c))
    if (!w || !l) return undefined
    const what = w.type === 'PathPrefix' ? 'path prefix' : w.type === 'Exact' ? 'exact path' : 'path pattern'
    return lost(s, c, `${nsOrRule(s, c)} has a longer ${what} (${w.value} > ${l.value})`)
  },
  'precedence-method': (s, c) => {
    const w = winnerMatch(c)
    return lost(s, c, `${nsOrRule(s, c)} also requires method ${typeof w?.method === 'string' ? w.method : '?'}, this one any method`)
  },
  'precedence-headers': (s, c) => lost(s, c, `${nsOrRule(s, c)} has more header matchers (${countOf(winnerMatch(c), 'headers')} > ${countOf(loserMatch(s, c), 'headers')})`),
  'precedence-query': (s, c) => lost(s, c, `${nsOrRule(s, c)} has more query parameter matchers (${countOf(winnerMatch(c), 'queryParams')} > ${countOf(loserMatch(s, c), 'queryParams')})`),
  'precedence-grpc-service': (s, c) => {
    const w = grpcMethodOf(winnerMatch(c))?.service ?? ''
    const l = grpcMethodOf(loserMatch(s, c))?.service ?? ''
    return lost(s, c, `${nsOrRule(s, c)} names a longer service (${w || '(any)'} > ${l || '(any)'})`)
  },
  'precedence-grpc-method': (s, c) => {
    const w = grpcMethodOf(winnerMatch(c))?.method ?? ''
    const l = grpcMethodOf(loserMatch(s, c))?.method ?? ''
    return lost(s, c, `${nsOrRule(s, c)} names a longer method (${w || '(any)'} > ${l || '(any)'})`)
  },
  'precedence-age': (s, c) => {
    const born = (r: TraceStep['route']) => (r ? c.object(r)?.metadata.creationTimestamp : undefined)
    const w = born(c.result.route ?? undefined)
    const l = born(s.route)
    const why = `${nsOrRule(s, c)} is older (created ${w ?? '?'}, this one ${l ?? 'has no creationTimestamp, so it counts as the newest'})`
    return s.step === 'route' ? `not used: only one route carries the traffic, and ${why}` : lost(s, c, `equally specific, and ${why}`)
  },
  'precedence-name': (s, c) => {
    const w = c.result.route ? nsName(c.result.route) : '?'
    const why = `equally old, and ${w} comes first by namespace/name (${w} < ${s.route ? nsName(s.route) : '?'})`
    return s.step === 'route' ? `not used: only one route carries the traffic; ${why}` : lost(s, c, `equally specific and ${why}`)
  },
  'precedence-rule-order': (s, c) => lost(s, c, 'equally specific, and the earlier rule of a route wins'),
  'precedence-match-order': (s, c) => lost(s, c, 'equally specific, and the earlier match of a rule wins'),
}

/** "team-b/api" for another route, "it" inside the same route. */
function nsOrRule(step: TraceStep, ctx: WhyContext): string {
  const w = ctx.result.route
  return w && step.route && w.kind === step.route.kind && nsName(w) === nsName(step.route) ? 'that one' : w ? nsName(w) : 'the winner'
}

const portOf = (ctx: WhyContext) => ctx.request.port ?? listenerOf(ctx, ctx.result.listener ?? undefined)?.port

const LISTENER: Record<string, Words> = {
  listener: (s, c) => {
    const l = listenerOf(c, s.listener, s.subject)
    return l && `chosen: port ${l.port}, protocol ${l.protocol}, hostname ${l.hostname ?? 'any'}${l.owner.kind === 'ListenerSet' ? ` (from ListenerSet ${nsName(l.owner)})` : ''}`
  },
  'listener-port': (s, c) => {
    const l = listenerOf(c, s.listener, s.subject)
    const port = portOf(c)
    return l && `rejected: it listens on port ${l.port}, the request goes to port ${port ?? '(none)'}`
  },
  'listener-protocol': (s, c) => {
    const l = listenerOf(c, s.listener, s.subject)
    return l ? `rejected: it speaks ${l.protocol}, which does not carry ${String(c.request.protocol).toUpperCase()} requests` : `rejected: no listener serves ${String(c.request.protocol).toUpperCase()}`
  },
  'listener-not-ready': () => 'rejected: the listener is not ready (not Accepted, or Conflicted), so it carries no traffic; the Status tab says why',
  'listener-hostname': (s, c) => {
    const l = listenerOf(c, s.listener, s.subject)
    return l && `rejected: it serves hostname ${l.hostname}, request host ${requestHost(c.request) || '(none)'} does not match`
  },
  'listener-isolation': (s, c) => {
    const l = listenerOf(c, s.listener, s.subject)
    const best = listenerOf(c, c.result.listener ?? undefined)
    return l && best && `rejected: listener ${best.name} has a more specific hostname (${best.hostname ?? 'any'} beats ${l.hostname ?? 'any'}); with listener isolation only that listener's routes are consulted`
  },
  'port-assumed': (_, c) => {
    const port = portOf(c)
    return port === undefined ? undefined : `the request names no port, so port ${port} is assumed (choose a port to send elsewhere)`
  },
  'gateway-unknown': (_, c) => `rejected: there is no Gateway ${c.request.gateway ?? ''} with listeners in the workspace`,
  'gateway-ambiguous': (_, c) => `the request names no Gateway and several could take it, so ${c.result.gateway ? nsName(c.result.gateway) : 'the first'} (first by namespace/name) is used; pick one to choose`,
  'no-listeners': () => 'rejected: the workspace has no Gateway with listeners',
  'protocol-unknown': (_, c) => `rejected: the protocol must be HTTP, HTTPS, GRPC, TLS, TCP or UDP, not ${String(c.request.protocol)}`,
  'internal-error': (s) => `RouteLab failed on this request (a bug: please report it): ${s.reason}`,
}

const HOSTNAME: Record<string, Words> = {
  hostname: (s, c) => (s.outcome === 'selected' ? `chosen: ${hostOf(s)} is the most specific hostname that serves ${requestHost(c.request) || '(no host)'}` : undefined),
  'hostname-mismatch': (s, c) => (s.step === 'hostname' ? `rejected: ${hostOf(s)} does not match ${requestHost(c.request) || '(no host)'}` : `rejected: ${s.reason}`),
  'implementation-choice': (s, c) =>
    s.step === 'hostname'
      ? `rejected: ${hostOf(s)} matches ${requestHost(c.request)} too, but a more specific hostname was chosen; Envoy-based gateways pick one virtual host per request and never fall through (an implementation choice)`
      : `rejected: ${s.reason}; Envoy-based gateways never fall through to a less specific hostname (an implementation choice)`,
  'not-attached': (s) => `not a candidate: ${s.reason}`,
  'no-match': (s) => `nothing matched: ${s.reason}`,
}
const hostOf = (s: TraceStep) => s.subject.replace(/^hostname /, '')

const MATCH: Record<string, Words> = {
  selected: (s) => (s.step === 'route' ? `chosen: ${s.reason}` : 'chosen: the first candidate in precedence order whose conditions all hold'),
  method: (s, c) => {
    const m = loserMatch(s, c)
    return typeof m?.method === 'string' ? `rejected: method must be ${m.method}, request uses ${requestMethod(c.request)}` : undefined
  },
}

const BACKEND: Record<string, Words> = {
  weight: (s, c) => backendWords(s, c),
  'backend-invalid': (s, c) => backendWords(s, c),
  'no-backend': (s) => `failed: ${s.reason}`,
  policies: (s) => `configured: ${s.reason}`,
}

function backendWords(step: TraceStep, ctx: WhyContext): string | undefined {
  const i = ctx.result.backends.findIndex((b) => step.subject.startsWith(`${b.kind} ${b.namespace}/${b.name}`))
  const b = ctx.result.backends[i]
  if (!b) return undefined
  const pct = `${Math.round(b.probability * 1000) / 10}%`
  const base = `weight ${b.weight} of the rule's ${ctx.result.backends.reduce((t, x) => t + x.weight, 0)}: ${pct} of requests`
  if (b.invalid) return `${base}, answered 500: the backend cannot take traffic (${b.invalid})`
  if (b.probability === 0) return `${base}: it gets none`
  return i === ctx.result.followed ? `${base}; the result shows a request that reached it` : base
}

const FILTER_VERB: Record<string, string> = { skipped: 'skipped', applied: 'applied', rejected: 'rejected', selected: 'chosen' }

/**
 * The plain words for one trace step: the exact criterion that decided, with the values it was
 * about ("rejected: header x-env must equal canary, request has beta"; "lost to team-b/api: both
 * match, team-b/api has a longer path prefix (/api/v2 > /api)"). Every criterion code the
 * simulator emits has its wording here; a code without one (or whose values cannot be found)
 * falls back to the engine's own reason, so a step is never left unexplained.
 *
 * @example
 * whyWords(step, whyContext(analysis, request, result)) // 'rejected: path must start with /api, request has /web'
 */
export function whyWords(step: TraceStep, ctx: WhyContext): string {
  const c = step.criterion ?? ''
  const family = /^(header|query)-(absent|value|regex|regex-invalid|type-unsupported)$/.exec(c)
  let words: string | undefined
  if (family) words = valueWords(step, ctx, family[1] === 'header' ? 'headers' : 'queryParams', family[1] === 'header' ? 'header' : 'query parameter', family[2]!)
  else if (c.startsWith('path-')) words = pathWords(step, ctx)
  else if (c.startsWith('grpc-')) words = grpcWords(step, ctx)
  else words = (PRECEDENCE[c] ?? LISTENER[c] ?? HOSTNAME[c] ?? MATCH[c] ?? BACKEND[c])?.(step, ctx)
  if (words === undefined && step.step === 'filter') words = `${FILTER_VERB[step.outcome] ?? step.outcome}: ${step.reason}`
  return words ?? `${FILTER_VERB[step.outcome] ?? step.outcome}: ${step.reason}`
}

/** The step's subject with rule and match counted from 1, as the graph counts them. */
export function whySubject(step: TraceStep): string {
  if (step.route) return `${step.route.kind} ${nsName(step.route)}${rulePart(step.rule, step.match)}`
  return step.subject
}

export function whyLines(steps: readonly TraceStep[], ctx: WhyContext): WhyLine[] {
  return steps.map((s) => ({ outcome: s.outcome, subject: whySubject(s), words: whyWords(s, ctx) }))
}

/** Every criterion code the simulator emits, each worded above (the tests hold the two together). */
export const WORDED_CRITERIA = [
  ...Object.keys(PRECEDENCE),
  ...Object.keys(LISTENER),
  ...Object.keys(HOSTNAME),
  ...Object.keys(MATCH),
  ...Object.keys(BACKEND),
  ...['path-exact', 'path-prefix', 'path-regex', 'path-regex-invalid', 'path-type-unsupported'],
  ...['absent', 'value', 'regex', 'regex-invalid', 'type-unsupported'].flatMap((k) => [`header-${k}`, `query-${k}`]),
  ...['grpc-service', 'grpc-method', 'grpc-service-regex', 'grpc-method-regex', 'grpc-method-type-unsupported'],
  ...['redirect', 'rewrite', 'request-headers', 'response-headers', 'mirror', 'mirror-invalid', 'cors', 'cors-preflight', 'not-simulated', 'filter-unknown', 'filter-invalid'],
] as const
