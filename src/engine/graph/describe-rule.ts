import type { GraphChip } from '../../model'
import { METRICS } from './graph-metrics'

/**
 * The compact words a rule node shows: one line per match and a chip per filter, timeout or
 * policy. Reads decoded (defaulted) rules of any route kind, defensively: the text may be half typed.
 */

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObj) : [])
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined)

function pathPart(path: unknown): string | undefined {
  if (!isObj(path)) return undefined
  const value = str(path.value) ?? '/'
  if (path.type === 'Exact') return `= ${value}`
  if (path.type === 'RegularExpression') return `~ ${value}`
  return value
}

function pairs(items: Json[], noun: string): string | undefined {
  if (items.length === 0) return undefined
  if (items.length === 1) {
    const h = items[0]!
    const op = h.type === 'RegularExpression' ? '~' : '='
    return `${str(h.name) ?? '?'}${op}${str(h.value) ?? ''}`
  }
  return `${items.length} ${noun}`
}

function httpMatch(m: Json): string {
  const parts = [str(m.method), pathPart(m.path), pairs(list(m.headers), 'headers'), pairs(list(m.queryParams), 'params')]
  const q = list(m.queryParams)
  if (q.length === 1) parts[3] = `?${parts[3]}`
  return parts.filter(Boolean).join('  ') || 'any request'
}

function grpcMatch(m: Json): string {
  const method = isObj(m.method) ? m.method : undefined
  let target: string | undefined
  if (method) {
    const svc = str(method.service) ?? '*'
    const name = str(method.method) ?? '*'
    target = `${method.type === 'RegularExpression' ? '~ ' : ''}${svc}/${name}`
  }
  return [target, pairs(list(m.headers), 'headers')].filter(Boolean).join('  ') || 'any call'
}

/** One line per match; at most `METRICS.maxRuleLines`, the last saying how many more there are. */
export function matchLines(kind: string, rule: unknown): string[] {
  if (!isObj(rule)) return ['all traffic']
  if (kind !== 'HTTPRoute' && kind !== 'GRPCRoute') return ['all traffic']
  const matches = list(rule.matches)
  if (matches.length === 0) return [kind === 'GRPCRoute' ? 'any call' : 'any request']
  const lines = matches.map(kind === 'GRPCRoute' ? grpcMatch : httpMatch)
  if (lines.length <= METRICS.maxRuleLines) return lines
  return [...lines.slice(0, METRICS.maxRuleLines - 1), `+${lines.length - METRICS.maxRuleLines + 1} more matches`]
}

const FILTER_CHIPS: Record<string, (f: Json) => Omit<GraphChip, 'kind'>> = {
  RequestHeaderModifier: () => ({ label: 'req headers', title: 'RequestHeaderModifier: changes request headers' }),
  ResponseHeaderModifier: () => ({ label: 'resp headers', title: 'ResponseHeaderModifier: changes response headers' }),
  RequestMirror: (f) => {
    const ref = isObj(f.requestMirror) && isObj(f.requestMirror.backendRef) ? str(f.requestMirror.backendRef.name) : undefined
    return { label: `mirror${ref ? ` → ${ref}` : ''}`, title: `RequestMirror: copies requests to ${ref ?? 'a backend'}` }
  },
  RequestRedirect: (f) => {
    const r = isObj(f.requestRedirect) ? f.requestRedirect : {}
    const code = str(r.statusCode) ?? '302'
    const to = str(r.scheme) ?? str(r.hostname)
    return { label: `redirect ${code}${to ? ` ${to}` : ''}`, title: `RequestRedirect: answers ${code}${to ? ` to ${to}` : ''}` }
  },
  URLRewrite: () => ({ label: 'rewrite', title: 'URLRewrite: rewrites the host or path before forwarding' }),
  CORS: () => ({ label: 'CORS', title: 'CORS: answers cross-origin requests' }),
  ExternalAuth: () => ({ label: 'ext auth', title: 'ExternalAuth: asks an auth service first' }),
  ExtensionRef: (f) => {
    const name = isObj(f.extensionRef) ? str(f.extensionRef.name) : undefined
    return { label: `ext ${name ?? ''}`.trim(), title: `ExtensionRef: implementation-specific filter ${name ?? ''}`.trim() }
  },
}

/** Chips for the rule's filters, timeouts, retries and session persistence. */
export function ruleChips(rule: unknown): GraphChip[] {
  if (!isObj(rule)) return []
  const chips: GraphChip[] = []
  for (const f of list(rule.filters)) {
    const type = str(f.type) ?? '?'
    const make = FILTER_CHIPS[type]
    chips.push({ kind: 'filter', ...(make ? make(f) : { label: type, title: `${type} filter` }) })
  }
  if (isObj(rule.timeouts)) {
    const t = str(rule.timeouts.request) ?? str(rule.timeouts.backendRequest)
    if (t) chips.push({ kind: 'timeout', label: `⏱ ${t}`, title: `Timeouts: request ${str(rule.timeouts.request) ?? '—'}, backend ${str(rule.timeouts.backendRequest) ?? '—'}` })
  }
  if (isObj(rule.retry)) chips.push({ kind: 'policy', label: `retry ${str(rule.retry.attempts) ?? ''}`.trim(), title: 'Retries failed requests' })
  if (isObj(rule.sessionPersistence)) chips.push({ kind: 'policy', label: 'sticky', title: 'Session persistence' })
  return chips
}

/** A rule node's height: header, one row per line, the chips row when there are chips. */
export function ruleHeight(lines: number, chips: number): number {
  const m = METRICS.rule
  return m.header + Math.max(1, lines) * m.line + (chips > 0 ? m.chips : 0) + m.footer
}
