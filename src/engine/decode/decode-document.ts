import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml'
import { MODELLED_KINDS, type Channel, type ManifestObject, type ObjectMeta, type ObjectRef, type ObjectSource, type Span } from '../../model'
import type { ParsedDocument } from '../parse/parse-file'
import { severityOf } from '../problem-codes'
import { METADATA_SCHEMA } from '../validate/core-schemas'
import { lookupVersion, type Schema, type VersionLookup } from '../validate/schema'
import { validateObject } from '../validate/validate-object'
import { decodeValue, NODE_BUDGET, plainValue, spanOfNode, type DecodeContext } from './decode-value'
import { lazyFields } from './shift-object'
import type { RawProblem } from './raw-problem'

/** Objects and problems of one YAML document. Spans are file offsets; problems have no line yet. */
export interface DecodedDocument {
  objects: ManifestObject[]
  problems: RawProblem[]
}

type Json = Record<string, unknown>
const MODELLED = new Set<string>(MODELLED_KINDS)
const STRING: Schema = { type: 'string' }

/**
 * Reads one parsed YAML document: a manifest, or a `kind: List` of them. Each object is decoded
 * against the schema its apiVersion is served with in the chosen channel (defaults applied, wrong
 * types left out), then validated (schema, CEL rules, loopholes). Never throws.
 *
 * @example
 * const { objects, problems } = decodeDocument(parsedFile.documents[0], 'experimental')
 */
export function decodeDocument(parsed: ParsedDocument, channel: Channel): DecodedDocument {
  const out: DecodedDocument = { objects: [], problems: [] }
  const root = parsed.doc.contents as Node | null
  // An empty document (a trailing `---`, only comments) is a null scalar: nothing to read.
  if (!root || parsed.doc.errors.length > 0 || (isScalar(root) && root.value === null)) return out
  const budget = { left: NODE_BUDGET }
  if (isMap(root) && isListKind(root)) {
    const items = root.get('items', true) as Node | undefined
    if (isSeq(items)) items.items.forEach((item, i) => decodeObject(item as Node, parsed, channel, budget, out, i))
    return out
  }
  decodeObject(root, parsed, channel, budget, out)
  return out
}

function isListKind(root: Node): boolean {
  const kind = (root as unknown as { get(k: string, keep: true): unknown }).get('kind', true)
  return isScalar(kind) && kind.value === 'List'
}

type Pairs = Map<string, Pair>

function decodeObject(node: Node, parsed: ParsedDocument, channel: Channel, budget: { left: number }, out: DecodedDocument, item?: number): void {
  const { file, start, index, doc } = parsed
  const span = spanOfNode(node, start)
  const ctx: DecodeContext = { doc, offset: start, problems: [], dropped: new Set(), celBlocked: false, budget: budget.left, viaAlias: 0 }
  const finish = () => {
    budget.left = ctx.budget
    if (ctx.aborted) out.problems.push({ code: ctx.aborted, span, message: ctx.aborted === 'yaml-aliases' ? 'document not read: aliases expand to too many nodes' : 'document not read: nesting is too deep' })
  }
  if (!isMap(node)) {
    out.problems.push({ code: 'not-an-object', span, message: `${item === undefined ? 'a manifest' : 'a List item'} must be a mapping with apiVersion, kind and metadata` })
    return
  }
  const pairs: Pairs = new Map()
  for (const pair of node.items) if (isScalar(pair.key)) pairs.set(String(pair.key.value), pair as Pair)
  const { apiVersion, kind, meta } = readIdentity(pairs, ctx)
  const name = meta.name as string | undefined
  if (!kind || !apiVersion || !name || ctx.aborted) {
    finish()
    if (ctx.aborted) return
    const missing = [!apiVersion && 'apiVersion', !kind && 'kind', !name && 'metadata.name'].filter(Boolean).join(', ')
    out.problems.push(...ctx.problems, { code: 'missing-identity', span, message: `missing ${missing}` })
    return
  }

  const found = lookupVersion(apiVersion, kind, channel)
  const metadata = objectMeta(meta, found.status === 'served' ? found.clusterScoped : kind === 'GatewayClass' || kind === 'Namespace')
  const ref: ObjectRef = { group: apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '', kind, namespace: metadata.namespace, name }
  const versionProblem = describeVersion(found, apiVersion, kind, channel)
  if (versionProblem) ctx.problems.push({ ...versionProblem, span: keySpan(pairs, versionProblem.code === 'kind-not-modelled' ? 'kind' : 'apiVersion', start) ?? span })

  const located = item === undefined ? { file, doc: index, span } : { file, doc: index, item, span }
  // The spans come from a second, recording walk, made only if something reads them.
  const source = lazyFields(located as ObjectSource, () => recordSpans(pairs, found, parsed, span))
  const spec = readBody(pairs, found, ctx)
  if (found.status === 'served') {
    const experimental = channel === 'standard' ? lookupVersion(apiVersion, kind, 'experimental') : undefined
    validateObject({ apiVersion, kind, metadata: meta, spec }, found.schema, ctx, {
      kind,
      namespace: metadata.namespace,
      channel,
      span,
      spans: () => source.fields,
      ...(experimental?.status === 'served' ? { experimental: experimental.schema } : {}),
    })
  }
  finish()
  if (ctx.aborted) return

  const problems = ctx.problems.map((p) => ({ ...p, object: ref }))
  out.problems.push(...problems)
  const obj = { apiVersion, kind, metadata, spec: spec ?? {}, source } as ManifestObject
  if (found.status !== 'served' || !MODELLED.has(kind)) (obj as { modelled?: false }).modelled = false
  if (problems.some((p) => severityOf(p.code) === 'error')) obj.invalid = true
  out.objects.push(obj)
}

