import type { Channel } from '../../model'
import type { ParsedDocument } from '../parse/parse-file'
import { decodeDocument, type DecodedDocument } from './decode-document'
import { shiftRaw } from './raw-problem'
import { shiftObject } from './shift-object'

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

function relocate(result: DecodedDocument, delta: number, doc: number): DecodedDocument {
  return {
    objects: result.objects.map((o) => shiftObject(o, delta, doc)),
    problems: delta === 0 ? result.problems : result.problems.map((p) => shiftRaw(p, delta)),
  }
}
