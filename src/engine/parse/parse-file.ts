import { parseDocument, type Document } from 'yaml'
import type { Span } from '../../model'
import type { DecodedDocument } from '../decode/decode-document'
import type { RawProblem } from '../decode/raw-problem'
import { MAX_NESTING, nestsDeeperThan } from './measure-nesting'
import { splitDocuments } from './split-documents'

/**
 * What is kept for one document text between analyses: its parse, and the decode result of the
 * last analysis that used it (with the offset and index it had then, so a document that only
 * moved is shifted instead of decoded again).
 */
export interface CachedDocument {
  doc: Document.Parsed
  decoded?: { key: string; start: number; index: number; result: DecodedDocument }
}

/** One YAML document of a file, parsed on its own; `start` shifts its node ranges into the file. */
export interface ParsedDocument {
  file: string
  index: number
  start: number
  text: string
  doc: Document.Parsed
  cached: CachedDocument
}

export interface ParsedFile {
  file: string
  text: string
  documents: ParsedDocument[]
  problems: RawProblem[]
}

/**
 * Documents parsed earlier, keyed by their exact text. A one-character edit changes one chunk's
 * text, so every other chunk is found here and not parsed again.
 */
export type DocumentCache = Map<string, CachedDocument>

export const PARSE_OPTIONS = { keepSourceTokens: false, prettyErrors: false, uniqueKeys: true, strict: true } as const

function parseChunk(text: string): CachedDocument | { error: string } {
  if (nestsDeeperThan(text)) return { error: `nesting deeper than ${MAX_NESTING} levels` }
  try {
    return { doc: parseDocument(text, PARSE_OPTIONS) }
  } catch (e) {
    // The parser recurses on nesting; a pathological text can exhaust the stack.
    return { error: e instanceof Error ? e.message : String(e) }
  }
}

/**
 * Splits a file into YAML documents and parses each (or takes it from `cache`). Parse problems come
 * back as raw problems (offsets only); `next` collects the entries this text uses.
 *
 * @example
 * const parsed = parseFile('gateway.yaml', text)
 * parsed.documents.map((d) => d.doc.contents)
 */
export function parseFile(file: string, text: string, cache?: DocumentCache, next?: DocumentCache): ParsedFile {
  const documents: ParsedDocument[] = []
  const problems: RawProblem[] = []
  splitDocuments(text).forEach((chunk, index) => {
    const chunkText = text.slice(chunk.start, chunk.end)
    const found = cache?.get(chunkText) ?? parseChunk(chunkText)
    if ('error' in found) {
      const firstLine = chunkText.indexOf('\n')
      problems.push({ code: 'yaml-too-deep', span: [chunk.start, chunk.start + (firstLine < 0 ? chunkText.length : firstLine)], message: `document not read: ${found.error}` })
      return
    }
    next?.set(chunkText, found)
    const { doc } = found
    documents.push({ file, index, start: chunk.start, text: chunkText, doc, cached: found })
    const at = (pos: readonly number[]): Span => [chunk.start + (pos[0] ?? 0), chunk.start + (pos[1] ?? pos[0] ?? 0)]
    for (const e of doc.errors) {
      problems.push({ code: e.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax', span: at(e.pos), message: e.message.split('\n')[0] ?? e.message })
    }
    for (const w of doc.warnings) problems.push({ code: 'yaml-warning', span: at(w.pos), message: w.message.split('\n')[0] ?? w.message })
  })
  return { file, text, documents, problems }
}
