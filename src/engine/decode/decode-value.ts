import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml'
import type { Span } from '../../model'
import type { Schema } from '../validate/schema'
import { applyDefaults } from './apply-defaults'
import type { RawProblem } from './raw-problem'

/**
 * Turns YAML nodes into the JSON the API server would store, guided by the CRD schema: wrong JSON
 * types are reported and left out, unknown fields are reported and pruned, `null` fields are pruned
 * (as the API server prunes them before defaulting), and schema defaults are filled in where a key
 * is absent. When the context asks for them, every field's span is recorded under its API path.
 */

/**
 * Nodes a document may reach through aliases: an alias bomb stops here instead of expanding.
 * Nodes written out in the text are not counted (the text's size already bounds them).
 */
export const NODE_BUDGET = 100_000
/** Far deeper than any Gateway API manifest; protects the recursion. */
export const MAX_DEPTH = 64

export interface DecodeContext {
  doc: Document.Parsed
  /** Offset of the document in its file: node ranges are document-relative. */
  offset: number
  /**
   * Where to record each field's span, by API path; absent when decoding for values only (the
   * spans are worked out by a second walk if something reads them, see decode-document.ts).
   */
  fields?: Record<string, Span>
  problems: RawProblem[]
  /** Paths whose value was dropped for a wrong type, so no "Required value" is added there. */
  dropped: Set<string>
  /** A problem of a kind after which the API server does not run CEL rules. */
  celBlocked: boolean
  budget: number
  /** How many aliases the walk is inside; nodes are charged to the budget only then. */
  viaAlias: number
  /** Anchored nodes by name in document order, collected on the first alias met. */
  anchors?: Map<string, Node[]>
  /** Set once the budget or the depth limit is hit; the caller reports it and drops the object. */
  aborted?: 'yaml-aliases' | 'yaml-too-deep'
}

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object'

export function jsonTypeOf(v: unknown): JsonType {
  if (v === null || v === undefined) return 'null'
  if (Array.isArray(v)) return 'array'
  switch (typeof v) {
    case 'boolean':
      return 'boolean'
    case 'number':
      return Number.isInteger(v) ? 'integer' : 'number'
    case 'bigint':
      return 'integer'
    case 'string':
      return 'string'
    default:
      return 'object'
  }
}

export function spanOfNode(node: Node, offset: number): Span {
  const r = node.range
  return r ? [offset + r[0], offset + r[1]] : [offset, offset]
}

export const childPath = (path: string, key: string): string => (path ? `${path}.${key}` : key)

function setKey(out: Record<string, unknown>, key: string, value: unknown): void {
  // A YAML key "__proto__" is data, not the object's prototype.
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  else out[key] = value
}

/** Checks the limits before visiting a node; false when the walk must stop. */
function admit(ctx: DecodeContext, depth: number): boolean {
  if (ctx.aborted) return false
  if (ctx.viaAlias > 0 && --ctx.budget < 0) ctx.aborted = 'yaml-aliases'
  else if (depth > MAX_DEPTH) ctx.aborted = 'yaml-too-deep'
  return !ctx.aborted
}

/**
 * The node an alias refers to: the last node anchored with its name before it. (yaml's own
 * `Alias.resolve` walks the whole document on every call, which an alias bomb turns quadratic.)
 */
function resolveAlias(alias: Node & { source: string }, ctx: DecodeContext): Node | undefined {
  if (!ctx.anchors) {
    const anchors = new Map<string, Node[]>()
    visit(ctx.doc, {
      Node(_key, n) {
        const name = (n as { anchor?: string }).anchor
        if (name) anchors.set(name, [...(anchors.get(name) ?? []), n as Node])
      },
    })
    ctx.anchors = anchors
  }
  const at = alias.range?.[0] ?? 0
  const candidates = ctx.anchors.get(alias.source) ?? []
  for (let i = candidates.length - 1; i >= 0; i--) if ((candidates[i]!.range?.[0] ?? 0) < at) return candidates[i]
  return undefined
}

/** Runs `walk` on the node an alias points at, charging what it reaches to the budget. */
function throughAlias<T>(node: Node, ctx: DecodeContext, walk: (target: Node) => T): T | undefined {
  const target = resolveAlias(node as Node & { source: string }, ctx)
  if (!target) return undefined
  ctx.viaAlias++
  try {
    return walk(target)
  } finally {
    ctx.viaAlias--
  }
}

function typeProblem(ctx: DecodeContext, span: Span, path: string, expected: string, actual: JsonType): undefined {
  ctx.problems.push({ code: 'schema-type', span, path, message: `must be of type ${expected}: "${actual}"` })
  ctx.dropped.add(path)
  ctx.celBlocked = true
  return undefined
}

function scalarValue(node: Node): unknown {
  if (!isScalar(node)) return undefined
  const v = node.value
  // JSON has no bigints, dates or binary: keep such tagged values as text so they fail type checks.
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v
  return String(v)
}

/** The key of a pair as the JSON key kubectl would produce; undefined for a non-scalar key. */
function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? 'null' : String(key.value)
  return undefined
}

/**
 * Decodes `node` against `schema`. Returns undefined for an absent, null or dropped value.
 *
 * @example
 * const spec = decodeValue(specNode, schema.props.get('spec'), 'spec', ctx, 1)
 */
