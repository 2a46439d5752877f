import { Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml'
import type { FieldPath } from '../../model'
import { buildMissing, type FieldIntent } from './edit-value'
import { renderItemValue, renderPair, renderPairValue, renderScalar, shiftLines } from './render-yaml'
import {
  afterColon,
  columnOf,
  contentEnd,
  dashBefore,
  isNullScalar,
  leadsLine,
  lineEnd,
  lineStart,
  pairEnd,
  type IndentStyle,
} from './text-layout'

/** One replacement inside a document's text. */
export interface Splice {
  start: number
  end: number
  text: string
}

/** How a node hangs from its parent: as a pair's value in a map, or as an item in a list. */
type Link = { kind: 'pair'; pair: Pair<Node, Node | null>; map: Node } | { kind: 'item'; index: number; seq: Node } | { kind: 'root' }

interface Step {
  node: Node | null
  link: Link
}

interface Walk {
  /** steps[i] is the node at path[0..i); steps[0] is the object itself. */
  steps: Step[]
  /** Index of the first path segment that does not exist, or path.length when all do. */
  missingAt: number
}

function walk(root: Node, path: FieldPath): Walk | undefined {
  const steps: Step[] = [{ node: root, link: { kind: 'root' } }]
  for (let i = 0; i < path.length; i++) {
    const cur = steps[i]!.node
    const seg = path[i]!
    if (cur && isAlias(cur)) return undefined
    if (cur && isMap(cur) && typeof seg === 'string') {
      const pair = cur.items.find((p) => isScalar(p.key) && String(p.key.value) === seg) as Pair<Node, Node | null> | undefined
      if (!pair) return { steps, missingAt: i }
      if (!isScalar(pair.key) || !pair.key.range) return undefined
      steps.push({ node: pair.value ?? null, link: { kind: 'pair', pair, map: cur } })
    } else if (cur && isSeq(cur) && typeof seg === 'number') {
      const item = cur.items[seg] as Node | undefined
      if (item === undefined) return { steps, missingAt: i }
      if (isPair(item)) return undefined
      steps.push({ node: item, link: { kind: 'item', index: seg, seq: cur } })
    } else {
      return { steps, missingAt: i }
    }
  }
  return { steps, missingAt: path.length }
}

const isFlow = (n: Node | null): boolean => !!n && isCollection(n) && !!n.flow

/**
 * Plans the smallest text change that performs a field edit on one object, or answers undefined
 * when the shape is one a splice cannot express safely (the caller then falls back to re-printing
 * the document). `root` is the object's node; `path` is relative to it.
 */
export function planFieldEdit(text: string, root: Node, intent: FieldIntent, style: IndentStyle): Splice | null | undefined {
  const w = walk(root, intent.path)
  if (!w) return undefined
  const exists = w.missingAt === intent.path.length
  if (intent.op === 'remove' && !exists) return null
  const flowAt = firstFlowContainer(w, intent, exists)
  if (flowAt !== undefined) return rewriteFlow(text, w.steps[flowAt]!.node!, intent, flowAt, style)
  switch (intent.op) {
    case 'set':
      return planSet(text, w, intent.path, intent.value, style)
    case 'remove':
      return planRemove(text, w, style)
    case 'insert':
      return planInsert(text, w, intent.path, intent.value, intent.index, style)
  }
}

/**
 * The outermost flow collection (`{...}`, `[...]`) whose contents the edit changes, if any: such a
 * collection is re-printed whole, since its items share a line. A scalar replaced in place and an
 * empty `[]` that grows into a block list need no re-print.
 */
function firstFlowContainer(w: Walk, intent: FieldIntent, exists: boolean): number | undefined {
  const last = w.steps.at(-1)!.node
  let end = w.steps.length
  if (intent.op === 'remove' || (intent.op === 'set' && exists)) end -= 1
  const i = w.steps.slice(0, end).findIndex((s) => isFlow(s.node))
  if (i < 0) return undefined
  if (intent.op === 'set' && exists && last && isScalar(last) && !isCollectionValue(intent.value)) return undefined
  if (intent.op === 'insert' && i === w.steps.length - 1 && last && isSeq(last) && last.items.length === 0) return undefined
  return i
}

const isCollectionValue = (v: unknown) => typeof v === 'object' && v !== null

/**
 * Re-prints a flow collection after editing a copy of its node tree, so the scalars it keeps also
 * keep their quoting; only spacing inside the brackets may change.
 */
function rewriteFlow(text: string, node: Node, intent: FieldIntent, depth: number, style: IndentStyle): Splice | undefined {
  if (!node.range || !isCollection(node)) return undefined
  const copy = node.clone()
  const doc = new Document(null)
  doc.contents = copy as Node
  const rel = intent.path.slice(depth)
  if (intent.op === 'set') {
    if (rel.length === 0) return undefined
    copy.setIn(rel, doc.createNode(intent.value))
  } else if (intent.op === 'remove') copy.deleteIn(rel)
  else {
    const seq = rel.length === 0 ? copy : copy.getIn(rel, true)
    if (isSeq(seq)) seq.items.splice(intent.index ?? seq.items.length, 0, doc.createNode(intent.value))
    else if (rel.length > 0 && (seq === undefined || isNullScalar(seq as Node))) copy.setIn(rel, doc.createNode([intent.value]))
    else return undefined
  }
  const printed = doc.toString({ indent: style.unit, indentSeq: style.indentSeq, lineWidth: 0 }).replace(/\n+$/, '')
  // Flow collections with comments print over several lines; indent those under the opening bracket.
  return { start: node.range[0], end: node.range[1], text: shiftLines(printed, columnOf(text, node.range[0])) }
}

function planSet(text: string, w: Walk, path: FieldPath, value: unknown, style: IndentStyle): Splice | undefined {
  if (w.missingAt === path.length) return replaceNode(text, w.steps.at(-1)!, value, style)
  const existing = w.steps.at(-1)!
  const rest = path.slice(w.missingAt)
  const node = existing.node
  if (node && isMap(node) && typeof rest[0] === 'string') {
    const built = buildMissing(rest.slice(1), value)
    if (!built.ok || node.items.length === 0) return undefined
    const keyCol = columnOf(text, (node.items[0]!.key as Node).range![0])
    const at = lineEnd(text, contentEnd(text, node))
    return { start: at, end: at, text: `\n${' '.repeat(keyCol)}${renderPair(rest[0], built.value, keyCol, style)}` }
  }
  if (node && isSeq(node) && rest[0] === node.items.length) {
    const built = buildMissing(rest.slice(1), value)
    return built.ok ? appendItem(text, node, built.value, style) : undefined
  }
  // The path runs into a scalar (often `key:` with nothing yet): replace it with the structure.
  if (existing.link.kind === 'root') return undefined
  const built = buildMissing(rest, value)
  return built.ok ? replaceNode(text, existing, built.value, style) : undefined
}

/** Replaces the node of a step (a pair's value or a list item) with `value`. */
function replaceNode(text: string, step: Step, value: unknown, style: IndentStyle): Splice | undefined {
  const { node, link } = step
  if (link.kind === 'root') return undefined
  if (node && isScalar(node) && node.range && !isCollectionValue(value) && !(isNullScalar(node) && node.range[0] === node.range[1])) {
    const owner = link.kind === 'pair' ? link.pair.key.range![0] : dashBefore(text, node) ?? node.range[0]
    const inFlow = link.kind === 'pair' ? isFlow(link.map) : isFlow(link.seq)
    return { start: node.range[0], end: node.range[1], text: renderScalar(value, node.type as Scalar.Type | undefined, columnOf(text, owner), style, inFlow) }
  }
  if (link.kind === 'pair') {
    const start = afterColon(text, link.pair)
    if (start === undefined) return undefined
    const keyCol = columnOf(text, link.pair.key.range![0])
    return { start, end: Math.max(start, pairEnd(text, link.pair)), text: renderPairValue(value, keyCol, style) }
  }
  if (!node?.range) return undefined
  const dash = dashBefore(text, node)
  if (dash === undefined) return undefined
  return { start: node.range[0], end: contentEnd(text, node), text: renderItemValue(value, columnOf(text, dash), style) }
}

function appendItem(text: string, seq: Node, value: unknown, style: IndentStyle): Splice | undefined {
  if (!isSeq(seq)) return undefined
  const last = seq.items.at(-1) as Node | undefined
  const dash = last ? dashBefore(text, last) : undefined
  if (!last || dash === undefined) return undefined
  const col = columnOf(text, dash)
  const at = lineEnd(text, contentEnd(text, last))
  return { start: at, end: at, text: `\n${' '.repeat(col)}- ${renderItemValue(value, col, style)}` }
}

function planRemove(text: string, w: Walk, style: IndentStyle): Splice | undefined {
  const step = w.steps.at(-1)!
  const parent = w.steps.at(-2)
  if (!parent) return undefined
  const { link } = step
  if (link.kind === 'pair' && isMap(link.map)) {
    // Removing the last field leaves an empty map, written `{}`.
    if (link.map.items.length === 1) return replaceNode(text, parent, {}, style)
    return removeLines(text, link.pair.key.range![0], pairEnd(text, link.pair), () => {
      const i = (link.map as { items: unknown[] }).items.indexOf(link.pair)
      const next = (link.map as { items: Pair<Node>[] }).items[i + 1]
      return next?.key.range?.[0]
    })
  }
  if (link.kind === 'item' && isSeq(link.seq) && step.node) {
    if (link.seq.items.length === 1) return replaceNode(text, parent, [], style)
    const dash = dashBefore(text, step.node)
    if (dash === undefined) return undefined
    const next = link.seq.items[link.index + 1] as Node | undefined
    return removeLines(text, dash, contentEnd(text, step.node), () => (next ? dashBefore(text, next) : undefined))
  }
  return undefined
}

/**
 * Deletes the lines from `start` to `end`. When `start` does not lead its line (the first field of
 * a list item, after `- `), deletes up to the next sibling instead, which then moves up behind the dash.
 */
function removeLines(text: string, start: number, end: number, nextSibling: () => number | undefined): Splice | undefined {
  if (!leadsLine(text, start)) {
    const next = nextSibling()
    return next === undefined ? undefined : { start, end: next, text: '' }
  }
  const from = commentedStart(text, start)
  const to = lineEnd(text, end)
  if (to < text.length) return { start: from, end: to + 1, text: '' }
  // The last line of the document has no newline: take the one before it instead.
  return { start: Math.max(0, from - 1), end: to, text: '' }
}

/**
 * The start of the line at `start`, moved up over the full-line comments right above it at the same
 * column: they introduce the removed entry (`# canary` above `- name: v2`) and would mislead if left.
 */
function commentedStart(text: string, start: number): number {
  const column = columnOf(text, start)
  let from = lineStart(text, start)
  while (from > 0) {
    const prev = lineStart(text, from - 1)
    const line = text.slice(prev, from - 1)
    if (!line.trimStart().startsWith('#') || line.length - line.trimStart().length !== column) break
    from = prev
  }
  return from
}

function planInsert(text: string, w: Walk, path: FieldPath, value: unknown, index: number | undefined, style: IndentStyle): Splice | undefined {
  const step = w.steps.at(-1)!
  if (w.missingAt < path.length || isNullScalar(step.node)) {
    if (index !== undefined && index !== 0) return undefined
    return planSet(text, w, path, [value], style)
  }
  const seq = step.node
  if (!seq || !isSeq(seq)) return undefined
  if (seq.flow) return seq.items.length === 0 ? replaceNode(text, step, [value], style) : undefined
  const at = index ?? seq.items.length
  if (at === seq.items.length) return appendItem(text, seq, value, style)
  const before = seq.items[at] as Node | undefined
  const dash = before ? dashBefore(text, before) : undefined
  if (dash === undefined) return undefined
  const col = columnOf(text, dash)
  if (!leadsLine(text, dash)) {
    // `- - a`: the new item takes the dash's place and the old one moves to the next line.
    return { start: dash, end: dash, text: `- ${renderItemValue(value, col, style)}\n${' '.repeat(col)}` }
  }
  const ls = lineStart(text, dash)
  return { start: ls, end: ls, text: `${' '.repeat(col)}- ${renderItemValue(value, col, style)}\n` }
}
