import type { EditIntent, FieldPath } from '../../model'

/** The field edits `editValue` understands: the ones that act inside one object. */
export type FieldIntent = Extract<EditIntent, { op: 'set' | 'remove' | 'insert' }>

export type EditValueResult = { ok: true; value: unknown } | { ok: false; message: string }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * What a field edit means, stated on plain values: the object as `toJS` reads it, before and after.
 * `applyEdit` checks every text patch against this, so the two can never silently disagree.
 * Returns a new value and never mutates its input.
 *
 * - `set` creates missing maps (or a one-item list for index 0) along the path; an index may point
 *   one past the end of a list, which appends.
 * - `remove` of something absent changes nothing.
 * - `insert` creates the list when it is absent or null.
 *
 * @example
 * editValue({ spec: { rules: [{}] } }, { op: 'set', target, path: ['spec', 'rules', 0, 'name'], value: 'a' })
 * // → { ok: true, value: { spec: { rules: [{ name: 'a' }] } } }
 */
export function editValue(root: unknown, intent: FieldIntent): EditValueResult {
  switch (intent.op) {
    case 'set':
      return setAt(root, intent.path, 0, structuredClone(intent.value))
    case 'remove':
      return { ok: true, value: removeAt(root, intent.path, 0) }
    case 'insert':
      return insertAt(root, intent.path, 0, structuredClone(intent.value), intent.index)
  }
}

/** The value `set` builds where the path runs out of existing structure. */
export function buildMissing(path: FieldPath, value: unknown): EditValueResult {
  let v = value
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i]!
    if (typeof seg === 'number') {
      if (seg !== 0) return { ok: false, message: `index ${seg} is past the end of a list that does not exist` }
      v = [v]
    } else {
      v = { [seg]: v }
    }
  }
  return { ok: true, value: v }
}

function setAt(node: unknown, path: FieldPath, i: number, value: unknown): EditValueResult {
  if (i === path.length) return { ok: true, value }
  const seg = path[i]!
  if (typeof seg === 'number') {
    if (!Array.isArray(node)) return buildMissing(path.slice(i), value)
    if (seg > node.length || seg < 0) return { ok: false, message: `index ${seg} is past the end of the list` }
    const child = setAt(node[seg], path, i + 1, value)
    if (!child.ok) return child
    const copy = node.slice()
    copy[seg] = child.value
    return { ok: true, value: copy }
  }
  if (!isRecord(node)) return buildMissing(path.slice(i), value)
  const child = setAt(node[seg], path, i + 1, value)
  if (!child.ok) return child
  return { ok: true, value: { ...node, [seg]: child.value } }
}

function removeAt(node: unknown, path: FieldPath, i: number): unknown {
  const seg = path[i]
  if (seg === undefined) return node
  const last = i === path.length - 1
  if (typeof seg === 'number') {
    if (!Array.isArray(node) || seg < 0 || seg >= node.length) return node
    const copy = node.slice()
    if (last) copy.splice(seg, 1)
    else copy[seg] = removeAt(node[seg], path, i + 1)
    return copy
  }
  if (!isRecord(node) || !(seg in node)) return node
  if (last) {
    const copy = { ...node }
    delete copy[seg]
    return copy
  }
  return { ...node, [seg]: removeAt(node[seg], path, i + 1) }
}

function insertAt(node: unknown, path: FieldPath, i: number, value: unknown, index: number | undefined): EditValueResult {
  if (i === path.length) {
    if (node === undefined || node === null) {
      if (index !== undefined && index !== 0) return { ok: false, message: `index ${index} is past the end of an empty list` }
      return { ok: true, value: [value] }
    }
    if (!Array.isArray(node)) return { ok: false, message: 'the field is not a list' }
    const at = index ?? node.length
    if (at < 0 || at > node.length) return { ok: false, message: `index ${at} is past the end of the list` }
    const copy = node.slice()
    copy.splice(at, 0, value)
    return { ok: true, value: copy }
  }
  const seg = path[i]!
  if (typeof seg === 'number') {
    if (!Array.isArray(node)) return index ? { ok: false, message: 'the list does not exist' } : buildMissing(path.slice(i), [value])
    if (seg > node.length || seg < 0) return { ok: false, message: `index ${seg} is past the end of the list` }
    const child = insertAt(node[seg], path, i + 1, value, index)
    if (!child.ok) return child
    const copy = node.slice()
    copy[seg] = child.value
    return { ok: true, value: copy }
  }
  if (!isRecord(node)) return index ? { ok: false, message: 'the list does not exist' } : buildMissing(path.slice(i), [value])
  const child = insertAt(node[seg], path, i + 1, value, index)
  if (!child.ok) return child
  return { ok: true, value: { ...node, [seg]: child.value } }
}
