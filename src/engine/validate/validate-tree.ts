import type { Span } from '../../model'
import { childPath } from '../decode/decode-value'
import type { RawProblem } from '../decode/raw-problem'
import type { ProblemCode } from '../problem-codes'
import { checkScalar } from './check-scalar'
import type { Schema } from './schema'
import type { CelRuleDef } from './schema-types'

/**
 * Checks a decoded (typed, defaulted) value against its schema, the way kube-openapi does. CEL
 * rules met on the way are queued, not run: a blocking schema error anywhere in the object
 * switches every rule off (validation.md §5).
 */

export interface CelJob {
  rules: readonly CelRuleDef[]
  value: unknown
  schema: Schema
  path: string
  collection: boolean
}

export interface ValidateContext {
  /** Field spans by API path; a problem is the first to ask for them. */
  spans: () => Readonly<Record<string, Span>>
  rootSpan: Span
  problems: RawProblem[]
  /** Paths decode dropped for a wrong type: no "Required value" there. */
  dropped: ReadonlySet<string>
  celBlocked: boolean
  jobs: CelJob[]
}

export function parentPath(path: string): string {
  if (path.endsWith(']')) return path.slice(0, path.lastIndexOf('['))
  const dot = path.lastIndexOf('.')
  return dot < 0 ? '' : path.slice(0, dot)
}

/**
 * Where to point for a path: a collection's key (one line) rather than its whole block, a scalar's
 * value, and for a field that is absent (a missing required field) its nearest written ancestor.
 */
export function spanForPath(fields: Readonly<Record<string, Span>>, path: string, rootSpan: Span, collection = false): Span {
  for (let p = path; ; p = parentPath(p)) {
    const key = fields[`${p}#key`]
    const value = fields[p]
    if (key && (collection || p !== path || !value)) return key
    if (value) return value
    if (p === '') return rootSpan
  }
}

