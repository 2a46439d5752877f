import type { GrpcEntry, HttpEntry } from '../simulate/compile-route'
import type { HttpTable } from '../simulate/http-table'
import { coversGrpc, coversHttp } from './cover-matches'

/**
 * Shadowing inside one hostname table of one listener: an entry is unreachable there when an
 * entry ranked above it (earlier in precedence order) matches every request it matches. Requests
 * for that listener and host consult this table only (and with hostname fall-through, this table
 * before any other that holds the entry), so the higher entry always answers first.
 */

/** The path itself and every cut before one of its `/`, down to `''`: the PathPrefix keys it is under. */
function prefixKeysOver(path: string): string[] {
  const out = [path]
  for (let i = path.lastIndexOf('/'); i >= 0; i = i === 0 ? -1 : path.lastIndexOf('/', i - 1)) out.push(path.slice(0, i))
  return out
}

/** Positions of the entries whose path could cover `e`'s, found through the table's own buckets. */
function coverCandidates(t: HttpTable, e: HttpEntry): number[] {
  const out: number[] = []
  const add = (b: readonly number[] | undefined) => {
    if (b) out.push(...b)
  }
  if (e.pathKind === 'Exact') {
    add(t.exact.get(e.pathValue))
    for (const k of prefixKeysOver(e.pathValue)) add(t.prefix.get(k))
    for (const len of t.regexLengths) if (len <= e.pathValue.length) add(t.regex.get(e.pathValue.slice(0, len)))
  } else if (e.pathKind === 'PathPrefix') {
    for (const k of prefixKeysOver(e.prefixKey)) add(t.prefix.get(k))
  } else if (e.pathKind === 'RegularExpression') {
    // Keys k with every path starting `k/`: the cuts of the literal prefix before a `/`.
    for (const k of prefixKeysOver(e.regexPrefix).slice(1)) add(t.prefix.get(k))
    add(t.regex.get(e.regexPrefix))
  }
  return out.sort((a, b) => a - b)
}

/**
 * For each shadowed position in an HTTPRoute table, the position of the highest-ranked entry
 * that shadows it.
 *
 * @example
 * httpShadows(table).get(3) // 0: entry 0 matches every request entry 3 matches
 */
export function httpShadows(t: HttpTable): Map<number, number> {
  const out = new Map<number, number>()
  t.entries.forEach((e, i) => {
    for (const j of coverCandidates(t, e)) {
      if (j >= i) break
      if (coversHttp(t.entries[j]!, e)) {
        out.set(i, j)
        break
      }
    }
  })
  return out
}

/**
 * The same for a GRPCRoute table (small: a scan of the entries above).
 *
 * @example
 * grpcShadows(table.entries).get(1) // 0
 */
export function grpcShadows(entries: readonly GrpcEntry[]): Map<number, number> {
  const out = new Map<number, number>()
  entries.forEach((e, i) => {
    for (let j = 0; j < i; j++) {
      if (coversGrpc(entries[j]!, e)) {
        out.set(i, j)
        break
      }
    }
  })
  return out
}
