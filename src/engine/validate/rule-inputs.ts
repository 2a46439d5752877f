import { parse } from '@bufbuild/cel'
import { celName } from './cel'
import type { Schema } from './schema'

/**
 * What a CEL rule can read of `self`, found from its syntax tree, so a rule's answer can be reused
 * for every value that agrees on those parts. Most rules look at a few fields: the backendRefs
 * rules of an HTTPRoute rule only ask whether filters of certain types exist, so thousands of
 * rules with different paths and names share one answer. The analysis is conservative: any use it
 * does not recognise reads the whole value at that point.
 */
export interface RuleInputs {
  /** The whole subtree is read (compared, passed to a function, put in a list). */
  full?: true
  /** Its size is read: a list's length. */
  sized?: true
  /** Map keys are iterated (a comprehension over a map). */
  keys?: true
  /** Fields selected by name (CEL names, i.e. escaped). */
  fields?: Map<string, RuleInputs>
  /** Fields only tested with `has()`. */
  present?: Set<string>
  /** List elements: read by a comprehension or a constant index. */
  elems?: RuleInputs
}

type Expr = ReturnType<typeof parse>['expr']
type ExprNode = NonNullable<Expr>
type Env = ReadonlyMap<string, RuleInputs>

const child = (p: RuleInputs, field: string): RuleInputs => {
  p.fields ??= new Map()
  let c = p.fields.get(field)
  if (!c) p.fields.set(field, (c = {}))
  return c
}

/** Marks what `e` reads; its value is used whole. */
function use(e: Expr | undefined, env: Env): void {
  const p = visit(e, env)
  if (p) p.full = true
}

/**
 * Walks `e`, recording what it reads. Returns the inputs node `e` denotes when it is a plain path
 * from `self` (or from a comprehension variable bound to one), so the caller decides how it is used.
 */
function visit(e: Expr | undefined, env: Env): RuleInputs | undefined {
  if (!e) return undefined
  const k = (e as ExprNode).exprKind
  switch (k.case) {
    case 'identExpr':
      return env.get(k.value.name)
    case 'constExpr':
      return undefined
    case 'selectExpr': {
      const base = visit(k.value.operand, env)
      if (!base) return undefined
      if (k.value.testOnly) {
        ;(base.present ??= new Set()).add(k.value.field)
        return undefined
      }
      return child(base, k.value.field)
    }
    case 'callExpr': {
      const { function: fn, target, args } = k.value
      if (fn === '_[_]' && !target && args.length === 2) {
        const base = visit(args[0], env)
        const idx = args[1]?.exprKind
        if (base && idx?.case === 'constExpr') {
          const c = idx.value.constantKind
          if (c.case === 'int64Value') return (base.elems ??= {})
          if (c.case === 'stringValue') return child(base, c.value)
        }
        if (base) base.full = true
        use(args[1], env)
        return undefined
      }
      if (fn === 'size' && ((target && args.length === 0) || (!target && args.length === 1))) {
        const p = visit(target ?? args[0], env)
        if (p) p.sized = true
        return undefined
      }
      use(target, env)
      for (const a of args) use(a, env)
      return undefined
    }
    case 'listExpr':
      for (const el of k.value.elements) use(el, env)
      return undefined
    case 'structExpr':
      for (const en of k.value.entries) {
        if (en.keyKind.case === 'mapKey') use(en.keyKind.value, env)
        use(en.value, env)
      }
      return undefined
    case 'comprehensionExpr': {
      const c = k.value
      const range = visit(c.iterRange, env)
      const inner = new Map(env)
      inner.delete(c.accuVar)
      inner.delete(c.iterVar)
      if (c.iterVar2) inner.delete(c.iterVar2)
      if (range) {
        if (c.iterVar2) range.full = true
        else {
          range.keys = true
          inner.set(c.iterVar, (range.elems ??= {}))
        }
      }
      const kept = range && !c.iterVar2 ? filterCondition(c) : undefined
      if (kept) {
        // `range.filter(x, cond)`: a sublist of the range's own elements, so reading the result
        // reads the range, and what decides membership is what `cond` reads of each element.
        use(kept, inner)
        return range
      }
      use(c.accuInit, env)
      use(c.loopCondition, inner)
      use(c.loopStep, inner)
      use(c.result, inner)
      return undefined
    }
    default:
      // Anything else (new expression kinds): read everything reachable from it.
      return undefined
  }
}

