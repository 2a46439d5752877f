import type { GRPCRouteObject, HTTPRouteObject, RouteObject } from '../../model'
import { compileRegex, literalPrefix, type CompiledRegex } from './regex-cache'

/** What precedence needs to know about the route an entry belongs to. */
export interface RouteInfo {
  obj: RouteObject
  ref: { kind: string; namespace: string; name: string }
  /** Milliseconds since the epoch; +Infinity when absent (a cluster would stamp it "now"). */
  created: number
  /** `namespace/name`, the last tie-breaker across routes. */
  nsName: string
}

export type PathKind = 'Exact' | 'PathPrefix' | 'RegularExpression' | 'Unsupported'

export interface ValueMatcher {
  /** Lower-case for headers (names are case-insensitive), as written for query parameters. */
  name: string
  type: 'Exact' | 'RegularExpression' | 'Unsupported'
  value: string
  regex?: CompiledRegex
}

/** One `matches[]` element of one HTTPRoute rule, compiled once per route object. */
export interface HttpEntry {
  route: RouteInfo
  rule: number
  match: number
  pathKind: PathKind
  /** The value as written; its length is the precedence "number of characters". */
  pathValue: string
  /** PathPrefix without its trailing `/` (`''` for `/`): the element-wise matching key. */
  prefixKey: string
  pathRegex?: CompiledRegex
  /** Regex candidates are tried only for paths that start with this. */
  regexPrefix: string
  method?: string
  headers: ValueMatcher[]
  query: ValueMatcher[]
}

/** One `matches[]` element of a GRPCRoute rule; rules without matches get one catch-all entry. */
export interface GrpcEntry {
  route: RouteInfo
  rule: number
  /** Null for a rule without matches. */
  match: number | null
  methodType: 'Exact' | 'RegularExpression' | 'Unsupported' | 'Any'
  service?: string
  method?: string
  serviceRegex?: CompiledRegex
  methodRegex?: CompiledRegex
  headers: ValueMatcher[]
}

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

export function routeInfo(obj: RouteObject): RouteInfo {
  const t = obj.metadata.creationTimestamp ? Date.parse(obj.metadata.creationTimestamp) : NaN
  const { namespace, name } = obj.metadata
  return { obj, ref: { kind: obj.kind, namespace, name }, created: Number.isNaN(t) ? Infinity : t, nsName: `${namespace}/${name}` }
}

function stringMatchType(t: unknown): ValueMatcher['type'] {
  // The API default is Exact; the decoder may not have applied it yet, so default here too.
  if (t === undefined || t === 'Exact') return 'Exact'
  return t === 'RegularExpression' ? 'RegularExpression' : 'Unsupported'
}

/** Header or query matchers; later entries whose name repeats an earlier one are ignored (§8.3). */
export function compileValueMatchers(raw: unknown, foldCase: boolean): ValueMatcher[] {
  const out: ValueMatcher[] = []
  const seen = new Set<string>()
  for (const h of list(raw)) {
    if (!isObj(h)) continue
    const written = str(h.name)
    if (written === undefined) continue
    const name = foldCase ? written.toLowerCase() : written
    if (seen.has(name)) continue
    seen.add(name)
    const type = stringMatchType(h.type)
    const value = str(h.value) ?? ''
    const m: ValueMatcher = { name, type, value }
    if (type === 'RegularExpression') m.regex = compileRegex(value)
    out.push(m)
  }
  return out
}

function compileHttpMatch(route: RouteInfo, rule: number, match: number, m: Json): HttpEntry {
  const path = isObj(m.path) ? m.path : {}
  const rawType = path.type ?? 'PathPrefix'
  const pathKind: PathKind = rawType === 'Exact' || rawType === 'PathPrefix' || rawType === 'RegularExpression' ? rawType : 'Unsupported'
  const pathValue = str(path.value) ?? '/'
  const prefixKey = pathValue === '/' ? '' : pathValue.endsWith('/') ? pathValue.slice(0, -1) : pathValue
  const entry: HttpEntry = {
    route,
    rule,
    match,
    pathKind,
    pathValue,
    prefixKey,
    regexPrefix: '',
    headers: compileValueMatchers(m.headers, true),
    query: compileValueMatchers(m.queryParams, false),
  }
  if (pathKind === 'RegularExpression') {
    entry.pathRegex = compileRegex(pathValue)
    entry.regexPrefix = literalPrefix(pathValue)
  }
  const method = str(m.method)
  if (method !== undefined) entry.method = method
  return entry
}

/** Every match element of every rule, in document order. */
export function compileHttpRoute(obj: HTTPRouteObject, route = routeInfo(obj)): HttpEntry[] {
  const out: HttpEntry[] = []
  list(obj.spec.rules).forEach((rule, r) => {
    if (!isObj(rule)) return
    // Absent `matches` defaults to PathPrefix /; an explicit `matches: []` is read the same (§8.1).
    const matches = Array.isArray(rule.matches) && rule.matches.length > 0 ? rule.matches : [{}]
    matches.forEach((m, i) => {
      if (isObj(m)) out.push(compileHttpMatch(route, r, i, m))
    })
  })
  return out
}

function compileGrpcMatch(route: RouteInfo, rule: number, match: number | null, m: Json): GrpcEntry {
  const entry: GrpcEntry = { route, rule, match, methodType: 'Any', headers: compileValueMatchers(m.headers, true) }
  if (isObj(m.method)) {
    const service = str(m.method.service)
    const method = str(m.method.method)
    if (service !== undefined) entry.service = service
    if (method !== undefined) entry.method = method
    entry.methodType = stringMatchType(m.method.type)
    if (entry.methodType === 'RegularExpression') {
      if (service !== undefined) entry.serviceRegex = compileRegex(service)
      if (method !== undefined) entry.methodRegex = compileRegex(method)
    }
  }
  return entry
}

export function compileGrpcRoute(obj: GRPCRouteObject, route = routeInfo(obj)): GrpcEntry[] {
  const out: GrpcEntry[] = []
  list(obj.spec.rules).forEach((rule, r) => {
    if (!isObj(rule)) return
    const matches = list(rule.matches)
    // A GRPCRoute rule without matches matches every gRPC request (SPEC-NOTES §11.2).
    if (matches.length === 0) out.push(compileGrpcMatch(route, r, null, {}))
    matches.forEach((m, i) => {
      if (isObj(m)) out.push(compileGrpcMatch(route, r, i, m))
    })
  })
  return out
}
