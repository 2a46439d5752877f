import type { GrpcEntry, HttpEntry, ValueMatcher } from './compile-route'
import type { NormalRequest } from './normalize-request'
import { regexMatches } from './regex-cache'

/** Why a candidate did not match: a stable code plus words naming the exact criterion. */
export interface Miss {
  criterion: string
  reason: string
}

/** Element-wise prefix match (SPEC-NOTES §8.2): `/abc` matches `/abc`, `/abc/` and `/abc/d`, not `/abcd`. */
export function prefixMatches(prefixKey: string, path: string): boolean {
  if (prefixKey === '') return true
  return path === prefixKey || (path.startsWith(prefixKey) && path.charCodeAt(prefixKey.length) === 47 /* / */)
}

export function pathMiss(e: HttpEntry, path: string): Miss | undefined {
  switch (e.pathKind) {
    case 'Exact':
      return path === e.pathValue ? undefined : { criterion: 'path-exact', reason: `path ${path} is not exactly ${e.pathValue}` }
    case 'PathPrefix':
      return prefixMatches(e.prefixKey, path)
        ? undefined
        : { criterion: 'path-prefix', reason: `path ${path} does not start with the path elements of ${e.pathValue}` }
    case 'RegularExpression':
      if (!e.pathRegex?.re) return { criterion: 'path-regex-invalid', reason: `path regex ${e.pathValue} does not compile in RE2: ${e.pathRegex?.error ?? ''}` }
      return regexMatches(e.pathRegex, path)
        ? undefined
        : { criterion: 'path-regex', reason: `path ${path} does not fully match the RE2 pattern ${e.pathValue}` }
    default:
      return { criterion: 'path-type-unsupported', reason: `path match type ${e.pathValue} is not supported` }
  }
}

function valueMiss(m: ValueMatcher, actual: string | undefined, what: 'header' | 'query parameter'): Miss | undefined {
  const code = what === 'header' ? 'header' : 'query'
  if (actual === undefined) return { criterion: `${code}-absent`, reason: `${what} ${m.name} is absent` }
  if (m.type === 'Exact') {
    return actual === m.value ? undefined : { criterion: `${code}-value`, reason: `${what} ${m.name} is "${actual}", not "${m.value}"` }
  }
  if (m.type === 'RegularExpression') {
    if (!m.regex?.re) return { criterion: `${code}-regex-invalid`, reason: `${what} ${m.name} regex ${m.value} does not compile in RE2` }
    return regexMatches(m.regex, actual)
      ? undefined
      : { criterion: `${code}-regex`, reason: `${what} ${m.name} "${actual}" does not fully match the RE2 pattern ${m.value}` }
  }
  return { criterion: `${code}-type-unsupported`, reason: `${what} ${m.name} uses an unsupported match type` }
}

/** Headers: names already lower-case on both sides; AND over all matchers. */
export function headersMiss(matchers: readonly ValueMatcher[], headers: ReadonlyMap<string, string>): Miss | undefined {
  for (const m of matchers) {
    const miss = valueMiss(m, headers.get(m.name), 'header')
    if (miss) return miss
  }
  return undefined
}

/** Everything except the path, which the index has usually checked already. */
export function httpPredicatesMiss(e: HttpEntry, req: NormalRequest): Miss | undefined {
  if (e.method !== undefined && e.method !== req.method) return { criterion: 'method', reason: `method ${req.method} is not ${e.method}` }
  const h = headersMiss(e.headers, req.headers)
  if (h) return h
  for (const q of e.query) {
    const miss = valueMiss(q, req.queryParams.get(q.name), 'query parameter')
    if (miss) return miss
  }
  return undefined
}

/** The whole match element, path first (the order the trace reports). */
export function httpEntryMiss(e: HttpEntry, req: NormalRequest): Miss | undefined {
  return pathMiss(e, req.path) ?? httpPredicatesMiss(e, req)
}

function grpcPartMiss(kind: 'service' | 'method', expected: string | undefined, regex: GrpcEntry['serviceRegex'], actual: string, type: GrpcEntry['methodType']): Miss | undefined {
  if (expected === undefined) return undefined
  if (type === 'Exact') return actual === expected ? undefined : { criterion: `grpc-${kind}`, reason: `gRPC ${kind} ${actual} is not ${expected}` }
  if (type === 'RegularExpression') {
    return regex && regexMatches(regex, actual)
      ? undefined
      : { criterion: `grpc-${kind}-regex`, reason: `gRPC ${kind} ${actual} does not fully match the RE2 pattern ${expected}` }
  }
  return { criterion: 'grpc-method-type-unsupported', reason: 'the gRPC method match type is not supported' }
}

export function grpcEntryMiss(e: GrpcEntry, req: NormalRequest): Miss | undefined {
  const service = req.grpc?.service ?? ''
  const method = req.grpc?.method ?? ''
  return (
    grpcPartMiss('service', e.service, e.serviceRegex, service, e.methodType) ??
    grpcPartMiss('method', e.method, e.methodRegex, method, e.methodType) ??
    headersMiss(e.headers, req.headers)
  )
}
