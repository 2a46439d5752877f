import { shiftObject } from '../engine/decode/shift-object'
import type { Analysis } from '../model'

/**
 * An analysis sent as a difference from the previous one, so a keystroke in a 500-route workspace
 * posts a few kilobytes instead of megabytes (../shared/notes/performance.md §3.2). Items equal to
 * one of the previous analysis are sent as `{ $ref: index }`; an object that only moved in the text
 * is sent as `{ $ref, $shift, $doc }`. Rebuilding keeps the previous items themselves, so unchanged
 * graph nodes keep their identity on the UI side and memoised components skip them. This file
 * is the page's (decoding) side; `diffAnalysis` in analysis-diff.ts encodes in the worker.
 */
export interface AnalysisPatch {
  /** Sequence number of this analysis; the next patch names it as its base. */
  seq: number
  /** The analysis this patch applies to; absent when `analysis` is complete. */
  base?: number
  analysis: Record<string, unknown>
}

export interface Ref {
  $ref: number
  $shift?: number
  $doc?: number
}

export type Json = Record<string, unknown>
export const isPlain = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const isRef = (v: unknown): v is Ref => isPlain(v) && typeof v.$ref === 'number'

/**
 * Walks an analysis's top level the same way for encoding and decoding: `objects` by its own rule,
 * arrays one or two levels down item by item, everything else as is.
 */
export function mapTopLevel(prev: Json, next: Json, objects: (items: unknown[]) => unknown[], array: (prev: unknown, items: unknown[]) => unknown[]): Json {
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
