import type { Channel, ManifestObject, ObjectSource, Span } from '../../model'
import type { ParsedDocument } from '../parse/parse-file'
import { decodeDocument, type DecodedDocument } from './decode-document'
import { shiftRaw } from './raw-problem'

/**
 * Decodes a document, or reuses the result of the last analysis that decoded the same text in the
 * same file and channel. A document that only moved (an edit above it) keeps its typed specs and
 * gets its source spans shifted; nothing is decoded or validated again.
 *
 * @example
 * for (const d of parseFile(name, text, cache).documents) objects.push(...decodeCached(d, 'standard').objects)
 */
export function decodeCached(d: ParsedDocument, channel: Channel): DecodedDocument {
  const key = `${channel}\u0000${d.file}`
  const prev = d.cached.decoded
  if (prev && prev.key === key) {
    if (prev.start === d.start && prev.index === d.index) return prev.result
    const result = relocate(prev.result, d.start - prev.start, d.index)
    d.cached.decoded = { key, start: d.start, index: d.index, result }
    return result
  }
  const result = decodeDocument(d, channel)
  d.cached.decoded = { key, start: d.start, index: d.index, result }
  return result
}

const shift = (s: Span, delta: number): Span => [s[0] + delta, s[1] + delta]

function relocateSource(source: ObjectSource, delta: number, doc: number): ObjectSource {
  const fields: Record<string, Span> = {}
  for (const k in source.fields) fields[k] = shift(source.fields[k]!, delta)
  return { ...source, doc, span: shift(source.span, delta), fields }
}

function relocate(result: DecodedDocument, delta: number, doc: number): DecodedDocument {
  return {
    objects: result.objects.map((o) => ({ ...o, source: relocateSource(o.source, delta, doc) }) as ManifestObject),
    problems: delta === 0 ? result.problems : result.problems.map((p) => shiftRaw(p, delta)),
  }
}
