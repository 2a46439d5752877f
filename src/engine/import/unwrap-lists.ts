import { CST } from 'yaml'
import { asMap, asSeq, firstDocument, getItem, getValue, parseCst, scalarValue, type CstToken } from '../manifest-text/cst'
import { chunkDocuments, chunkText, joinChunks, type YamlChunk } from '../manifest-text/yaml-chunks'

/**
 * The items of a `kind: List` document as standalone document texts, each cut from the source and
 * shifted left to column 0, so comments, quoting and key order inside an item are kept. Comment
 * lines written just above an item go with it. Returns undefined when the document is not a List.
 *
 * @example
 * listItemTexts('apiVersion: v1\nkind: List\nitems:\n- kind: Service\n  metadata:\n    name: a\n')
 * // ['kind: Service\nmetadata:\n  name: a\n']
 */
export function listItemTexts(text: string, tokens: CstToken[] = parseCst(text)): string[] | undefined {
  const root = asMap(firstDocument(tokens)?.value)
  const items = asSeq(getValue(root, 'items'))
  if (!root || !items || scalarValue(getValue(root, 'kind')) !== 'List') return undefined
  const out: string[] = []
  // Comments between the `items:` key and an item's dash go with that item.
  let gapStart = getItem(root, 'items')?.sep?.[0]?.offset ?? items.offset
  for (const item of items.items) {
    const value = item.value
    if (!value) continue
    const itemStart = item.start.find((t) => t.type === 'seq-item-ind')?.offset ?? value.offset
    const lead = commentLines(text.slice(gapStart, itemStart))
    const source = CST.stringify(value)
    gapStart = value.offset + source.length
    const indent = 'indent' in value && value.type !== 'scalar' ? Math.max(0, value.indent) : 0
    out.push(lead + ensureNewline(dedent(source, indent)))
  }
  return out
}

/**
 * Replaces every `kind: List` document with one document per item (see `listItemTexts`); other
 * documents are kept byte for byte.
 *
 * @example
 * unwrapLists('apiVersion: v1\nkind: List\nitems:\n- {kind: A}\n- {kind: B}\n').text // '{kind: A}\n---\n{kind: B}\n'
 */
export function unwrapLists(text: string): { text: string; lists: number } {
  let lists = 0
  const chunks: YamlChunk[] = []
  for (const chunk of chunkDocuments(text)) {
    const source = chunkText(chunk)
    const items = /\bList\b/.test(source) ? listItemTexts(source) : undefined
    if (!items) {
      chunks.push(chunk)
      continue
    }
    lists++
    chunks.push(...items.map((body) => ({ marker: true, body: `\n${body}` })))
  }
  return { text: lists === 0 ? text : joinChunks(chunks), lists }
}

function commentLines(gap: string): string {
  const lines = gap.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('#'))
  return lines.length ? `${lines.join('\n')}\n` : ''
}

function dedent(source: string, indent: number): string {
  if (indent === 0) return source
  return source
    .split('\n')
    .map((line, i) => {
      if (i === 0) return line
      let n = 0
      while (n < indent && line[n] === ' ') n++
      return line.slice(n)
    })
    .join('\n')
}

function ensureNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`
}
