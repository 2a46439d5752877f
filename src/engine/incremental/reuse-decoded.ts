import type { Document } from 'yaml'
import type { Problem } from '../../model'
import { decodeDocument, type DecodedDocument } from '../decode/decode-document'
import type { ParsedDocument } from '../parse/parse-file'
import type { LineIndex } from '../util/line-index'
import { shiftObject } from './shift-object'

interface Entry {
  file: string
  index: number
  start: number
  line: number
  result: DecodedDocument
}

/**
 * Decoded documents, keyed by the parsed document (which the parse cache keeps while its text is
 * unchanged). An edit in one document then decodes only that one: the others come back as the
 * very same objects when nothing before them moved, or as copies with their offsets shifted when
 * text before them grew or shrank. Decoded objects are therefore shared between analyses and must
 * never be mutated by later stages.
 */
export class DecodedCache {
  private entries = new WeakMap<Document.Parsed, Entry>()

  decode(parsed: ParsedDocument, lines: LineIndex): DecodedDocument {
    const line = lines.position(parsed.start).line
    const hit = this.entries.get(parsed.doc)
    let result: DecodedDocument
    if (hit && hit.file === parsed.file) {
      if (hit.start === parsed.start && hit.index === parsed.index && hit.line === line) return hit.result
      result = shiftDecoded(hit.result, parsed.start - hit.start, line - hit.line, parsed.index)
    } else {
      result = decodeDocument(parsed, lines)
    }
    this.entries.set(parsed.doc, { file: parsed.file, index: parsed.index, start: parsed.start, line, result })
    return result
  }
}

/** The same decoded document, moved by `offset` characters and `lines` lines. */
export function shiftDecoded(r: DecodedDocument, offset: number, lines: number, index: number): DecodedDocument {
  const objects = r.objects.map((o) => shiftObject(o, offset, index))
  const problems = r.problems.map(
    (p): Problem => ({
      ...p,
      line: p.line + lines,
      endLine: p.endLine + lines,
      ...(p.related ? { related: p.related.map((x) => ({ ...x, line: x.line + lines })) } : {}),
    }),
  )
  return { objects, problems }
}
