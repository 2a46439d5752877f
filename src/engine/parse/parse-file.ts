import { parseDocument, type Document } from 'yaml'
import type { Problem } from '../../model'
import { LineIndex } from '../util/line-index'
import { problemAt } from '../util/problems'
import { splitDocuments } from './split-documents'

/** One YAML document of a file, parsed on its own; `start` shifts its node ranges into the file. */
export interface ParsedDocument {
  file: string
  index: number
  start: number
  text: string
  doc: Document.Parsed
}

export interface ParsedFile {
  file: string
  text: string
  lines: LineIndex
  documents: ParsedDocument[]
  problems: Problem[]
}

/**
 * Documents parsed earlier, keyed by their exact text. A one-character edit changes one chunk's
 * text, so every other chunk is found here and not parsed again.
 */
export type DocumentCache = Map<string, Document.Parsed>

export const PARSE_OPTIONS = { keepSourceTokens: false, prettyErrors: false, uniqueKeys: true, strict: true } as const

export function parseFile(file: string, text: string, cache?: DocumentCache, next?: DocumentCache): ParsedFile {
  const lines = new LineIndex(text)
  const documents: ParsedDocument[] = []
  const problems: Problem[] = []
  splitDocuments(text).forEach((chunk, index) => {
    const chunkText = text.slice(chunk.start, chunk.end)
    let doc = cache?.get(chunkText)
    if (!doc) doc = parseDocument(chunkText, PARSE_OPTIONS)
    next?.set(chunkText, doc)
    documents.push({ file, index, start: chunk.start, text: chunkText, doc })
    for (const e of doc.errors) {
      const code = e.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax'
      problems.push(problemAt(lines, file, [chunk.start + e.pos[0], chunk.start + e.pos[1]], code, 'error', e.message.split('\n')[0] ?? e.message))
    }
    for (const w of doc.warnings) {
      problems.push(problemAt(lines, file, [chunk.start + w.pos[0], chunk.start + w.pos[1]], 'yaml-warning', 'warning', w.message.split('\n')[0] ?? w.message))
    }
  })
  return { file, text, lines, documents, problems }
}
