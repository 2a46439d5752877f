import { isSeq, parseDocument, type Node } from 'yaml'
import type { EditIntent, EditResult, FieldPath, ObjectRef, TextChange } from '../../model'
import { PARSE_OPTIONS, type DocumentCache } from '../parse/parse-file'
import { splitDocuments } from '../parse/split-documents'
import { sameValue } from '../util/same-value'
import { editValue, type FieldIntent } from './edit-value'
import { locateObject, parseChunk, type LocatedObject } from './locate-object'
import { planFieldEdit, type Splice } from './patch-field'
import { renderDocument } from './render-yaml'
import { detectIndent } from './text-layout'

export interface ApplyEditOptions {
  /** The analysis cache's parsed documents, so unchanged documents are not parsed again. */
  cache?: DocumentCache
}

const fail = (code: Extract<EditResult, { ok: false }>['code'], message: string): EditResult => ({ ok: false, code, message })
const describe = (t: ObjectRef) => `${t.kind} ${t.namespace ? `${t.namespace}/` : ''}${t.name}`

/**
 * Applies a visual edit to the YAML text as the smallest text change that does it. Everything the
 * edit does not touch keeps its bytes: comments, key order, quoting, indentation and blank lines.
 * Each patch is checked by parsing the result and comparing it with the edit applied to the plain
 * object (`editValue`); when a shape cannot be patched safely (aliases, odd layouts) only the target
 * document is re-printed through the `yaml` Document API, and the result says so. Never throws.
 *
 * @example
 * const r = applyEdit(text, {
 *   op: 'set',
 *   target: { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'shop', name: 'checkout' },
 *   path: ['spec', 'rules', 0, 'backendRefs', 0, 'weight'],
 *   value: 80,
 * })
 * if (r.ok) editor.apply(r.changes) // one line changed: `weight: 90` → `weight: 80`
 */
export function applyEdit(text: string, intent: EditIntent, options: ApplyEditOptions = {}): EditResult {
  try {
    switch (intent.op) {
      case 'addObject':
        return addObject(text, intent.manifest, intent.after, intent.comment, options.cache)
      case 'removeObject':
        return removeObject(text, intent.target, options.cache)
      default:
        return editField(text, intent, options.cache)
    }
  } catch (e) {
    // The engine never throws on user input; an unforeseen shape is reported, and the text kept.
    return fail('edit-failed', `the edit could not be applied: ${(e as Error).message}`)
  }
}

/**
 * Applies several edits in order, as one change (a fix-it that adds a grant and a reference, say).
 *
 * @example
 * applyEdits(text, [addServiceIntent, addBackendRefIntent])
 */
export function applyEdits(text: string, intents: readonly EditIntent[], options: ApplyEditOptions = {}): EditResult {
  let current = text
  let strategy: 'patch' | 'document' | 'none' = 'none'
  for (const intent of intents) {
    const r = applyEdit(current, intent, options)
    if (!r.ok) return r
    current = r.text
    if (r.strategy === 'document' || (r.strategy === 'patch' && strategy === 'none')) strategy = r.strategy
  }
  return finish(text, current, strategy)
}

function finish(before: string, after: string, strategy: 'patch' | 'document' | 'none'): EditResult {
  const change = diffRange(before, after)
  return change ? { ok: true, text: after, changes: [change], strategy } : { ok: true, text: before, changes: [], strategy: 'none' }
}

/** The one replacement that turns `a` into `b`: common prefix and suffix left out. */
export function diffRange(a: string, b: string): TextChange | undefined {
  if (a === b) return undefined
  let start = 0
  const max = Math.min(a.length, b.length)
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--
    endB--
  }
  return { start, end: endA, text: b.slice(start, endB) }
}

function editField(text: string, intent: FieldIntent, cache?: DocumentCache): EditResult {
  const located = locateObject(text, intent.target, cache)
  if (!located) return fail('edit-target-missing', `${describe(intent.target)} is not in the text (or its document does not parse)`)
  return editInDocument(text, located, located.node, located.docPath, intent)
}

/**
 * Edits below `root`, a node found at `prefix` in the located document: the object itself, or the
 * document root when a whole item of a `kind: List` goes.
 */
