import { refKey, refOf, type FieldPath, type RouteObject } from '../../model'
import type { Finding } from '../resolve/findings'
import { isObj, list, str, type Json } from '../resolve/read'
import type { GrpcTable } from '../simulate/build-index'
import type { GrpcEntry, HttpEntry } from '../simulate/compile-route'
import type { HttpTable } from '../simulate/http-table'
import { pathMiss, prefixMatches } from '../simulate/match-predicates'
import { compareGrpc, compareHttp } from '../simulate/precedence'
import { regexMatches } from '../simulate/regex-cache'
import { hint, type HintContext } from './hint-context'
import { simplifyPathRegex, simplifyValueRegex, type Simplified } from './simplify-regex'

/** The entry as it would compile after the rewrite. */
function rewritten(e: HttpEntry, s: Simplified): HttpEntry {
  const { pathRegex: _regex, ...rest } = e
  const prefixKey = s.value === '/' ? '' : s.value
  return { ...rest, pathKind: s.type, pathValue: s.value, prefixKey, regexPrefix: '' }
}

/** Could `o` and the rewritten entry see the same request path? Conservative: true when unsure. */
function pathsOverlap(after: HttpEntry, o: HttpEntry): boolean {
  if (after.pathKind === 'Exact') return pathMiss(o, after.pathValue) === undefined
  const k = after.prefixKey
  if (o.pathKind === 'Exact') return prefixMatches(k, o.pathValue)
  if (o.pathKind === 'PathPrefix') return prefixMatches(k, o.prefixKey) || prefixMatches(o.prefixKey, k)
  if (o.pathKind === 'RegularExpression') {
    const l = o.regexPrefix
    return k === '' || k.startsWith(l) || l === k || l.startsWith(`${k}/`)
  }
  return false
}

/**
 * Exact and PathPrefix rank differently from RegularExpression (Exact, then regexes, then
 * prefixes), so a rewrite can move the entry past another one. Returns an entry whose
 * precedence decision against this one would flip while both could see the same path.
 */
function precedenceFlip(t: HttpTable, e: HttpEntry, after: HttpEntry): HttpEntry | undefined {
  for (const o of t.entries) {
    if (o === e || (o.route === e.route && o.rule === e.rule)) continue
    if (Math.sign(compareHttp(e, o)) !== Math.sign(compareHttp(after, o)) && pathsOverlap(after, o)) return o
  }
  return undefined
}

const quote = (s: string) => JSON.stringify(s)
const isRegex = (v: unknown) => isObj(v) && v.type === 'RegularExpression'
const anyRegex = (v: unknown) => Array.isArray(v) && v.some(isRegex)

function valueHints(route: RouteObject, matchers: unknown, at: FieldPath, what: string, out: Finding[]): void {
  list(matchers).forEach((m, i) => {
    if (str(m.type) !== 'RegularExpression') return
    const pattern = str(m.value) ?? ''
    const lit = simplifyValueRegex(pattern)
    if (lit === undefined) return
    const path: FieldPath = [...at, i]
    const name = str(m.name) ?? ''
    out.push(
      hint('hint-regex-can-be-exact', route, `${pathText(path)}.value`, `${what} ${name} regex ${quote(pattern)} matches only the value ${quote(lit)} (regexes match the whole value): an Exact match says the same and ranks the same`, [
        { title: `Use an Exact ${what} match for ${quote(lit)}`, edits: [setIn(route, [...path, 'type'], 'Exact'), setIn(route, [...path, 'value'], lit)] },
      ]),
    )
  })
}

const setIn = (route: RouteObject, path: FieldPath, value: unknown) => ({ op: 'set' as const, target: refOf(route), path, value })
const pathText = (p: FieldPath) => p.map((x, i) => (typeof x === 'number' ? `[${x}]` : i === 0 ? x : `.${x}`)).join('')

// The CRD's CEL rules for Exact service and method names (SPEC-NOTES §11.2).
const GRPC_NAME = { service: /^\.?[a-z_][a-z_0-9]*(\.[a-z_][a-z_0-9]*)*$/i, method: /^[A-Za-z_][A-Za-z_0-9]*$/ }

/** The gRPC method match with its regexes replaced by the literals they stand for, or undefined. */
function grpcLiterals(method: { service?: string; method?: string }): { service?: string; method?: string } | undefined {
  const out: { service?: string; method?: string } = {}
  for (const p of ['service', 'method'] as const) {
    const v = method[p]
    if (v === undefined) continue
    const lit = simplifyValueRegex(v)
    if (lit === undefined || !GRPC_NAME[p].test(lit)) return undefined
    out[p] = lit
  }
  return out.service === undefined && out.method === undefined ? undefined : out
}

/** Could `o` match a call to every service/method the rewritten entry matches? Headers are ignored (conservative). */
function grpcOverlap(after: { service?: string; method?: string }, o: GrpcEntry): boolean {
  const part = (want: string | undefined, have: string | undefined, re: GrpcEntry['serviceRegex']) =>
    want === undefined || have === undefined || (o.methodType === 'RegularExpression' ? !re || regexMatches(re, have) : want === have)
  return o.methodType === 'Any' || (part(o.service, after.service, o.serviceRegex) && part(o.method, after.method, o.methodRegex))
}

