import { sameValue } from '../engine/edit/edit-value'
import type { Analysis, ManifestObject } from '../model'
import { isPlain, mapTopLevel, type AnalysisPatch, type Json } from './analysis-patch'

// The encoding side of analysis patches, used only in the worker: kept apart from the decoding
// side so that what encoding needs never reaches the page's first-paint bundle.

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
