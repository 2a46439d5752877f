import type { CelValue } from '@bufbuild/cel'
import type { Channel } from '../../model'
import type { RawProblem } from '../decode/raw-problem'
import { evaluateRule, type RuleFailure } from './cel'
import { forgetMatchAnswers } from './regex'
import { ruleInputs, writerFor, type KeyWriter } from './rule-inputs'
import type { Schema } from './schema'
import type { CelRuleDef } from './schema-types'
import { toCelValue } from './to-cel-value'
import { report, type CelJob, type ValidateContext } from './validate-tree'
import { filterTest } from './filter-rules'
import { pathTest, type RuleTest } from './path-rules'

/**
 * Runs the queued CEL rules of one object, and the rule-based loophole checks: the same CRD rules
 * evaluated on a corrected input (exists_one read as exists; parentRef namespaces resolved; the
 * experimental channel's port-aware parentRef rules), to warn about what a cluster accepts but
 * does not mean what it looks like (validation.md, "Known loopholes").
 *
 * A rule is a pure function of the parts of `self` it reads (rule-inputs.ts), so its answer is
 * kept per rule, schema node and those parts: the next value that agrees on them gets the same
 * answer without evaluating CEL again.
 */
export interface RuleContext {
  namespace: string
  channel: Channel
  /** The experimental channel's schema of the same kind and version, for the port-aware parentRef rules. */
  experimental?: Schema
}

interface RuleMemo {
  /** Writes the part of a value the rule reads; undefined when the rule reads it all (no memo). */
  write: KeyWriter | undefined
  /** Answers by key; `null` is "the rule holds". */
  answers: Map<string, RuleFailure | null>
  generation: number
  /** The rule as a plain test, when it is a path or filter check (path-rules.ts, filter-rules.ts). */
  direct: RuleTest | null
}

/** Answers kept per rule; bounded, so a huge manifest of distinct values cannot grow it without limit. */
const MAX_ANSWERS = 4096
const memos = new WeakMap<Schema, Map<CelRuleDef, RuleMemo>>()
let generation = 0

/**
 * Forgets every remembered answer (CEL rules and schema patterns), keeping what does not depend on
 * values (parsed rules, compiled patterns): the state of a long-running engine before it has seen
 * any manifest. Benchmarks call it to time a first load honestly.
 *
 * @example
 * forgetAnswers()
 * decodeDocument(parsed, 'experimental')   // every rule is evaluated afresh
 */
export function forgetAnswers(): void {
  generation++
  forgetMatchAnswers()
}

/** One job's value and schema, converted to CEL only if some rule's answer is not known yet. */
class Subject {
  private cel: CelValue | undefined
  /** Keys by writer: rules that read the same parts of the value share one. */
  private keys: Map<KeyWriter, string> | undefined
  constructor(
    readonly value: unknown,
    readonly schema: Schema,
    private readonly memo: Map<object, CelValue>,
  ) {}
  self(): CelValue {
    return (this.cel ??= toCelValue(this.value, this.schema, this.memo))
  }
  key(write: KeyWriter): string {
    const keys = (this.keys ??= new Map())
    let k = keys.get(write)
    if (k === undefined) keys.set(write, (k = write(this.value)))
    return k
  }
}

function memoOf(rule: CelRuleDef, schema: Schema): RuleMemo {
  let bySchema = memos.get(schema)
  if (!bySchema) memos.set(schema, (bySchema = new Map()))
  let memo = bySchema.get(rule)
  if (!memo) {
    const inputs = ruleInputs(rule.rule)
    bySchema.set(rule, (memo = { write: inputs && writerFor(inputs, schema), answers: new Map(), generation, direct: pathTest(rule) ?? filterTest(rule) }))
  }
  return memo
}

function evaluate(rule: CelRuleDef, subject: Subject): RuleFailure | undefined {
  const memo = memoOf(rule, subject.schema)
  // The path and filter checks run as the plain tests they are; CEL answers the rest.
  const held = memo.direct?.(subject.value)
  if (held !== undefined) return held ? undefined : { code: 'cel-rule', message: rule.message }
  if (!memo.write) return evaluateRule(rule, subject.self())
  if (memo.generation !== generation) {
    memo.answers.clear()
    memo.generation = generation
  }
  const key = subject.key(memo.write)
  const known = memo.answers.get(key)
  if (known !== undefined) return known ?? undefined
  const answer = evaluateRule(rule, subject.self())
  if (memo.answers.size >= MAX_ANSWERS) memo.answers.clear()
  memo.answers.set(key, answer ?? null)
  return answer
}

export function runRules(ctx: ValidateContext, rc: RuleContext): void {
  // One object's converted values, dropped after it: a Map costs the collector less than a WeakMap.
  const memo = new Map<object, CelValue>()
  for (const job of ctx.jobs) {
    const subject = new Subject(job.value, job.schema, memo)
    let failed = false
    for (const rule of job.rules) {
      const failure = evaluate(rule, subject)
      if (failure) failed = true
      // A rule that holds may still be a loophole.
      const found = failure ?? checkLoophole(rule, job, subject, rc)
      if (found) report(ctx, found.code, rule.fieldPath ? `${job.path}${rule.fieldPath}` : job.path, found.message, job.collection)
    }
    if (!failed && job.path === 'spec.parentRefs' && rc.channel === 'standard') checkExperimentalParentRules(job, subject, rc, ctx)
  }
}

/** The exists_one rules read as exists, made once per rule. */
const strictRules = new WeakMap<CelRuleDef, CelRuleDef | null>()

function strictOf(rule: CelRuleDef): CelRuleDef | null {
  let strict = strictRules.get(rule)
  if (strict === undefined) {
    strict = rule.rule.includes('backendRefs.exists_one(') ? { ...rule, rule: rule.rule.replaceAll('.exists_one(', '.exists(') } : null
    strictRules.set(rule, strict)
  }
  return strict
}

function checkLoophole(rule: CelRuleDef, job: CelJob, subject: Subject, rc: RuleContext): Pick<RawProblem, 'code' | 'message'> | undefined {
  const strict = strictOf(rule)
  if (strict && evaluate(strict, subject)) {
    return { code: 'loophole-exists-one', message: `${rule.message} (the CRD checks this with exists_one, so it accepts several backendRefs that each carry such a filter)` }
  }
  if (job.path === 'spec.parentRefs' && Array.isArray(job.value)) {
    const resolved = job.value.map((p: Record<string, unknown>) => (p.namespace ? p : { ...p, namespace: rc.namespace }))
    if (evaluate(rule, new Subject(resolved, job.schema, new Map()))) {
      return { code: 'loophole-parent-namespace', message: `${rule.message} (once an omitted namespace is read as the route's own, "${rc.namespace}"; the CRD compares namespaces as written, so the cluster accepts this)` }
    }
  }
  return undefined
}

/** The standard channel's parentRef rules ignore `port`; the experimental ones see it. */
function checkExperimentalParentRules(job: CelJob, subject: Subject, rc: RuleContext, ctx: ValidateContext): void {
  const rules = rc.experimental?.props?.get('spec')?.props?.get('parentRefs')?.rules ?? []
  for (const rule of rules) {
    if (job.rules.some((r) => r.rule === rule.rule)) continue
    if (evaluate(rule, subject)) {
      report(ctx, 'loophole-parent-port', job.path, `${rule.message} (the experimental channel's rule, which takes port into account; the standard channel accepts this)`, true)
    }
  }
}