export function decodeValue(raw: Node | null | undefined, schema: Schema | undefined, path: string, ctx: DecodeContext, depth: number): unknown {
  if (!raw) return undefined
  if (ctx.fields) ctx.fields[path] = spanOfNode(raw, ctx.offset)
  if (!admit(ctx, depth)) return undefined
  if (isAlias(raw)) return throughAlias(raw, ctx, (target) => decodeValue(target, schema, path, ctx, depth + 1))
  const node = raw
  if (!schema || (!schema.type && !schema.intOrString && !schema.props)) return plainValue(node, path, ctx, depth)

  if (isMap(node)) {
    if (schema.type && schema.type !== 'object') return typeProblem(ctx, spanOfNode(node, ctx.offset), path, schema.type, 'object')
    return decodeMap(node, schema, path, ctx, depth)
  }
  if (isSeq(node)) {
    if (schema.type !== 'array') return typeProblem(ctx, spanOfNode(node, ctx.offset), path, schema.type ?? 'string', 'array')
    const out: unknown[] = []
    node.items.forEach((item, i) => {
      const p = `${path}[${i}]`
      const v = decodeValue(item as Node, schema.items, p, ctx, depth + 1)
      if (v !== undefined) out.push(v)
      else if (!ctx.aborted && !ctx.dropped.has(p) && item) typeProblem(ctx, spanOfNode(item as Node, ctx.offset), p, schema.items?.type ?? 'object', 'null')
    })
    return out
  }
  const v = scalarValue(node)
  if (v === null || v === undefined) return undefined
  const actual = jsonTypeOf(v)
  if (schema.intOrString) return actual === 'string' || actual === 'integer' ? v : typeProblem(ctx, spanOfNode(node, ctx.offset), path, 'integer or string', actual)
  switch (schema.type) {
    case 'string':
    case 'boolean':
      return actual === schema.type ? v : typeProblem(ctx, spanOfNode(node, ctx.offset), path, schema.type, actual)
    case 'integer':
      return actual === 'integer' ? v : typeProblem(ctx, spanOfNode(node, ctx.offset), path, 'integer', actual)
    case 'number':
      return actual === 'integer' || actual === 'number' ? v : typeProblem(ctx, spanOfNode(node, ctx.offset), path, 'number', actual)
    default:
      return typeProblem(ctx, spanOfNode(node, ctx.offset), path, schema.type ?? 'object', actual)
  }
}

function decodeMap(node: Node & { items: unknown[] }, schema: Schema, path: string, ctx: DecodeContext, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const pair of node.items as { key: unknown; value: unknown }[]) {
    const key = keyOf(pair.key)
    const keyNode = pair.key as Node | null
    if (key === undefined) {
      if (keyNode) ctx.problems.push({ code: 'schema-type', span: spanOfNode(keyNode, ctx.offset), path, message: 'map keys must be strings' })
      continue
    }
    const p = childPath(path, key)
    const keyAt = keyNode ?? node
    const value = pair.value as Node | null
    // A key's own span is kept where problems point at the key: collections (one line instead of a
    // block) and empty values. A scalar's value span is better for everything else.
    if (ctx.fields) {
      if (!value) ctx.fields[p] = spanOfNode(keyAt, ctx.offset)
      if (!value || !isScalar(value)) ctx.fields[`${p}#key`] = spanOfNode(keyAt, ctx.offset)
    }
    const child = schema.props?.get(key) ?? schema.values
    if (child) {
      const v = decodeValue(value, child, p, ctx, depth + 1)
      if (v !== undefined) setKey(out, key, v)
    } else if (schema.experimentalOnly?.has(key)) {
      ctx.problems.push({ code: 'experimental-field', span: spanOfNode(keyAt, ctx.offset), path: p, message: `"${key}" is an experimental-channel field; a standard-channel cluster drops it` })
    } else if (schema.preserveUnknownFields || (!schema.props && !schema.values)) {
      const v = value ? plainValue(value, p, ctx, depth + 1) : undefined
      if (v !== undefined) setKey(out, key, v)
    } else {
      ctx.problems.push({ code: 'schema-unknown-field', span: spanOfNode(keyAt, ctx.offset), path: p, message: `unknown field "${p}"` })
    }
  }
  applyDefaults(out, schema)
  return out
}

/** Any JSON, with spans, for fields the schema leaves open (and kinds with no schema). */
export function plainValue(raw: Node, path: string, ctx: DecodeContext, depth: number): unknown {
  if (ctx.fields) ctx.fields[path] = spanOfNode(raw, ctx.offset)
  if (!admit(ctx, depth)) return undefined
  if (isAlias(raw)) return throughAlias(raw, ctx, (target) => plainValue(target, path, ctx, depth + 1))
  const node = raw
  if (isMap(node)) {
    const out: Record<string, unknown> = {}
    for (const pair of node.items) {
      const key = keyOf(pair.key)
      if (key === undefined) continue
      const p = childPath(path, key)
      if (pair.key && ctx.fields) ctx.fields[`${p}#key`] = spanOfNode(pair.key as Node, ctx.offset)
      const value = pair.value as Node | null
      setKey(out, key, value ? plainValue(value, p, ctx, depth + 1) : null)
    }
    return out
  }
  if (isSeq(node)) return node.items.map((item, i) => (item ? plainValue(item as Node, `${path}[${i}]`, ctx, depth + 1) : null))
  return scalarValue(node) ?? null
}
