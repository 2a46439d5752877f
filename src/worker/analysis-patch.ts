import { sameValue } from '../engine/util/same-value'
import { sameOriginMoved, shiftObject } from '../engine/decode/shift-object'
import type { Analysis, ManifestObject } from '../model'

/**
 * An analysis sent as a difference from the previous one, so a keystroke in a 500-route workspace
 * posts a few kilobytes instead of megabytes (../shared/notes/performance.md §3.2). In an array of
 * objects (`{ $items }`), an item equal to one of the previous analysis is sent as its index there; an object
 * that only moved in the text is sent as `{ $ref, $shift, $doc }`; an array or part equal to the
 * previous one, item for item, is sent as `{ $same: true }`. Rebuilding keeps the previous items
 * themselves, so unchanged graph nodes keep their identity on the UI side and memoised components
 * skip them; and a keystroke's patch is a few thousand bytes to copy and read, not thousands of
 * small objects.
 */
export interface AnalysisPatch {
  /** Sequence number of this analysis; the next patch names it as its base. */
  seq: number
  /** The analysis this patch applies to; absent when `analysis` is complete. */
  base?: number
  analysis: Record<string, unknown>
}

interface Ref {
  $ref: number
  $shift?: number
  $doc?: number
}

type Json = Record<string, unknown>
const isPlain = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const isRef = (v: unknown): v is Ref => isPlain(v) && typeof v.$ref === 'number'
/** What an array or part equal to its previous self is sent as. */
const SAME = { $same: true } as const
const isSame = (v: unknown): boolean => isPlain(v) && v.$same === true
/** An array of objects sent item by item: a number is the index of an equal previous item. */
const isItems = (v: unknown): v is { $items: unknown[] } => isPlain(v) && Array.isArray(v.$items)
const isArrayLike = (v: unknown): boolean => Array.isArray(v) || isSame(v) || isItems(v)

/**
 * An array as sent: `SAME` when every item is its previous self in place (strings compared by
 * value); for an array of objects, `{ $items }` with the index of an equal previous item (by `id`
 * when items have one, else in place) or the item itself; otherwise the array as is.
 */
function encodeArray(prev: unknown, next: unknown[]): unknown {
  if (!Array.isArray(prev)) return next
  if (!next.every(isPlain)) return next.length === prev.length && next.every((x, i) => x === prev[i]) ? SAME : next
  const byId = new Map<unknown, number>()
  prev.forEach((p, i) => {
    if (isPlain(p) && typeof p.id === 'string') byId.set(p.id, i)
  })
  let inPlace = next.length === prev.length
  const items = next.map((item, i) => {
    const j = byId.size > 0 ? byId.get(item.id) : i
    if (j !== undefined && (prev[j] === item || sameValue(prev[j], item))) {
      inPlace &&= j === i
      return j
    }
    inPlace = false
    return item
  })
  return inPlace ? SAME : { $items: items }
}

function encodeObjects(prev: readonly ManifestObject[], next: readonly ManifestObject[]): unknown {
  const index = new Map<unknown, number>()
  prev.forEach((o, i) => {
    index.set(o, i)
    if (!index.has(o.spec)) index.set(o.spec, i)
  })
  let inPlace = next.length === prev.length
  const out = next.map((o, i) => {
    const same = index.get(o)
    if (same !== undefined) {
      inPlace &&= same === i
      return same
    }
    inPlace = false
    const j = index.get(o.spec)
    const p = j === undefined ? undefined : prev[j]
    if (j !== undefined && p && p.metadata === o.metadata && p.kind === o.kind && p.apiVersion === o.apiVersion && p.source.file === o.source.file) {
      const shift = o.source.span[0] - p.source.span[0]
      if (movedBy(p, o, shift)) return { $ref: j, $shift: shift, $doc: o.source.doc }
    }
    return o
  })
  return inPlace ? SAME : out
}

/** True when `o` is `p` moved by `shift` characters: every span shifted, nothing else changed. */
function movedBy(p: ManifestObject, o: ManifestObject, shift: number): boolean {
  const a = p.source
  const b = o.source
  if (a.item !== b.item || b.span[1] - a.span[1] !== shift) return false
  // Objects moved from the same decoded spans answer from their moves; reading every span would work them all out.
  const known = sameOriginMoved(a, b, shift)
  if (known !== undefined) return known
  let count = 0
  for (const k in b.fields) {
    const x = a.fields[k]
    const y = b.fields[k]!
    if (!x || y[0] - x[0] !== shift || y[1] - x[1] !== shift) return false
    count++
  }
  for (const _ in a.fields) count--
  return count === 0
}