export function report(ctx: ValidateContext, code: ProblemCode, path: string, message: string, collection = false): void {
  ctx.problems.push({ code, path, message, span: spanForPath(ctx.spans(), path, ctx.rootSpan, collection) })
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Validates `value` at `path`, appending problems and CEL jobs to `ctx`.
 *
 * @example
 * const ctx = { fields, rootSpan, problems: [], dropped: new Set(), celBlocked: false, jobs: [] }
 * validateTree(route.spec, specSchema, 'spec', ctx)
 */
export function validateTree(value: unknown, s: Schema, path: string, ctx: ValidateContext): void {
  if (Array.isArray(value)) validateList(value, s, path, ctx)
  else if (isObject(value)) validateObject(value, s, path, ctx)
  else validateScalar(value, s, path, ctx)
  if (s.oneOf || s.anyOf || s.not) checkCombinators(value, s, path, ctx)
  if (s.rules) ctx.jobs.push({ rules: s.rules, value, schema: s, path, collection: typeof value === 'object' && value !== null })
}

function validateObject(o: Record<string, unknown>, s: Schema, path: string, ctx: ValidateContext): void {
  for (const r of s.required ?? []) {
    if (o[r] !== undefined) continue
    const p = childPath(path, r)
    if (!ctx.dropped.has(p)) {
      report(ctx, 'schema-required', p, 'Required value')
      ctx.celBlocked = true
    }
  }
  const keys = Object.keys(o)
  if (s.maxProperties !== undefined && keys.length > s.maxProperties) {
    report(ctx, 'schema-max-properties', path, `Too many: ${keys.length}: must have at most ${s.maxProperties} items`, true)
    ctx.celBlocked = true
  }
  for (const k of keys) {
    const child = s.props?.get(k) ?? s.values
    if (child) validateTree(o[k], child, childPath(path, k), ctx)
  }
}

function validateList(a: unknown[], s: Schema, path: string, ctx: ValidateContext): void {
  if (s.maxItems !== undefined && a.length > s.maxItems) {
    report(ctx, 'schema-max-items', path, `Too many: ${a.length}: must have at most ${s.maxItems} items`, true)
    ctx.celBlocked = true
  }
  if (s.minItems !== undefined && a.length < s.minItems) report(ctx, 'schema-min-items', path, `should have at least ${s.minItems} items`, true)
  if (s.listType === 'map' || s.listType === 'set') checkUnique(a, s, path, ctx)
  if (s.items) for (let i = 0; i < a.length; i++) validateTree(a[i], s.items, `${path}[${i}]`, ctx)
}

/** `x-kubernetes-list-type: map` keys and `set` items must be unique (byte for byte). */
function checkUnique(a: unknown[], s: Schema, path: string, ctx: ValidateContext): void {
  const seen = new Set<string>()
  a.forEach((item, i) => {
    let key: string
    if (s.listType === 'map' && s.listMapKeys && isObject(item)) {
      const picked: Record<string, unknown> = {}
      for (const k of s.listMapKeys) if (item[k] !== undefined) picked[k] = item[k]
      key = JSON.stringify(picked)
    } else key = JSON.stringify(item)
    if (seen.has(key)) report(ctx, 'schema-duplicate', `${path}[${i}]`, `Duplicate value: ${key}`, isObject(item))
    seen.add(key)
  })
}

function validateScalar(v: unknown, s: Schema, path: string, ctx: ValidateContext): void {
  if (!s.scalarChecks || (typeof v !== 'string' && typeof v !== 'number')) return
  for (const f of checkScalar(v, s)) {
    report(ctx, f.code, path, f.message)
    if (f.blocksCel) ctx.celBlocked = true
  }
}

/** The findings a value would get against a sub-schema (oneOf/anyOf/not branches). */
function findingsAgainst(value: unknown, s: Schema, path: string, ctx: ValidateContext): ValidateContext {
  const scratch: ValidateContext = { spans: ctx.spans, rootSpan: ctx.rootSpan, problems: [], dropped: ctx.dropped, celBlocked: false, jobs: [] }
  validateTree(value, s, path, scratch)
  return scratch
}

/**
 * oneOf / anyOf / not, as kube-openapi reports them: the combinator's own error, plus the errors
 * of the branch that came closest (an enum or `not` miss counts as far away, since it usually
 * means "this branch is about another kind of value").
 */
function checkCombinators(value: unknown, s: Schema, path: string, ctx: ValidateContext): void {
  const far = (p: RawProblem) => p.code === 'schema-enum' || p.message.startsWith('must not validate')
  const distance = (r: ValidateContext) => r.problems.reduce((n, p) => n + (far(p) ? 10 : 1), 0)
  const closest = (branches: ValidateContext[]) => branches.reduce((a, b) => (distance(b) < distance(a) ? b : a))
  const merge = (r: ValidateContext) => {
    ctx.problems.push(...r.problems)
    if (r.celBlocked) ctx.celBlocked = true
  }
  if (s.oneOf) {
    const results = s.oneOf.map((b) => findingsAgainst(value, b, path, ctx))
    const valid = results.filter((r) => r.problems.length === 0).length
    if (valid !== 1) {
      report(ctx, 'schema-one-of', path, `must validate one and only one schema (oneOf). ${valid === 0 ? 'Found none valid' : `Found ${valid} valid alternatives`}`, isObject(value))
      if (valid === 0) merge(closest(results))
    }
  }
  if (s.anyOf) {
    const results = s.anyOf.map((b) => findingsAgainst(value, b, path, ctx))
    if (!results.some((r) => r.problems.length === 0)) {
      report(ctx, 'schema-one-of', path, 'must validate at least one schema (anyOf)', isObject(value))
      merge(results[0]!)
    }
  }
  if (s.not && findingsAgainst(value, s.not, path, ctx).problems.length === 0) {
    report(ctx, 'schema-one-of', path, 'must not validate the schema (not)', isObject(value))
  }
}
