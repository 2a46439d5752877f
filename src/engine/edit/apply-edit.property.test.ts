import fc from 'fast-check'
import { Document, isCollection, isScalar, parseAllDocuments, visit } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { EditIntent, FieldPath, ObjectRef } from '../../model'
import { analyze } from '../analyze'
import { splitDocuments } from '../parse/split-documents'
import { applyEdit } from './apply-edit'
import { editValue, type FieldIntent } from './edit-value'

/**
 * The promise of the visual designer, checked on random manifests printed in random styles
 * (indentation, list style, flow collections, quoting, comments, blank lines):
 * applying an edit to the text and reading it back equals editing the object itself, the other
 * documents keep every byte, and a scalar change touches exactly one line.
 */

const KEYS = ['name', 'port', 'weight', 'value', 'rules', 'matches', 'path', 'type', 'hosts', 'x-a']
const scalar = fc.oneof(
  fc.integer({ min: -5, max: 500 }),
  fc.constantFrom('a', 'edge', '/cart', '*.shop.example.com', 'true', '1.5', 'a: b', '#x', '', 'x y', 'null', '- z'),
  fc.boolean(),
  fc.constant(null),
)
const { value: anyValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { minLength: 1, maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { minKeys: 1, maxKeys: 4 }),
  ),
}))
const spec = fc.dictionary(fc.constantFrom(...KEYS), anyValue, { minKeys: 1, maxKeys: 4 })

interface Style {
  indent: 2 | 4
  indentSeq: boolean
  flags: boolean[]
}
const style = fc.record({ indent: fc.constantFrom(2 as const, 4 as const), indentSeq: fc.boolean(), flags: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }) })

/** Prints one manifest with per-node flow style, quoting, comments and blank lines chosen by `flags`. */
function print(manifest: unknown, s: Style, withFlow: boolean): string {
  const doc = new Document(manifest)
  let i = 0
  const flag = () => s.flags[i++ % s.flags.length]!
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && flag()) node.type = flag() ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'
      if (flag() && flag()) node.comment = ' note'
    },
    Pair(_, pair) {
      if (flag() && flag() && isScalar(pair.key)) pair.key.commentBefore = ' about this'
      if (flag() && flag() && flag() && isScalar(pair.key)) pair.key.spaceBefore = true
    },
    Map(_, node) {
      if (withFlow && flag() && flag()) node.flow = true
    },
    Seq(_, node) {
      if (withFlow && flag() && flag()) node.flow = true
    },
  })
  return doc.toString({ indent: s.indent, indentSeq: s.indentSeq, lineWidth: 0 })
}

/** Every path inside `value`, with what is there. */
function paths(value: unknown, prefix: FieldPath = []): { path: FieldPath; value: unknown }[] {
  const out = [{ path: prefix, value }]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]))
  return out
}

const target: ObjectRef = { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'shop', name: 'target' }
const manifestOf = (name: string, s: unknown) => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name, namespace: 'shop' }, spec: s })

/** Picks an edit for the target's spec: set (existing, new key, append), remove, insert. */
function intentFor(specValue: unknown, choice: number, pick: number, value: unknown, key: string): FieldIntent {
  const all = paths(specValue).map((p) => ({ ...p, path: ['spec', ...p.path] }))
  const at = all[pick % all.length]!
  const lists = all.filter((p) => Array.isArray(p.value))
  const maps = all.filter((p) => p.value && typeof p.value === 'object' && !Array.isArray(p.value))
  switch (choice % 6) {
    case 0:
      return { op: 'set', target, path: at.path, value }
    case 1: {
      const m = maps[pick % maps.length]!
      return { op: 'set', target, path: [...m.path, key], value }
    }
    case 2:
      return at.path.length > 1 ? { op: 'remove', target, path: at.path } : { op: 'set', target, path: at.path, value }
    case 3: {
      const l = lists[pick % Math.max(1, lists.length)]
      if (!l) return { op: 'insert', target, path: ['spec', `${key}-list`], value }
      return { op: 'insert', target, path: l.path, value, index: pick % ((l.value as unknown[]).length + 1) }
    }
    case 4: {
      const l = lists[pick % Math.max(1, lists.length)]
      return l ? { op: 'set', target, path: [...l.path, (l.value as unknown[]).length], value } : { op: 'set', target, path: at.path, value }
    }
    default: {
      const scalars = all.filter((p) => !isCollection(p.value) && (p.value === null || typeof p.value !== 'object') && p.path.length > 1)
      const s = scalars[pick % Math.max(1, scalars.length)]
      return s ? { op: 'set', target, path: s.path, value: typeof value === 'object' && value !== null ? 42 : value } : { op: 'set', target, path: at.path, value }
    }
  }
}

