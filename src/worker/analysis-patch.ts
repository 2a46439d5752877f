import { sameValue } from '../engine/edit/edit-value'
import { shiftObject } from '../engine/decode/shift-object'
import type { Analysis, ManifestObject } from '../model'

/**
 * An analysis sent as a difference from the previous one, so a keystroke in a 500-route workspace
 * posts a few kilobytes instead of megabytes (../shared/notes/performance.md §3.2). Items equal to
 * one of the previous analysis are sent as `{ $ref: index }`; an object that only moved in the text
 * is sent as `{ $ref, $shift, $doc }`. Rebuilding keeps the previous items themselves, so unchanged
 * graph nodes keep their identity on the UI side and memoised components skip them.
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

function encodeArray(prev: unknown, next: unknown[]): unknown[] {
  if (!Array.isArray(prev) || !next.every(isPlain)) return next
  const byId = new Map<unknown, number>()
  prev.forEach((p, i) => {
    if (isPlain(p) && typeof p.id === 'string') byId.set(p.id, i)
  })
  return next.map((item, i) => {
    const j = byId.size > 0 ? byId.get(item.id) : i
    if (j !== undefined && (prev[j] === item || sameValue(prev[j], item))) return { $ref: j }
    return item
  })
}

function encodeObjects(prev: readonly ManifestObject[], next: readonly ManifestObject[]): unknown[] {
  const index = new Map<unknown, number>()
  prev.forEach((o, i) => {
    index.set(o, i)
    if (!index.has(o.spec)) index.set(o.spec, i)
  })
  return next.map((o) => {
    const same = index.get(o)
    if (same !== undefined) return { $ref: same }
    const j = index.get(o.spec)
    const p = j === undefined ? undefined : prev[j]
    if (j !== undefined && p && p.metadata === o.metadata && p.kind === o.kind && p.apiVersion === o.apiVersion && p.source.file === o.source.file) {
      const shift = o.source.span[0] - p.source.span[0]
      if (movedBy(p, o, shift)) return { $ref: j, $shift: shift, $doc: o.source.doc }
    }
    return o
  })
}

/** True when `o` is `p` moved by `shift` characters: every span shifted, nothing else changed. */
function movedBy(p: ManifestObject, o: ManifestObject, shift: number): boolean {
  const a = p.source
  const b = o.source
  if (a.item !== b.item || b.span[1] - a.span[1] !== shift) return false
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
 * edges, status entries) are encoded item by item; everything else is sent as is.
 *
 * @example
 * const patch = diffAnalysis(lastSent, analysis, { seq: 8, base: 7 })
 */
export function diffAnalysis(prev: Analysis | undefined, next: Analysis, seq: { seq: number; base?: number }): AnalysisPatch {
  if (!prev || seq.base === undefined) return { seq: seq.seq, analysis: next as unknown as Json }
  const out = mapTopLevel(prev as unknown as Json, next as unknown as Json, () => encodeObjects(prev.objects, next.objects), encodeArray)
  return { seq: seq.seq, base: seq.base, analysis: out }
}

/**
 * Walks an analysis's top level the same way for encoding and decoding: `objects` by its own rule,
 * arrays one or two levels down item by item, everything else as is.
 */
function mapTopLevel(prev: Json, next: Json, objects: (items: unknown[]) => unknown[], array: (prev: unknown, items: unknown[]) => unknown[]): Json {
  const out: Json = {}
  for (const [k, v] of Object.entries(next)) {
    if (k === 'objects' && Array.isArray(v)) out[k] = objects(v)
    else if (Array.isArray(v)) out[k] = array(prev[k], v)
    else if (isPlain(v) && isPlain(prev[k])) {
      const pk = prev[k] as Json
      const inner: Json = {}
      let same = Object.keys(pk).length === Object.keys(v).length
      for (const [ik, iv] of Object.entries(v)) {
        inner[ik] = Array.isArray(iv) ? array(pk[ik], iv) : iv
        same &&= inner[ik] === pk[ik]
      }
      // Decoding: an unchanged part (the graph, the status) keeps its identity, so selectors on it do not fire.
      out[k] = same ? pk : inner
    } else out[k] = v
  }
  return out
}

/** An array whose every item is its previous self, in place, is the previous array: components keyed on it skip. */
function decodeArray(prev: unknown, items: unknown[]): unknown[] {
  if (!Array.isArray(prev)) return items
  const out = items.map((item) => (isRef(item) ? prev[item.$ref] : item))
  return out.length === prev.length && out.every((x, i) => x === prev[i]) ? prev : out
}

/**
 * Rebuilds the analysis a patch describes. Throws when the patch was made against another base;
 * the caller then asks for a complete analysis.
 */
export function applyAnalysisPatch(prev: { seq: number; analysis: Analysis } | undefined, patch: AnalysisPatch): Analysis {
  if (patch.base === undefined) return patch.analysis as unknown as Analysis
  if (!prev || prev.seq !== patch.base) throw new Error(`analysis patch for ${patch.base} does not apply to ${prev?.seq ?? 'nothing'}`)
  const before = prev.analysis.objects
  const out = mapTopLevel(prev.analysis as unknown as Json, patch.analysis, (items) => {
    const objects = items.map((item) => {
      if (!isRef(item)) return item
      const o = before[item.$ref]!
      return item.$shift === undefined ? o : shiftObject(o, item.$shift, item.$doc ?? o.source.doc)
    })
    return objects.length === before.length && objects.every((o, i) => o === before[i]) ? before : objects
  }, decodeArray)
  return out as unknown as Analysis
}
