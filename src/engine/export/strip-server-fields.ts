import type { ExportOptions } from '../../model'
import { chunkDocuments, chunkText, joinChunks } from '../manifest-text/yaml-chunks'
import { asMap, asSeq, firstDocument, getValue, parseCst, removeKeys, scalarValue, stringifyTokens, type CstCollection, type CstToken } from '../manifest-text/cst'

/** Fields the API server sets under `metadata`; an apply must not carry them to another cluster. */
const SERVER_METADATA = new Set(['managedFields', 'resourceVersion', 'uid', 'generation', 'selfLink', 'deletionTimestamp', 'deletionGracePeriodSeconds'])
/** Written by `kubectl apply` itself; kubectl writes it again on the next apply. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration'
/** Words one of which must appear in a document before it is worth parsing (a fast path for big texts). */
const TELLTALES = /status|managedFields|resourceVersion|uid|generation|selfLink|deletion|last-applied|creationTimestamp|clusterIP/

export interface StripResult {
  text: string
  /** Fields removed, counted one per key (a whole `status` counts as one). */
  removed: number
  /** Objects that had at least one field removed. */
  objects: number
}

/**
 * Removes `status` and the fields the API server sets (`metadata.managedFields`, `resourceVersion`,
 * `uid`, `generation`, `selfLink`, the deletion fields, kubectl's last-applied annotation, and a
 * Service's assigned `clusterIP`/`clusterIPs` unless headless) from every object, including the
 * items of a `kind: List`. `creationTimestamp` goes only when asked, because route precedence
 * breaks ties by it. Everything else, comments included, is kept exactly as written; documents
 * with nothing to remove are not touched at all. Idempotent.
 *
 * @example
 * stripServerFields('kind: Service\nmetadata:\n  name: a\n  uid: x\nstatus: {}\n').text
 * // 'kind: Service\nmetadata:\n  name: a\n'
 */
export function stripServerFields(text: string, options: Pick<ExportOptions, 'stripCreationTimestamp'> = {}): StripResult {
  let removed = 0
  let objects = 0
  const chunks = chunkDocuments(text).map((chunk) => {
    const source = chunkText(chunk)
    if (!TELLTALES.test(source)) return chunk
    const tokens = parseCst(source)
    const doc = firstDocument(tokens)
    const root = asMap(doc?.value)
    if (!root || tokens.some((t) => t.type === 'error')) return chunk
    const before = removed
    const count = (n: number) => {
      removed += n
      return n
    }
    if (scalarValue(getValue(root, 'kind')) === 'List') {
      for (const item of asSeq(getValue(root, 'items'))?.items ?? []) {
        const obj = asMap(item.value)
        if (obj && count(stripObject(obj, options)) > 0) objects++
      }
      // The List's own metadata is `resourceVersion: ""` from kubectl: server noise as well.
      count(stripMetadata(root, options))
    } else if (count(stripObject(root, options)) > 0) {
      objects++
    }
    if (removed === before) return chunk
    const out = stringifyTokens(tokens)
    return out === source ? chunk : chunkFrom(out)
  })
  return { text: removed === 0 ? text : joinChunks(chunks), removed, objects }
}

function chunkFrom(text: string) {
  return text.startsWith('---') ? { marker: true, body: text.slice(3) } : { marker: false, body: text }
}

/** Strips one object's mapping; returns the number of keys removed. */
function stripObject(obj: CstCollection, options: Pick<ExportOptions, 'stripCreationTimestamp'>): number {
  let n = removeKeys(obj, (k) => k === 'status')
  n += stripMetadata(obj, options)
  if (scalarValue(getValue(obj, 'kind')) === 'Service') {
    const spec = asMap(getValue(obj, 'spec'))
    if (spec && scalarValue(getValue(spec, 'clusterIP')) !== 'None') {
      n += removeKeys(spec, (k) => k === 'clusterIP' || k === 'clusterIPs')
    }
  }
  return n
}

function stripMetadata(obj: CstCollection, options: Pick<ExportOptions, 'stripCreationTimestamp'>): number {
  const meta = asMap(getValue(obj, 'metadata'))
  if (!meta) return 0
  let n = removeKeys(meta, (k) => SERVER_METADATA.has(k) || (options.stripCreationTimestamp === true && k === 'creationTimestamp'))
  const annotations = asMap(getValue(meta, 'annotations'))
  if (annotations) {
    n += removeKeys(annotations, (k) => k === LAST_APPLIED)
    if (annotations.items.length === 0) removeKeys(meta, (k) => k === 'annotations')
  }
  if (meta.items.length === 0) removeKeys(obj, (k) => k === 'metadata')
  return n
}

/** True when an object's text has something `stripServerFields` would remove. */
export function hasServerFields(token: CstToken | undefined, options: Pick<ExportOptions, 'stripCreationTimestamp'> = {}): boolean {
  const obj = asMap(token)
  if (!obj) return false
  if (getValue(obj, 'status') !== undefined) return true
  const meta = asMap(getValue(obj, 'metadata'))
  if (meta?.items.some((i) => {
    const k = scalarValue(i.key)
    return k !== undefined && (SERVER_METADATA.has(k) || (options.stripCreationTimestamp === true && k === 'creationTimestamp'))
  })) return true
  return getValue(asMap(getValue(meta, 'annotations')), LAST_APPLIED) !== undefined
}