/**
 * The patch that turns `prev` into `next`. Arrays one or two levels down (problems, graph nodes and
 * edges, status entries) are encoded item by item; a part (the graph, the status) whose arrays and
 * values all stayed the same is sent as `{ $same: true }`; everything else is sent as is.
 *
 * @example
 * const patch = diffAnalysis(lastSent, analysis, { seq: 8, base: 7 })
 */
export function diffAnalysis(prev: Analysis | undefined, next: Analysis, seq: { seq: number; base?: number }): AnalysisPatch {
  if (!prev || seq.base === undefined) return { seq: seq.seq, analysis: next as unknown as Json }
  const before = prev as unknown as Json
  const out: Json = {}
  for (const [k, v] of Object.entries(next as unknown as Json)) {
    if (k === 'objects') out[k] = encodeObjects(prev.objects, next.objects)
    else if (Array.isArray(v)) out[k] = encodeArray(before[k], v)
    else if (isPlain(v) && isPlain(before[k])) {
      const pk = before[k] as Json
      const inner: Json = {}
      let same = Object.keys(pk).length === Object.keys(v).length
      for (const [ik, iv] of Object.entries(v)) {
        inner[ik] = Array.isArray(iv) ? encodeArray(pk[ik], iv) : iv
        same &&= isSame(inner[ik]) || (inner[ik] === pk[ik] && ik in pk)
      }
      out[k] = same ? SAME : inner
    } else out[k] = v
  }
  return { seq: seq.seq, base: seq.base, analysis: out }
}

/** An array whose every item is its previous self, in place, is the previous array: components keyed on it skip. */
function decodeArray(prev: unknown, sent: unknown): unknown {
  if (isSame(sent)) return prev
  const items = isItems(sent) ? sent.$items : sent
  if (!Array.isArray(prev) || !Array.isArray(items)) return items
  const out = isItems(sent) ? items.map((item) => (typeof item === 'number' ? prev[item] : item)) : items
  return out.length === prev.length && out.every((x, i) => x === prev[i]) ? prev : out
}

/**
 * Rebuilds the analysis a patch describes. Throws when the patch was made against another base;
 * the caller then asks for a complete analysis. Everything the patch names as unchanged is the
 * previous analysis's own object, down to the part: the graph of an edit that moved nothing on it
 * is the previous graph.
 */
export function applyAnalysisPatch(prev: { seq: number; analysis: Analysis } | undefined, patch: AnalysisPatch): Analysis {
  if (patch.base === undefined) return patch.analysis as unknown as Analysis
  if (!prev || prev.seq !== patch.base) throw new Error(`analysis patch for ${patch.base} does not apply to ${prev?.seq ?? 'nothing'}`)
  const before = prev.analysis as unknown as Json
  const out: Json = {}
  for (const [k, v] of Object.entries(patch.analysis)) {
    if (k === 'objects') out[k] = decodeObjects(prev.analysis.objects, v)
    else if (isArrayLike(v)) out[k] = decodeArray(before[k], v)
    else if (isPlain(v) && isPlain(before[k])) {
      const pk = before[k] as Json
      const inner: Json = {}
      let same = Object.keys(pk).length === Object.keys(v).length
      for (const [ik, iv] of Object.entries(v)) {
        inner[ik] = isArrayLike(iv) ? decodeArray(pk[ik], iv) : iv
        same &&= inner[ik] === pk[ik]
      }
      // An unchanged part (the graph, the status) keeps its identity, so selectors on it do not fire.
      out[k] = same ? pk : inner
    } else out[k] = v
  }
  return out as unknown as Analysis
}

function decodeObjects(before: readonly ManifestObject[], items: unknown): readonly ManifestObject[] {
  if (isSame(items)) return before
  if (!Array.isArray(items)) return items as ManifestObject[]
  const objects = items.map((item): ManifestObject => {
    if (typeof item === 'number') return before[item]!
    if (!isRef(item)) return item as ManifestObject
    const o = before[item.$ref]!
    return item.$shift === undefined ? o : shiftObject(o, item.$shift, item.$doc ?? o.source.doc)
  })
  return objects.length === before.length && objects.every((o, i) => o === before[i]) ? before : objects
}
