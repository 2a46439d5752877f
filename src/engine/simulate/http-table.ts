import type { HttpEntry } from './compile-route'
import { httpPredicatesMiss } from './match-predicates'
import type { NormalRequest } from './normalize-request'
import { compareHttp } from './precedence'
import { regexMatches } from './regex-cache'

/**
 * The HTTPRoute match elements served under one hostname of one listener, sorted by
 * precedence, with indexes that find the path-compatible ones without a scan:
 * - Exact paths in a map;
 * - PathPrefix values in a map keyed by the value without its trailing `/`, probed at every `/`
 *   boundary of the request path (element-wise prefixes make this exact, no trie needed);
 * - RegularExpression paths bucketed by their literal prefix.
 * Buckets hold positions in `entries`; the first candidate, in precedence order, whose remaining
 * predicates hold is the answer — the same answer as scanning `entries` from the top (the
 * property tests check this).
 */
export interface HttpTable {
  hostname: string
  /** Sorted by precedence: the reference order. */
  entries: HttpEntry[]
  exact: Map<string, number[]>
  prefix: Map<string, number[]>
  regex: Map<string, number[]>
  /** Distinct literal-prefix lengths of `regex`, to probe only lengths that exist. */
  regexLengths: number[]
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key)
  if (list) list.push(i)
  else map.set(key, [i])
}

export function buildHttpTable(hostname: string, unsorted: HttpEntry[]): HttpTable {
  const entries = unsorted.slice().sort(compareHttp)
  const t: HttpTable = { hostname, entries, exact: new Map(), prefix: new Map(), regex: new Map(), regexLengths: [] }
  entries.forEach((e, i) => {
    if (e.pathKind === 'Exact') push(t.exact, e.pathValue, i)
    else if (e.pathKind === 'PathPrefix') push(t.prefix, e.prefixKey, i)
    else if (e.pathKind === 'RegularExpression') push(t.regex, e.regexPrefix, i)
  })
  t.regexLengths = [...new Set([...t.regex.keys()].map((k) => k.length))]
  return t
}

function acceptsRegex(e: HttpEntry, req: NormalRequest): boolean {
  return e.pathRegex !== undefined && regexMatches(e.pathRegex, req.path) && httpPredicatesMiss(e, req) === undefined
}

/** Regex candidates whose literal prefix the path starts with, in precedence order. */
function regexWinner(t: HttpTable, req: NormalRequest): HttpEntry | undefined {
  const path = req.path
  let found: number[] | undefined
  let several = false
  for (const len of t.regexLengths) {
    if (len > path.length) continue
    const b = t.regex.get(len === path.length ? path : path.slice(0, len))
    if (!b) continue
    if (found) {
      found = found.concat(b)
      several = true
    } else found = b
  }
  if (!found) return undefined
  // Positions from several buckets merge back into precedence order.
  for (const i of several ? found.sort((a, b) => a - b) : found) {
    const e = t.entries[i]!
    if (acceptsRegex(e, req)) return e
  }
  return undefined
}

function firstAccepted(t: HttpTable, bucket: number[] | undefined, req: NormalRequest): HttpEntry | undefined {
  if (!bucket) return undefined
  for (const i of bucket) {
    const e = t.entries[i]!
    if (httpPredicatesMiss(e, req) === undefined) return e
  }
  return undefined
}

/**
 * The winning entry for `req` in this table, or undefined. Buckets are visited in precedence
 * order without merging: every Exact entry ranks above every RegularExpression entry, which
 * rank above every PathPrefix entry; and of two prefix keys that both match a path, the longer
 * one's values are strictly longer as written (a value is its key, or its key plus one `/`), so
 * probing prefixes longest first is precedence order too.
 */
export function lookupHttpTable(t: HttpTable, req: NormalRequest): HttpEntry | undefined {
  const path = req.path
  const exact = firstAccepted(t, t.exact.get(path), req)
  if (exact) return exact
  if (t.regexLengths.length > 0) {
    const re = regexWinner(t, req)
    if (re) return re
  }
  if (t.prefix.size === 0) return undefined
  const whole = firstAccepted(t, t.prefix.get(path), req)
  if (whole) return whole
  for (let i = path.lastIndexOf('/'); i >= 0; i = i === 0 ? -1 : path.lastIndexOf('/', i - 1)) {
    const hit = firstAccepted(t, t.prefix.get(path.slice(0, i)), req)
    if (hit) return hit
  }
  return undefined
}
