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
 * Buckets hold positions in `entries`, so candidates from several buckets merge back into
 * precedence order and the first one whose remaining predicates hold is the answer — the
 * same answer as scanning `entries` from the top (the property tests check this).
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

/** The buckets whose entries could match `path`, each already in precedence order. */
function candidateLists(t: HttpTable, path: string): number[][] {
  const lists: number[][] = []
  const exact = t.exact.get(path)
  if (exact) lists.push(exact)
  for (const len of t.regexLengths) {
    if (len > path.length) continue
    const b = t.regex.get(len === path.length ? path : path.slice(0, len))
    if (b) lists.push(b)
  }
  if (t.prefix.size > 0) {
    const whole = t.prefix.get(path)
    if (whole) lists.push(whole)
    for (let i = path.lastIndexOf('/'); i >= 0; i = i === 0 ? -1 : path.lastIndexOf('/', i - 1)) {
      const b = t.prefix.get(path.slice(0, i))
      if (b) lists.push(b)
    }
  }
  return lists
}

function accepts(e: HttpEntry, req: NormalRequest): boolean {
  if (e.pathKind === 'RegularExpression' && !(e.pathRegex && regexMatches(e.pathRegex, req.path))) return false
  return httpPredicatesMiss(e, req) === undefined
}

/** The winning entry for `req` in this table, or undefined. */
export function lookupHttpTable(t: HttpTable, req: NormalRequest): HttpEntry | undefined {
  const lists = candidateLists(t, req.path)
  if (lists.length === 1) {
    for (const i of lists[0]!) {
      const e = t.entries[i]!
      if (accepts(e, req)) return e
    }
    return undefined
  }
  // k-way merge by position: k is the number of buckets that apply (a handful).
  const heads = lists.map(() => 0)
  for (;;) {
    let best = -1
    let bestPos = Infinity
    for (let k = 0; k < lists.length; k++) {
      const pos = lists[k]![heads[k]!]
      if (pos !== undefined && pos < bestPos) {
        bestPos = pos
        best = k
      }
    }
    if (best < 0) return undefined
    heads[best]!++
    const e = t.entries[bestPos]!
    if (accepts(e, req)) return e
  }
}