const keySpan = (pairs: Pairs, key: string, offset: number): Span | undefined => {
  const k = pairs.get(key)?.key as Node | undefined
  return k ? spanOfNode(k, offset) : undefined
}

/** apiVersion, kind and metadata, decoded. */
function readIdentity(pairs: Pairs, ctx: DecodeContext) {
  const read = (key: string, schema: Schema) => decodeValue(pairs.get(key)?.value as Node | null, schema, key, ctx, 1)
  return {
    apiVersion: read('apiVersion', STRING) as string | undefined,
    kind: read('kind', STRING) as string | undefined,
    meta: (read('metadata', METADATA_SCHEMA) ?? {}) as Json,
  }
}

/**
 * The other top-level fields, decoded against the served schema (status is left as written and
 * unknown fields are reported), or spec as plain JSON for a kind or version with no schema.
 * Returns the spec.
 */
function readBody(pairs: Pairs, found: VersionLookup, ctx: DecodeContext): unknown {
  if (found.status !== 'served') {
    const specPair = pairs.get('spec')
    return specPair?.value ? plainValue(specPair.value as Node, 'spec', ctx, 1) : undefined
  }
  let spec: unknown
  for (const [key, pair] of pairs) {
    if (key === 'apiVersion' || key === 'kind' || key === 'metadata' || key === 'status') continue
    const child = found.schema.props?.get(key)
    if (!child) {
      ctx.problems.push({ code: 'schema-unknown-field', span: spanOfNode(pair.key as Node, ctx.offset), path: key, message: `unknown field "${key}"` })
      continue
    }
    const v = decodeValue(pair.value as Node | null, child, key, ctx, 1)
    if (key === 'spec') spec = v
  }
  const specSchema = found.schema.props?.get('spec')
  if (spec === undefined && specSchema?.default !== undefined) spec = structuredClone(specSchema.default)
  return spec
}

/**
 * Every field's span, by API path: the walk that decoded the object, made again with recording
 * on. A span is the value's; `path#key` is the key's, kept for collections and empty values.
 */
function recordSpans(pairs: Pairs, found: VersionLookup, parsed: ParsedDocument, span: Span): Record<string, Span> {
  const fields: Record<string, Span> = { '': span }
  const ctx: DecodeContext = { doc: parsed.doc, offset: parsed.start, fields, problems: [], dropped: new Set(), celBlocked: false, budget: NODE_BUDGET, viaAlias: 0 }
  readIdentity(pairs, ctx)
  for (const [key, pair] of pairs) fields[`${key}#key`] = spanOfNode(pair.key as Node, parsed.start)
  readBody(pairs, found, ctx)
  return fields
}

function objectMeta(meta: Json, clusterScoped: boolean): ObjectMeta {
  const out: ObjectMeta = {
    name: meta.name as string,
    namespace: clusterScoped ? '' : ((meta.namespace as string | undefined) ?? 'default'),
    labels: (meta.labels ?? {}) as Record<string, string>,
    annotations: (meta.annotations ?? {}) as Record<string, string>,
  }
  if (typeof meta.creationTimestamp === 'string') out.creationTimestamp = meta.creationTimestamp
  if (typeof meta.generation === 'number') out.generation = meta.generation
  return out
}

/** The problem an apiVersion earns in the chosen channel, if any (kubectl's words where it has some). */
function describeVersion(found: VersionLookup, apiVersion: string, kind: string, channel: Channel): Omit<RawProblem, 'span'> | undefined {
  const served = (versions: string[]) => (versions.length > 0 ? ` (served: ${versions.join(', ')})` : '')
  switch (found.status) {
    case 'served':
      if (!MODELLED.has(kind)) return { code: 'kind-not-modelled', message: `${kind} is not modelled by RouteLab; it is kept as written` }
      return found.deprecationWarning ? { code: 'api-version-deprecated', message: found.deprecationWarning } : undefined
    case 'not-served':
      return { code: 'api-version-not-served', message: `${apiVersion} ${kind} is not served by the ${channel} channel${served(found.servedVersions)}` }
    case 'unknown-version':
      return { code: 'api-version-unknown', message: `no matches for kind "${kind}" in version "${apiVersion}"${served(found.servedVersions)}` }
    case 'unknown-kind':
      return { code: 'api-version-unknown', message: `no matches for kind "${kind}" in version "${apiVersion}"` }
    case 'other-group':
      return MODELLED.has(kind)
        ? { code: 'api-version-unknown', message: `no matches for kind "${kind}" in version "${apiVersion}"` }
        : { code: 'kind-not-modelled', message: `${kind} is not modelled by RouteLab; it is kept as written` }
  }
}