function editInDocument(text: string, located: LocatedObject, root: Node, prefix: FieldPath, intent: FieldIntent): EditResult {
  const whole = located.doc.toJS({ maxAliasCount: 100 }) as unknown
  const expected = editValue(whole, { ...intent, path: [...prefix, ...intent.path] } as FieldIntent)
  if (!expected.ok) return fail('edit-path-missing', expected.message)

  const style = detectIndent(located.chunkText, located.doc)
  const splice = planFieldEdit(located.chunkText, root, intent, style)
  if (splice === null) return finish(text, text, 'none')
  if (splice) {
    const chunkText = spliceText(located.chunkText, splice)
    if (parsesTo(chunkText, expected.value)) return finish(text, replaceChunk(text, located, chunkText), 'patch')
  }
  return reprintDocument(text, located, [...prefix, ...intent.path], intent, expected.value)
}

const spliceText = (s: string, sp: Splice) => s.slice(0, sp.start) + sp.text + s.slice(sp.end)
const replaceChunk = (text: string, l: LocatedObject, chunkText: string) => text.slice(0, l.chunk.start) + chunkText + text.slice(l.chunk.end)

function parsesTo(chunkText: string, expected: unknown): boolean {
  const doc = parseDocument(chunkText, PARSE_OPTIONS)
  return doc.errors.length === 0 && sameValue(doc.toJS({ maxAliasCount: 100 }), expected)
}

/** The fallback: the `yaml` Document API edits the node tree of that one document and prints it. */
function reprintDocument(text: string, located: LocatedObject, path: FieldPath, intent: FieldIntent, expected: unknown): EditResult {
  const doc = parseDocument(located.chunkText, PARSE_OPTIONS)
  if (intent.op === 'set') doc.setIn(path, doc.createNode(intent.value))
  else if (intent.op === 'remove') doc.deleteIn(path)
  else {
    const seq = doc.getIn(path, true)
    if (isSeq(seq)) seq.items.splice(intent.index ?? seq.items.length, 0, doc.createNode(intent.value))
    else doc.setIn(path, doc.createNode([intent.value]))
  }
  const style = detectIndent(located.chunkText, located.doc)
  const leading = located.chunkText.match(/^(?:---[^\n]*\n)?/)?.[0] ?? ''
  const printed = doc.toString({ indent: style.unit, indentSeq: style.indentSeq, lineWidth: 0 })
  const chunkText = leading && !printed.startsWith('---') ? leading + printed : printed
  if (!parsesTo(chunkText, expected)) return fail('edit-failed', `the edit to ${describe(intent.target)} could not be written without changing its meaning`)
  return finish(text, replaceChunk(text, located, chunkText), 'document')
}

function addObject(text: string, manifest: Record<string, unknown>, after: ObjectRef | undefined, comment: string | undefined, cache?: DocumentCache): EditResult {
  let at = text.length
  let style = { unit: 2, indentSeq: true }
  if (after) {
    const located = locateObject(text, after, cache)
    if (!located) return fail('edit-target-missing', `${describe(after)} is not in the text`)
    at = located.chunk.end
    style = detectIndent(located.chunkText, located.doc)
  } else {
    const first = splitDocuments(text)[0]
    if (first) {
      const chunkText = text.slice(first.start, first.end)
      style = detectIndent(chunkText, parseChunk(chunkText, cache))
    }
  }
  const header = comment ? comment.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n') + '\n' : ''
  const body = header + renderDocument(manifest, style)
  const before = text.slice(0, at)
  let insert: string
  if (before.trim() === '') insert = body
  else insert = (before.endsWith('\n') ? '' : '\n') + '---\n' + body
  // Inserting between documents: the next one already starts with its own `---`.
  return finish(text, before + insert + text.slice(at), 'patch')
}

function removeObject(text: string, target: ObjectRef, cache?: DocumentCache): EditResult {
  const located = locateObject(text, target, cache)
  if (!located) return fail('edit-target-missing', `${describe(target)} is not in the text`)
  if (located.docPath.length > 0) {
    return editInDocument(text, located, located.doc.contents as Node, [], { op: 'remove', target, path: located.docPath })
  }
  const { start } = located.chunk
  let { end } = located.chunk
  // The first document has no `---` of its own: let the next one's marker go with it instead.
  if (start === 0) {
    const next = splitDocuments(text)[1]
    if (next) end = next.start + (text.slice(next.start).match(/^---[^\n]*(\n|$)/)?.[0].length ?? 0)
  }
  return finish(text, text.slice(0, start) + text.slice(end), 'patch')
}