/**
 * gRPC precedence counts the characters of the service and method as written, so a rewrite
 * that drops `^`, `$` and escapes can move the entry below another one: find such a flip.
 */
function grpcFlip(t: GrpcTable, e: GrpcEntry, lits: { service?: string; method?: string }): GrpcEntry | undefined {
  const { serviceRegex: _s, methodRegex: _m, service: _sv, method: _mv, ...rest } = e
  const after: GrpcEntry = { ...rest, ...lits, methodType: 'Exact' }
  for (const o of t.entries) {
    if (o === e || (o.route === e.route && o.rule === e.rule)) continue
    if (Math.sign(compareGrpc(e, o)) !== Math.sign(compareGrpc(after, o)) && grpcOverlap(lits, o)) return o
  }
  return undefined
}

function grpcMethodHint(route: RouteObject, method: Json, at: FieldPath, out: Finding[]): void {
  if (str(method.type) !== 'RegularExpression') return
  const lits = grpcLiterals({ service: str(method.service), method: str(method.method) })
  if (!lits) return
  const parts = (['service', 'method'] as const).filter((p) => lits[p] !== undefined)
  const words = parts.map((p) => `${p} ${quote(lits[p]!)}`).join(' and ')
  out.push(
    hint('hint-regex-can-be-exact', route, pathText([...at, 'type']), `the gRPC method regex matches only ${words} (regexes match the whole name); the rewrite changes no routing decision`, [
      { title: `Use an Exact method match`, edits: [setIn(route, [...at, 'type'], 'Exact'), ...parts.map((p) => setIn(route, [...at, p], lits[p]))] },
    ]),
  )
}

/**
 * Regular expressions that say no more than an Exact or PathPrefix match. A path rewrite is
 * offered only when it changes no precedence decision against another match element that could
 * see the same paths, on any listener and host the route serves; otherwise nothing is said.
 *
 * @example
 * findRegexHints(hintContext(analysis))[0]?.fixes?.[0]?.title // 'Use Exact path /health'
 */
export function findRegexHints(hc: HintContext): Finding[] {
  const compiled = new Map<RouteObject, Map<string, HttpEntry>>()
  const blocked = new Map<HttpEntry, HttpEntry>()
  for (const { table } of hc.http) {
    for (const e of table.entries) {
      if (e.pathKind !== 'RegularExpression') continue
      let byKey = compiled.get(e.route.obj)
      if (!byKey) compiled.set(e.route.obj, (byKey = new Map()))
      byKey.set(`${e.rule}/${e.match}`, e)
      const s = simplifyPathRegex(e.pathValue)
      const flip = s && !blocked.has(e) ? precedenceFlip(table, e, rewritten(e, s)) : undefined
      if (flip) blocked.set(e, flip)
    }
  }
  const grpcBlocked = new Set<string>()
  for (const { table } of hc.grpc) {
    for (const e of table.entries) {
      if (e.methodType !== 'RegularExpression') continue
      const lits = grpcLiterals(e)
      if (lits && grpcFlip(table, e, lits)) grpcBlocked.add(`${refKey(e.route.ref)}#${e.rule}/${e.match}`)
    }
  }
  const out: Finding[] = []
  for (const route of hc.resolve.routes) {
    if (route.kind !== 'HTTPRoute' && route.kind !== 'GRPCRoute') continue
    list(route.spec.rules).forEach((rule, r) => {
      list(rule.matches).forEach((m, i) => {
        if (!isRegex(m.path) && !anyRegex(m.headers) && !anyRegex(m.queryParams) && !isRegex(m.method)) return
        const at: FieldPath = ['spec', 'rules', r, 'matches', i]
        valueHints(route, m.headers, [...at, 'headers'], 'header', out)
        if (route.kind === 'GRPCRoute') {
          if (isObj(m.method) && !grpcBlocked.has(`${refKey(refOf(route))}#${r}/${i}`)) grpcMethodHint(route, m.method, [...at, 'method'], out)
          return
        }
        valueHints(route, m.queryParams, [...at, 'queryParams'], 'query parameter', out)
        const path = isObj(m.path) ? m.path : undefined
        if (str(path?.type) !== 'RegularExpression') return
        const pattern = str(path?.value) ?? ''
        const s = simplifyPathRegex(pattern)
        const entry = compiled.get(route)?.get(`${r}/${i}`)
        if (!s || (entry && blocked.has(entry))) return
        const words = s.type === 'Exact' ? `matches only the path ${s.value}` : `matches ${s.value} and every path below it, exactly what PathPrefix ${s.value} matches`
        out.push(
          hint(s.type === 'Exact' ? 'hint-regex-can-be-exact' : 'hint-regex-can-be-prefix', route, pathText([...at, 'path', 'value']), `path regex ${quote(pattern)} ${words} (regexes match the whole path); the rewrite changes no routing decision`, [
            { title: s.type === 'Exact' ? `Use Exact path ${s.value}` : `Use PathPrefix ${s.value}`, edits: [setIn(route, [...at, 'path', 'type'], s.type), setIn(route, [...at, 'path', 'value'], s.value)] },
          ]),
        )
      })
    })
  }
  return out
}