type Comprehension = Extract<ExprNode['exprKind'], { case: 'comprehensionExpr' }>['value']

const isIdent = (e: Expr | undefined, name: string) => e?.exprKind.case === 'identExpr' && e.exprKind.value.name === name

/**
 * The condition of the `filter` macro's expansion (`[]`, `true`, `cond ? acc + [x] : acc`, `acc`),
 * or undefined when the comprehension is anything else.
 */
function filterCondition(c: Comprehension): Expr | undefined {
  const init = c.accuInit?.exprKind
  const loop = c.loopCondition?.exprKind
  const step = c.loopStep?.exprKind
  if (init?.case !== 'listExpr' || init.value.elements.length > 0) return undefined
  if (loop?.case !== 'constExpr' || loop.value.constantKind.value !== true) return undefined
  if (!isIdent(c.result, c.accuVar) || step?.case !== 'callExpr' || step.value.function !== '_?_:_' || step.value.target) return undefined
  const [cond, then, otherwise] = step.value.args
  if (!isIdent(otherwise, c.accuVar) || then?.exprKind.case !== 'callExpr') return undefined
  const add = then.exprKind.value
  if (add.function !== '_+_' || add.target || add.args.length !== 2 || !isIdent(add.args[0], c.accuVar)) return undefined
  const item = add.args[1]?.exprKind
  if (item?.case !== 'listExpr' || item.value.elements.length !== 1 || !isIdent(item.value.elements[0], c.iterVar)) return undefined
  return cond
}

/** Structurally equal inputs are one object, so rules that read the same parts share a key. */
const interned = new Map<string, RuleInputs>()

function signature(p: RuleInputs): string {
  const fields = p.fields ? [...p.fields].map(([k, c]) => `${JSON.stringify(k)}:${signature(c)}`).sort().join(',') : ''
  const present = p.present ? [...p.present].sort().join(',') : ''
  return `${p.full ? 'F' : ''}${p.sized ? 'S' : ''}${p.keys ? 'K' : ''}{${fields}}(${present})[${p.elems ? signature(p.elems) : ''}]`
}

/**
 * The inputs of a rule; undefined when the rule does not parse (its error is reported elsewhere).
 *
 * @example
 * ruleInputs("has(self.a) && self.b == 'x'")   // { present: {'a'}, fields: {b: {full}} }
 */
export function ruleInputs(rule: string): RuleInputs | undefined {
  let expr: Expr
  try {
    expr = parse(rule).expr
  } catch {
    return undefined
  }
  const root: RuleInputs = {}
  if (!isKnown(expr)) root.full = true
  else use(expr, new Map([['self', root]]))
  const sig = signature(root)
  const known = interned.get(sig)
  if (known) return known
  interned.set(sig, root)
  return root
}

/** True when every node of the tree is a kind `visit` understands. */
function isKnown(e: Expr | undefined): boolean {
  if (!e) return true
  const k = (e as ExprNode).exprKind
  switch (k.case) {
    case 'identExpr':
    case 'constExpr':
      return true
    case 'selectExpr':
      return isKnown(k.value.operand)
    case 'callExpr':
      return isKnown(k.value.target) && k.value.args.every(isKnown)
    case 'listExpr':
      return k.value.elements.every(isKnown)
    case 'structExpr':
      return k.value.entries.every((en) => (en.keyKind.case !== 'mapKey' || isKnown(en.keyKind.value)) && isKnown(en.value))
    case 'comprehensionExpr':
      return [k.value.iterRange, k.value.accuInit, k.value.loopCondition, k.value.loopStep, k.value.result].every(isKnown)
    default:
      return false
  }
}

/** A scalar or a whole subtree, written so that values CEL tells apart stay apart (NaN, -0, types). */
function writeWhole(v: unknown): string {
  if (v === null) return 'null'
  if (v === undefined) return 'u'
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v)
    case 'number':
      return Object.is(v, -0) ? 'n-0' : `n${v}`
    case 'boolean':
      return v ? 'T' : 'F'
    case 'bigint':
      return `i${v}`
    case 'object':
      break
    default:
      return `?${typeof v}`
  }
  if (Array.isArray(v)) return `[${v.map(writeWhole).join(',')}]`
  let out = '{'
  for (const k in v) out += `${JSON.stringify(k)}:${writeWhole((v as Record<string, unknown>)[k])},`
  return `${out}}`
}

