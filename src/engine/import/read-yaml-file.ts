import { Composer, isMap, isScalar, isSeq, Lexer, Parser } from 'yaml'
import type { CstToken } from '../manifest-text/cst'
import { LineIndex } from '../util/line-index'
import { splitDocuments } from '../parse/split-documents'

/** One document of an imported file, read and checked. */
export interface ReadDocument {
  /** Its text, `---` marker included when it had one. */
  text: string
  tokens: CstToken[]
  /** Empty documents hold only comments or nothing. */
  empty: boolean
  /** `kind: List` documents hold their objects under `items`. */
  isList: boolean
  /** Objects' identity as plain values (List items one by one). */
  objects: ObjectIdentity[]
}

/** `mapping` is false for a document or List item that is not a mapping at all. */
export interface ObjectIdentity {
  mapping: boolean
  apiVersion?: unknown
  kind?: unknown
}

export type ReadYamlResult = { ok: true; documents: ReadDocument[] } | { ok: false; message: string }

/** Reports progress about every this many lexemes inside one document (a 5 MB List is one document). */
const PROGRESS_EVERY = 1 << 15
const COMPOSE_OPTIONS = { strict: true, uniqueKeys: true, prettyErrors: false } as const

/**
 * Reads a YAML file document by document: lexes and parses to a CST (reporting progress by
 * characters read), composes to find syntax errors, and reads each object's apiVersion and kind.
 * The first YAML error stops the read with its line and column.
 *
 * @example
 * readYamlFile('a.yaml', 'kind: Service\n', () => {}) // { ok: true, documents: [...] }
 */
export function readYamlFile(name: string, text: string, onProgress: (chars: number) => void): ReadYamlResult {
  const documents: ReadDocument[] = []
  let lines: LineIndex | undefined
  for (const chunk of splitDocuments(text)) {
    const source = text.slice(chunk.start, chunk.end)
    const tokens = parseWithProgress(source, (n) => onProgress(chunk.start + n))
    const composed = [...new Composer(COMPOSE_OPTIONS).compose(tokens)]
    const doc = composed[0]
    const error = doc?.errors[0]
    if (error) {
      lines ??= new LineIndex(text)
      const at = lines.position(chunk.start + error.pos[0])
      return { ok: false, message: `${name}:${at.line}:${at.column}: not valid YAML: ${error.message.split('\n')[0]}` }
    }
    onProgress(chunk.end)
    const root = doc?.contents
    // A document of comments only composes to a null scalar: nothing to import, nothing wrong.
    if (!root || (isScalar(root) && root.value === null)) {
      documents.push({ text: source, tokens, empty: true, isList: false, objects: [] })
      continue
    }
    // Only identities are needed here; the AST is read directly rather than converted to JS,
    // which for a 5 MB List would cost as much again.
    const listItems = isMap(root) && scalar(root.get('kind', true)) === 'List' ? root.get('items', true) : undefined
    const isList = isSeq(listItems)
    const items: unknown[] = isSeq(listItems) ? listItems.items : [root]
    documents.push({ text: source, tokens, empty: false, isList, objects: items.map(identity) })
  }
  return { ok: true, documents }
}

function parseWithProgress(source: string, onProgress: (chars: number) => void): CstToken[] {
  const parser = new Parser()
  const tokens: CstToken[] = []
  let n = 0
  for (const lexeme of new Lexer().lex(source)) {
    for (const t of parser.next(lexeme)) tokens.push(t)
    if (++n % PROGRESS_EVERY === 0) onProgress(parser.offset)
  }
  for (const t of parser.end()) tokens.push(t)
  return tokens
}

function scalar(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined
}

function identity(node: unknown): ObjectIdentity {
  if (!isMap(node)) return { mapping: false }
  return { mapping: true, apiVersion: scalar(node.get('apiVersion', true)), kind: scalar(node.get('kind', true)) }
}
