import { isCollection, isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type Pair } from 'yaml'

/**
 * Reading the layout of YAML text around a node: where lines start and end, which column a key or
 * a `- ` sits in, and where a node's content really ends (before trailing newlines and comments).
 * Offsets are relative to the text of one YAML document.
 */

export const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1

export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  return nl < 0 ? text.length : nl
}

export const columnOf = (text: string, offset: number): number => offset - lineStart(text, offset)

/** True when only spaces precede `offset` on its line. */
export function leadsLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === ''
}

/** Where the node's own text ends: block scalars and block collections include a newline we must keep. */
export function contentEnd(text: string, node: Node): number {
  if (isCollection(node) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1]
    if (isPair(last)) return pairEnd(text, last as Pair<Node, Node | null>)
    if (last && typeof last === 'object' && 'range' in last) return contentEnd(text, last as Node)
  }
  let end = node.range?.[1] ?? 0
  while (end > (node.range?.[0] ?? 0) && /[\s]/.test(text[end - 1] ?? '')) end--
  return end
}

export function pairEnd(text: string, pair: Pair<Node, Node | null>): number {
  if (pair.value && pair.value.range) {
    const end = contentEnd(text, pair.value)
    // An empty value (`key:`) has a range at the colon; the key itself then ends the pair.
    if (end > (pair.key.range?.[1] ?? 0)) return end
  }
  return afterColon(text, pair) ?? pair.key.range?.[1] ?? 0
}

/** The offset just after the `:` that separates a pair's key from its value. */
export function afterColon(text: string, pair: Pair<Node, Node | null>): number | undefined {
  const from = pair.key.range?.[1]
  if (from === undefined) return undefined
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (c === ':') return i + 1
    if (c !== ' ' && c !== '\t') return undefined
  }
  return undefined
}

/**
 * The `-` that introduces a block sequence item: before it on the same line, or on an earlier line
 * when the item starts below its dash (`-` alone, or `- # comment`, then the item).
 */
export function dashBefore(text: string, item: Node): number | undefined {
  const start = item.range?.[0]
  if (start === undefined) return undefined
  let end = start
  for (let guard = 0; guard < 1000; guard++) {
    const ls = lineStart(text, end)
    const before = text.slice(ls, end)
    const code = guard === 0 ? before : before.replace(/(^|\s)#.*$/, '')
    const trimmed = code.trimEnd()
    if (trimmed.endsWith('-') && (trimmed.length === 1 || /\s/.test(trimmed[trimmed.length - 2] ?? ''))) return ls + trimmed.length - 1
    if (trimmed.trim() !== '' || ls === 0) return undefined
    end = ls - 1
  }
  return undefined
}

export interface IndentStyle {
  /** Spaces per nesting level. */
  unit: number
  /** Whether block sequences under a key are indented (`key:\n  - a`) or not (`key:\n- a`). */
  indentSeq: boolean
}

/**
 * Learns the document's own indentation, so new text looks like the text around it: the first
 * nested block map gives the unit, the first block sequence under a key tells whether lists are
 * indented. Kubernetes style (2 spaces, indented lists) when the document has no example.
 */
export function detectIndent(text: string, doc: Document): IndentStyle {
  let unit: number | undefined
  let indentSeq: boolean | undefined
  visit(doc, {
    Pair(_, pair) {
      const p = pair as Pair<Node, Node | null>
      const v = p.value
      if (!p.key?.range || !v || !isCollection(v) || v.flow || v.items.length === 0) return undefined
      const keyCol = columnOf(text, p.key.range[0])
      if (isMap(v) && unit === undefined) {
        const first = v.items[0]?.key as Node | undefined
        if (first?.range && leadsLine(text, first.range[0])) unit = columnOf(text, first.range[0]) - keyCol
      }
      if (isSeq(v) && indentSeq === undefined && v.items[0]) {
        const dash = dashBefore(text, v.items[0] as Node)
        if (dash !== undefined && leadsLine(text, dash)) indentSeq = columnOf(text, dash) > keyCol
      }
      return unit !== undefined && indentSeq !== undefined ? visit.BREAK : undefined
    },
  })
  return { unit: unit && unit > 0 && unit <= 8 ? unit : 2, indentSeq: indentSeq ?? true }
}

export const isNullScalar = (node: Node | null | undefined): boolean => !node || (isScalar(node) && node.value === null)