/** Writes the key of a value for one inputs tree and schema node (see `inputKey`). */
export type KeyWriter = (v: unknown) => string

const RESERVED_ESCAPE = /^__([a-z]+)__$/

/** The property name whose CEL name is `name` (celName is one-to-one); undefined if none can be. */
function propertyNamed(name: string): string | undefined {
  const reserved = RESERVED_ESCAPE.exec(name)
  const candidate = reserved ? reserved[1]! : name.replace(/__(underscores|dot|dash|slash)__/g, (_, w: string) => ({ underscores: '__', dot: '.', dash: '-', slash: '/' })[w]!)
  return celName(candidate) === name ? candidate : undefined
}

/** Writers compiled per inputs and schema node (`NO_SCHEMA` for values without one). */
const writers = new WeakMap<RuleInputs, WeakMap<Schema, KeyWriter>>()
const NO_SCHEMA: Schema = {}

export function writerFor(p: RuleInputs, schema: Schema | undefined): KeyWriter {
  let bySchema = writers.get(p)
  if (!bySchema) writers.set(p, (bySchema = new WeakMap()))
  const s = schema ?? NO_SCHEMA
  let w = bySchema.get(s)
  if (!w) bySchema.set(s, (w = compileWriter(p, schema)))
  return w
}

/**
 * Compiles what `inputKey` writes for one inputs node: for an object, its selected and tested
 * properties, looked up by name (names escaped as toCelValue escapes them when the schema has
 * properties), each with a writer compiled for its own schema; for a list, its length and elements.
 */
function compileWriter(p: RuleInputs, schema: Schema | undefined): KeyWriter {
  if (p.full) return writeWhole
  const escaped = schema?.props !== undefined
  const nameOf = (n: string) => (escaped ? propertyNamed(n) : n)
  const fields: [string, string, RuleInputs][] = []
  for (const [n, sub] of p.fields ?? []) {
    const key = nameOf(n)
    if (key !== undefined) fields.push([key, `${JSON.stringify(n)}:`, sub])
  }
  const present: [string, string][] = []
  for (const n of p.present ?? []) {
    const key = nameOf(n)
    if (key !== undefined && !p.fields?.has(n)) present.push([key, `${JSON.stringify(n)}?,`])
  }
  // Sub-writers are compiled on first use (inputs are finite trees, schemas may be recursive), then kept.
  const subWriters: (KeyWriter | undefined)[] = fields.map(() => undefined)
  const subWriter = (i: number): KeyWriter => {
    const [key, , sub] = fields[i]!
    return (subWriters[i] ??= writerFor(sub, schema?.props?.get(key) ?? schema?.values))
  }
  const writeObject = (o: Record<string, unknown>): string => {
    let out = '{'
    for (let i = 0; i < fields.length; i++) {
      const [key, prefix] = fields[i]!
      if (Object.hasOwn(o, key)) out += `${prefix}${subWriter(i)(o[key])},`
    }
    for (const [key, marker] of present) if (Object.hasOwn(o, key)) out += marker
    return `${out}}`
  }
  const onList = p.fields || p.present ? undefined : p.elems
  let itemWriter: KeyWriter | undefined
  return (v) => {
    if (typeof v !== 'object' || v === null) return writeWhole(v)
    if (Array.isArray(v)) {
      if (p.fields || p.present) return writeWhole(v)
      if (!onList) return `L${v.length}`
      const item = (itemWriter ??= writerFor(onList, schema?.items))
      let out = `L${v.length}[`
      for (const x of v) out += `${item(x)},`
      return `${out}]`
    }
    if (p.elems || p.keys || p.sized) return writeWhole(v)
    return writeObject(v as Record<string, unknown>)
  }
}

/**
 * A string that is equal for two values exactly when they agree on everything `inputs` says a
 * rule reads, given the schema the values are converted to CEL with (escaped names, integers).
 * Shapes the analysis did not foresee (a list where fields are read, a map that is indexed) are
 * written whole.
 *
 * @example
 * inputKey({ type: 'Exact', value: '/a', extra: 1 }, schema, ruleInputs('self.type == "Exact"')!)   // '{"type":"Exact",}'
 */
export function inputKey(v: unknown, schema: Schema | undefined, p: RuleInputs): string {
  return writerFor(p, schema)(v)
}
