import { isMap, isSeq, type Node } from 'yaml'
import { MODELLED_KINDS, type ManifestObject, type ObjectMeta, type Problem, type Span } from '../../model'
import type { ParsedDocument } from '../parse/parse-file'
import type { LineIndex } from '../util/line-index'
import { problemAt } from '../util/problems'
import { applyDefaults } from './defaults'
import { collectFieldSpans } from './field-spans'

const CLUSTER_SCOPED = new Set(['GatewayClass', 'Namespace'])
/** Alias expansion limit; beyond it the document is reported, not expanded (alias bombs). */
const MAX_ALIAS_COUNT = 100

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const strMap = (v: unknown): Record<string, string> =>
  isObj(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string')) : {}

export interface DecodedDocument {
  objects: ManifestObject[]
  problems: Problem[]
}

/** Turns one parsed YAML document into typed objects with field spans and API defaults applied. */
export function decodeDocument(parsed: ParsedDocument, lines: LineIndex): DecodedDocument {
  const problems: Problem[] = []
  const objects: ManifestObject[] = []
  const { doc, start, file } = parsed
  const root = doc.contents as Node | null
  if (!root || doc.errors.length > 0) return { objects, problems }

  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    const span: Span = root.range ? [start + root.range[0], start + root.range[1]] : [start, start]
    problems.push(problemAt(lines, file, span, 'yaml-aliases', 'error', `document not read: ${(e as Error).message}`))
    return { objects, problems }
  }
  const docSpan: Span = root.range ? [start + root.range[0], start + root.range[1]] : [start, start]
  if (!isObj(value) || !isMap(root)) {
    problems.push(problemAt(lines, file, docSpan, 'not-an-object', 'error', 'a manifest must be a mapping with apiVersion, kind and metadata'))
    return { objects, problems }
  }

  if (value.kind === 'List' && Array.isArray(value.items)) {
    const itemsNode = root.get('items', true) as Node | undefined
    value.items.forEach((item, i) => {
      const node = isSeq(itemsNode) ? (itemsNode.items[i] as Node | undefined) : undefined
      const obj = decodeObject(item, node, parsed, lines, problems, i)
      if (obj) objects.push(obj)
    })
  } else {
    const obj = decodeObject(value, root, parsed, lines, problems)
    if (obj) objects.push(obj)
  }
  return { objects, problems }
}

function decodeObject(
  value: unknown,
  node: Node | undefined,
  parsed: ParsedDocument,
  lines: LineIndex,
  problems: Problem[],
  item?: number,
): ManifestObject | undefined {
  const { file, start } = parsed
  const fields = collectFieldSpans(node, start)
  const span: Span = fields[''] ?? [start, start]
  if (!isObj(value)) {
    problems.push(problemAt(lines, file, span, 'not-an-object', 'error', 'a List item must be a mapping with apiVersion, kind and metadata'))
    return undefined
  }
  const kind = str(value.kind)
  const apiVersion = str(value.apiVersion)
  const meta = isObj(value.metadata) ? value.metadata : {}
  const name = str(meta.name)
  if (!kind || !apiVersion || !name) {
    const missing = [!apiVersion && 'apiVersion', !kind && 'kind', !name && 'metadata.name'].filter(Boolean).join(', ')
    problems.push(problemAt(lines, file, span, 'missing-identity', 'error', `missing ${missing}`))
    return undefined
  }
  const metadata: ObjectMeta = {
    name,
    namespace: CLUSTER_SCOPED.has(kind) ? '' : (str(meta.namespace) ?? 'default'),
    labels: strMap(meta.labels),
    annotations: strMap(meta.annotations),
  }
  const created = str(meta.creationTimestamp)
  if (created) metadata.creationTimestamp = created
  const spec = isObj(value.spec) ? structuredClone(value.spec) : {}
  const source = item === undefined ? { file, doc: parsed.index, span, fields } : { file, doc: parsed.index, item, span, fields }
  const ref = { group: apiVersion.includes('/') ? apiVersion.split('/')[0] ?? '' : '', kind, namespace: metadata.namespace, name }
  if (!(MODELLED_KINDS as readonly string[]).includes(kind)) {
    problems.push(problemAt(lines, file, fields['kind'] ?? span, 'kind-not-modelled', 'info', `${kind} is not modelled by RouteLab; it is kept as written`, { object: ref }))
    return { apiVersion, kind, metadata, spec, source, modelled: false }
  }
  applyDefaults(kind, spec)
  return { apiVersion, kind, metadata, spec, source } as ManifestObject
}
