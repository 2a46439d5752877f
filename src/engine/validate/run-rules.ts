import type { CelValue } from '@bufbuild/cel'
import type { Channel } from '../../model'
import type { RawProblem } from '../decode/raw-problem'
import { evaluateRule } from './cel'
import type { Schema } from './schema'
import type { CelRuleDef } from './schema-types'
import { toCelValue } from './to-cel-value'
import { report, type CelJob, type ValidateContext } from './validate-tree'

/**
 * Runs the queued CEL rules of one object, and the rule-based loophole checks: the same CRD rules
 * evaluated on a corrected input (exists_one read as exists; parentRef namespaces resolved; the
 * experimental channel's port-aware parentRef rules), to warn about what a cluster accepts but
 * does not mean what it looks like (validation.md, "Known loopholes").
 */
export interface RuleContext {
  namespace: string
  channel: Channel
  /** The experimental channel's schema of the same kind and version, for the port-aware parentRef rules. */
  experimental?: Schema
}

export function runRules(ctx: ValidateContext, rc: RuleContext): void {
  const memo = new WeakMap<object, CelValue>()
  for (const job of ctx.jobs) {
    const self = toCelValue(job.value, job.schema, memo)
    let failed = false
    for (const rule of job.rules) {
      const failure = evaluateRule(rule, self)
      const at = rule.fieldPath ? `${job.path}${rule.fieldPath}` : job.path
      if (failure) {
        report(ctx, failure.code, at, failure.message, job.collection)
        failed = true
        continue
      }
      const loophole = checkLoophole(rule, job, self, rc)
      if (loophole) report(ctx, loophole.code, at, loophole.message, job.collection)
    }
    if (!failed && job.path === 'spec.parentRefs' && rc.channel === 'standard') checkExperimentalParentRules(job, self, rc, ctx)
  }
}

function checkLoophole(rule: CelRuleDef, job: CelJob, self: CelValue, rc: RuleContext): Pick<RawProblem, 'code' | 'message'> | undefined {
  if (rule.rule.includes('backendRefs.exists_one(')) {
    const strict = { ...rule, rule: rule.rule.replaceAll('.exists_one(', '.exists(') }
    if (evaluateRule(strict, self)) {
      return { code: 'loophole-exists-one', message: `${rule.message} (the CRD checks this with exists_one, so it accepts several backendRefs that each carry such a filter)` }
    }
  }
  if (job.path === 'spec.parentRefs' && Array.isArray(job.value)) {
    const resolved = job.value.map((p: Record<string, unknown>) => (p.namespace ? p : { ...p, namespace: rc.namespace }))
    if (evaluateRule(rule, toCelValue(resolved, job.schema, new WeakMap()))) {
      return { code: 'loophole-parent-namespace', message: `${rule.message} (once an omitted namespace is read as the route's own, "${rc.namespace}"; the CRD compares namespaces as written, so the cluster accepts this)` }
    }
  }
  return undefined
}

/** The standard channel's parentRef rules ignore `port`; the experimental ones see it. */
function checkExperimentalParentRules(job: CelJob, self: CelValue, rc: RuleContext, ctx: ValidateContext): void {
  const rules = rc.experimental?.props?.get('spec')?.props?.get('parentRefs')?.rules ?? []
  for (const rule of rules) {
    if (job.rules.some((r) => r.rule === rule.rule)) continue
    if (evaluateRule(rule, self)) {
      report(ctx, 'loophole-parent-port', job.path, `${rule.message} (the experimental channel's rule, which takes port into account; the standard channel accepts this)`, true)
    }
  }
}
