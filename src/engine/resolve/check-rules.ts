import { RE2JS } from 're2js'
import type { RouteObject } from '../../model'
import { isObj, list, num, str, type Json } from './read'

/** A rule the controller drops, and why (SPEC-NOTES §2.5, §7.2, §9.1, §9.9). */
export interface InvalidRule {
  index: number
  reason: 'UnsupportedValue' | 'IncompatibleFilters'
  message: string
}

const PATH_TYPES = new Set(['Exact', 'PathPrefix', 'RegularExpression'])
const STRING_MATCH = new Set(['Exact', 'RegularExpression'])
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'])
const HTTP_FILTERS = new Set(['RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestMirror', 'RequestRedirect', 'URLRewrite', 'ExtensionRef', 'CORS', 'ExternalAuth'])
const GRPC_FILTERS = new Set(['RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestMirror', 'ExtensionRef'])
const REDIRECT_CODES = new Set([301, 302, 303, 307, 308])
const PATH_MODIFIERS = new Set(['ReplaceFullPath', 'ReplacePrefixMatch'])

/** Compiled-pattern verdicts, cached by pattern: compiling costs ~150 µs (notes/performance.md §6). */
const regexVerdicts = new Map<string, string | undefined>()

function regexProblem(pattern: string): string | undefined {
  if (!regexVerdicts.has(pattern)) {
    let verdict: string | undefined
    try {
      RE2JS.compile(pattern)
    } catch (e) {
      verdict = (e as Error).message
    }
    if (regexVerdicts.size > 5000) regexVerdicts.clear()
    regexVerdicts.set(pattern, verdict)
  }
  return regexVerdicts.get(pattern)
}

type Finding = { reason: InvalidRule['reason']; message: string }

function checkStringMatch(m: Json, at: string, out: Finding[]): void {
  const type = str(m.type) ?? 'Exact'
  if (!STRING_MATCH.has(type)) out.push({ reason: 'UnsupportedValue', message: `${at}.type ${type} is not supported (Exact or RegularExpression)` })
  else if (type === 'RegularExpression') {
    const problem = regexProblem(str(m.value) ?? '')
    if (problem) out.push({ reason: 'UnsupportedValue', message: `${at}.value is not an RE2 regular expression: ${problem}` })
  }
}

function checkHttpMatch(m: Json, at: string, out: Finding[]): void {
  if (isObj(m.path)) {
    const type = str(m.path.type) ?? 'PathPrefix'
    if (!PATH_TYPES.has(type)) out.push({ reason: 'UnsupportedValue', message: `${at}.path.type ${type} is not supported (Exact, PathPrefix or RegularExpression)` })
    else if (type === 'RegularExpression') {
      const problem = regexProblem(str(m.path.value) ?? '')
      if (problem) out.push({ reason: 'UnsupportedValue', message: `${at}.path.value is not an RE2 regular expression: ${problem}` })
    }
  }
  list(m.headers).forEach((h, i) => checkStringMatch(h, `${at}.headers[${i}]`, out))
  list(m.queryParams).forEach((q, i) => checkStringMatch(q, `${at}.queryParams[${i}]`, out))
  if (m.method !== undefined && !METHODS.has(str(m.method) ?? '')) out.push({ reason: 'UnsupportedValue', message: `${at}.method ${String(m.method)} is not an HTTP method Gateway API knows` })
}

function checkPathModifier(p: unknown, at: string, out: Finding[]): void {
  if (!isObj(p)) return
  const type = str(p.type) ?? ''
  if (!PATH_MODIFIERS.has(type)) out.push({ reason: 'UnsupportedValue', message: `${at}.type ${type || '(none)'} is not supported (ReplaceFullPath or ReplacePrefixMatch)` })
}

function checkFilters(filters: unknown, at: string, grpc: boolean, rule: Json, out: Finding[]): void {
  const fs = list(filters)
  const known = grpc ? GRPC_FILTERS : HTTP_FILTERS
  fs.forEach((f, i) => {
    const type = str(f.type) ?? ''
    const fat = `${at}[${i}]`
    if (!known.has(type)) return void out.push({ reason: 'UnsupportedValue', message: `${fat}.type ${type || '(none)'} is not a filter ${grpc ? 'GRPCRoute' : 'HTTPRoute'} supports` })
    if (type === 'RequestRedirect' && isObj(f.requestRedirect)) {
      const r = f.requestRedirect
      if (r.scheme !== undefined && r.scheme !== 'http' && r.scheme !== 'https') out.push({ reason: 'UnsupportedValue', message: `${fat}.requestRedirect.scheme ${String(r.scheme)} is not supported (http or https)` })
      const code = num(r.statusCode) ?? 302
      if (!REDIRECT_CODES.has(code)) out.push({ reason: 'UnsupportedValue', message: `${fat}.requestRedirect.statusCode ${code} is not supported (301, 302, 303, 307 or 308)` })
      checkPathModifier(r.path, `${fat}.requestRedirect.path`, out)
    }
    if (type === 'URLRewrite' && isObj(f.urlRewrite)) checkPathModifier(f.urlRewrite.path, `${fat}.urlRewrite.path`, out)
  })
  const types = fs.map((f) => f.type)
  if (types.includes('RequestRedirect') && types.includes('URLRewrite')) {
    out.push({ reason: 'IncompatibleFilters', message: `${at} combines RequestRedirect and URLRewrite; keep one of them` })
  }
  if (types.includes('RequestRedirect') && list(rule.backendRefs).length > 0 && at.endsWith('].filters') && !at.includes('backendRefs')) {
    out.push({ reason: 'IncompatibleFilters', message: `${at} has a RequestRedirect, which answers the request itself, next to backendRefs; remove the backendRefs or the redirect` })
  }
}

/**
 * Finds the rules a controller drops because they use values it does not support, or filter
 * combinations it cannot honour. The rest of the route still works (PartiallyInvalid).
 *
 * @example
 * invalidRules(route) // [{ index: 1, reason: 'UnsupportedValue', message: 'spec.rules[1].matches[0].path.type Regex ...' }]
 */
export function invalidRules(route: RouteObject): InvalidRule[] {
  if (route.kind !== 'HTTPRoute' && route.kind !== 'GRPCRoute') return []
  const grpc = route.kind === 'GRPCRoute'
  const out: InvalidRule[] = []
  list(route.spec.rules).forEach((rule, index) => {
    const at = `spec.rules[${index}]`
    const found: Finding[] = []
    list(rule.matches).forEach((m, i) => {
      if (!grpc) return checkHttpMatch(m, `${at}.matches[${i}]`, found)
      if (isObj(m.method)) {
        const type = str(m.method.type) ?? 'Exact'
        if (!STRING_MATCH.has(type)) found.push({ reason: 'UnsupportedValue', message: `${at}.matches[${i}].method.type ${type} is not supported (Exact or RegularExpression)` })
      }
      list(m.headers).forEach((h, j) => checkStringMatch(h, `${at}.matches[${i}].headers[${j}]`, found))
    })
    checkFilters(rule.filters, `${at}.filters`, grpc, rule, found)
    list(rule.backendRefs).forEach((b, i) => checkFilters(b.filters, `${at}.backendRefs[${i}].filters`, grpc, rule, found))
    if (found.length) {
      const reason = found.some((f) => f.reason === 'UnsupportedValue') ? 'UnsupportedValue' : 'IncompatibleFilters'
      out.push({ index, reason, message: found.map((f) => f.message).join('; ') })
    }
  })
  return out
}
