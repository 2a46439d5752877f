import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml'
import type { FieldPath, ObjectRef } from '../../model'
import { PARSE_OPTIONS, type DocumentCache } from '../parse/parse-file'
import { splitDocuments, type DocumentChunk } from '../parse/split-documents'

const CLUSTER_SCOPED = new Set(['GatewayClass', 'Namespace'])

/** One YAML document of the text, with the node of the object an edit targets. */
export interface LocatedObject {
  chunk: DocumentChunk
  chunkText: string
  doc: Document.Parsed
  node: Node
  /** Where the object sits in its document: `[]`, or `['items', i]` inside a `kind: List`. */
  docPath: FieldPath
}

/** Parses one chunk, reusing the analysis cache when the chunk's text is unchanged. Never mutate the result. */
export function parseChunk(chunkText: string, cache?: DocumentCache): Document.Parsed {
  return cache?.get(chunkText)?.doc ?? parseDocument(chunkText, PARSE_OPTIONS)
}

const scalarAt = (node: Node, path: string[]): unknown => {
  let cur: unknown = node
  for (const key of path) {
    if (!isMap(cur)) return undefined
    cur = cur.get(key, true)
  }
  return isScalar(cur) ? cur.value : undefined
}

function matches(node: Node, target: ObjectRef): boolean {
  if (scalarAt(node, ['kind']) !== target.kind) return false
  if (scalarAt(node, ['metadata', 'name']) !== target.name) return false
  const ns = scalarAt(node, ['metadata', 'namespace'])
  const namespace = CLUSTER_SCOPED.has(target.kind) ? '' : typeof ns === 'string' ? ns : 'default'
  return namespace === target.namespace
}

/**
 * Finds an object by kind, namespace and name, the way the decoder names it. Only documents whose
 * text mentions the name are parsed, so locating is cheap in a large workspace.
 */
export function locateObject(text: string, target: ObjectRef, cache?: DocumentCache): LocatedObject | undefined {
  for (const chunk of splitDocuments(text)) {
    const chunkText = text.slice(chunk.start, chunk.end)
    if (!chunkText.includes(target.name)) continue
    const doc = parseChunk(chunkText, cache)
    const root = doc.contents as Node | null
    if (!root || doc.errors.length > 0 || !isMap(root)) continue
    if (matches(root, target)) return { chunk, chunkText, doc, node: root, docPath: [] }
    if (scalarAt(root, ['kind']) === 'List') {
      const items = root.get('items', true)
      if (!isSeq(items)) continue
      const i = items.items.findIndex((item) => isMap(item) && matches(item as Node, target))
      if (i >= 0) return { chunk, chunkText, doc, node: items.items[i] as Node, docPath: ['items', i] }
    }
  }
  return undefined
}

/** True when some document of the text does not parse: visual edits then wait. */
export function firstUnparsable(text: string, cache?: DocumentCache): DocumentChunk | undefined {
  return splitDocuments(text).find((c) => parseChunk(text.slice(c.start, c.end), cache).errors.length > 0)
}