const documents = (text: string) => splitDocuments(text).map((c) => text.slice(c.start, c.end))

function check(withFlow: boolean) {
  fc.assert(
    fc.property(spec, spec, style, fc.nat(), fc.nat(), anyValue, fc.constantFrom(...KEYS, 'fresh'), (before, other, s, choice, pick, value, key) => {
      const text = print(manifestOf('other', other), s, withFlow) + '---\n' + print(manifestOf('target', before), s, withFlow)
      const intent = intentFor(before, choice, pick, value, key)
      const expected = editValue(manifestOf('target', before), intent)
      const r = applyEdit(text, intent as EditIntent)
      if (!expected.ok) {
        expect(r.ok).toBe(false)
        return
      }
      if (!r.ok) throw new Error(`${r.code}: ${r.message}\n${JSON.stringify(intent)}\n${text}`)
      // Reading the text back equals editing the object.
      const docs = parseAllDocuments(r.text).map((d) => (d as Document).toJS())
      expect(docs).toEqual([manifestOf('other', other), expected.value])
      // The other document keeps every byte.
      expect(documents(r.text)[0]).toBe(documents(text)[0])
      // A patch, never a re-print, for everything the generator writes.
      expect(r.strategy, `${JSON.stringify(intent)}\n${text}`).not.toBe('document')
      // A scalar replaced by a scalar changes one line only.
      const old = paths(manifestOf('target', before)).find((p) => JSON.stringify(p.path) === JSON.stringify(intent.path))
      if (intent.op === 'set' && old && (old.value === null || typeof old.value !== 'object') && (value === null || typeof value !== 'object') && r.changes[0]) {
        expect(r.changes[0].text.includes('\n') || text.slice(r.changes[0].start, r.changes[0].end).includes('\n')).toBe(false)
      }
    }),
    { numRuns: 400 },
  )
}

describe('applyEdit properties', () => {
  it('equals editing the object, on block-style YAML with comments', () => check(false))
  it('equals editing the object, with flow collections mixed in', () => check(true))

  it('then analyze equals analyzing the edited object', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.constantFrom('v1', 'v2', 'v3'), weight: fc.integer({ min: 0, max: 100 }) }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.nat(),
        style,
        (backends, weight, pick, s) => {
          const manifest = manifestOf('target', { parentRefs: [{ name: 'edge' }], rules: [{ backendRefs: backends.map((b) => ({ ...b, port: 8080 })) }] })
          const text = print(manifest, s, false)
          const i = pick % backends.length
          const intent: FieldIntent = { op: 'set', target, path: ['spec', 'rules', 0, 'backendRefs', i, 'weight'], value: weight }
          const r = applyEdit(text, intent)
          if (!r.ok) throw new Error(r.message)
          const edited = editValue(manifest, intent)
          if (!edited.ok) throw new Error(edited.message)
          const viaText = analyze({ files: [{ name: 'w.yaml', text: r.text }] }).objects.map((o) => [o.kind, o.metadata, o.spec])
          const viaObject = analyze({ files: [{ name: 'w.yaml', text: print(edited.value, s, false) }] }).objects.map((o) => [o.kind, o.metadata, o.spec])
          expect(viaText).toEqual(viaObject)
        },
      ),
      { numRuns: 100 },
    )
  })
})
