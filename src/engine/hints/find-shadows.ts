import type { GrpcEntry, HttpEntry } from '../simulate/compile-route'
import type { HttpTable } from '../simulate/http-table'
import { coversGrpc, coversHttp } from './cover-matches'

/**
 * Shadowing inside one hostname table of one listener: an entry is unreachable there when an
 * entry ranked above it (earlier in precedence order) matches every request it matches. Requests
 * for that listener and host consult this table only (and with hostname fall-through, this table
 * before any other that holds the entry), so the higher entry always answers first.
 */

/**
 * Answers per table: a table is immutable, and an edit rebuilds only the tables of the routes it
 * touched (build-index.ts keeps the others), so the rest answer from here.
 */
const httpMemo = new WeakMap<HttpTable, ReadonlyMap<number, number>>()
const grpcMemo = new WeakMap<readonly GrpcEntry[], ReadonlyMap<number, number>>()

/**
 * The highest-ranked entry above position `i` that covers `e`, looked up through the table's own
 * buckets (only entries whose path could cover e's are visited); -1 when none does.
 */
function bestCover(t: HttpTable, e: HttpEntry, i: number): number {
  let best = -1
  const visit = (bucket: readonly number[] | undefined) => {
    if (!bucket) return
    // Buckets hold positions in ascending (precedence) order: stop at e itself or the best so far.
    for (const j of bucket) {
      if (j >= i || (best >= 0 && j >= best)) return
      if (coversHttp(t.entries[j]!, e)) {
        best = j
        return
      }
    }
  }
  const underPrefixes = (path: string, withSelf: boolean) => {
    if (withSelf) visit(t.prefix.get(path))
    for (let k = path.lastIndexOf('/'); k >= 0; k = k === 0 ? -1 : path.lastIndexOf('/', k - 1)) visit(t.prefix.get(path.slice(0, k)))
  }
  if (e.pathKind === 'Exact') {
    visit(t.exact.get(e.pathValue))
    underPrefixes(e.pathValue, true)
    for (const len of t.regexLengths) if (len <= e.pathValue.length) visit(t.regex.get(e.pathValue.slice(0, len)))
  } else if (e.pathKind === 'PathPrefix') {
    underPrefixes(e.prefixKey, true)
  } else if (e.pathKind === 'RegularExpression') {
    // Keys k with every path starting `k/`: the cuts of the literal prefix before a `/`.
    underPrefixes(e.regexPrefix, false)
    visit(t.regex.get(e.regexPrefix))
  }
  return best
}

/**
 * For each shadowed position in an HTTPRoute table, the position of the highest-ranked entry
 * that shadows it.
 *
 * @example
 * httpShadows(table).get(3) // 0: entry 0 matches every request entry 3 matches
 */
export function httpShadows(t: HttpTable): ReadonlyMap<number, number> {
  const known = httpMemo.get(t)
  if (known) return known
  const out = new Map<number, number>()
  // The first entry has nothing above it.
  for (let i = 1; i < t.entries.length; i++) {
    const j = bestCover(t, t.entries[i]!, i)
    if (j >= 0) out.set(i, j)
  }
  httpMemo.set(t, out)
  return out
}

/**
 * The same for a GRPCRoute table (small: a scan of the entries above).
 *
 * @example
 * grpcShadows(table.entries).get(1) // 0
 */
export function grpcShadows(entries: readonly GrpcEntry[]): ReadonlyMap<number, number> {
  const known = grpcMemo.get(entries)
  if (known) return known
  const out = new Map<number, number>()
  entries.forEach((e, i) => {
    for (let j = 0; j < i; j++) {
      if (coversGrpc(entries[j]!, e)) {
        out.set(i, j)
        break
      }
    }
  })
  grpcMemo.set(entries, out)
  return out
}
