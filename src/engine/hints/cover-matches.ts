import type { GrpcEntry, HttpEntry, ValueMatcher } from '../simulate/compile-route'
import { prefixMatches } from '../simulate/match-predicates'
import { regexMatches } from '../simulate/regex-cache'

/**
 * "Match element `o` matches every request `e` matches", decided conservatively: true only when
 * it is provable from the two elements alone; false whenever in doubt (two different regular
 * expressions, for instance). Shadowing hints rest on this, so a false positive would be a wrong
 * "unreachable" claim.
 */

function pathCovers(o: HttpEntry, e: HttpEntry): boolean {
  switch (o.pathKind) {
    case 'PathPrefix':
      if (e.pathKind === 'Exact') return prefixMatches(o.prefixKey, e.pathValue)
      // Every path under e's prefix is under o's when e's key sits under o's key, element-wise.
      if (e.pathKind === 'PathPrefix') return prefixMatches(o.prefixKey, e.prefixKey)
      // Every path e's regex matches starts with its literal prefix; under o when that prefix does.
      if (e.pathKind === 'RegularExpression') return o.prefixKey === '' || e.regexPrefix.startsWith(`${o.prefixKey}/`)
      return false
    case 'Exact':
      return e.pathKind === 'Exact' && e.pathValue === o.pathValue
    case 'RegularExpression':
      if (e.pathKind === 'Exact') return o.pathRegex !== undefined && regexMatches(o.pathRegex, e.pathValue)
      return e.pathKind === 'RegularExpression' && e.pathValue === o.pathValue
    default:
      return false
  }
}

function valueCovers(o: ValueMatcher, e: ValueMatcher): boolean {
  if (o.name !== e.name) return false
  if (o.type === 'Exact') return e.type === 'Exact' && e.value === o.value
  if (o.type === 'RegularExpression') {
    if (e.type === 'Exact') return o.regex !== undefined && regexMatches(o.regex, e.value)
    return e.type === 'RegularExpression' && e.value === o.value
  }
  return false
}

/** Every matcher of `o` is implied by a matcher of `e` on the same name (AND semantics). */
function matchersCover(o: readonly ValueMatcher[], e: readonly ValueMatcher[]): boolean {
  return o.every((m) => e.some((n) => valueCovers(m, n)))
}

/**
 * @example
 * coversHttp(prefixSlash, exactHealth) // true: PathPrefix / matches every request Exact /health does
 */
export function coversHttp(o: HttpEntry, e: HttpEntry): boolean {
  return (o.method === undefined || o.method === e.method) && pathCovers(o, e) && matchersCover(o.headers, e.headers) && matchersCover(o.query, e.query)
}

function grpcPartCovers(o: GrpcEntry, e: GrpcEntry, part: 'service' | 'method'): boolean {
  const want = o[part]
  if (want === undefined) return true
  const have = e[part]
  if (have === undefined || e.methodType === 'Any') return false
  if (o.methodType === 'Exact') return e.methodType === 'Exact' && have === want
  if (o.methodType === 'RegularExpression') {
    if (e.methodType === 'Exact') {
      const re = part === 'service' ? o.serviceRegex : o.methodRegex
      return re !== undefined && regexMatches(re, have)
    }
    return e.methodType === 'RegularExpression' && have === want
  }
  return false
}

/**
 * @example
 * coversGrpc(catchAll, exactMethod) // true: a rule without matches takes every call
 */
export function coversGrpc(o: GrpcEntry, e: GrpcEntry): boolean {
  if (o.methodType === 'Unsupported') return false
  return grpcPartCovers(o, e, 'service') && grpcPartCovers(o, e, 'method') && matchersCover(o.headers, e.headers)
}
