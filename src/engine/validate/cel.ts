import { celEnv, celFunc, CelScalar, isCelError, parse, plan } from '@bufbuild/cel'
import { strings } from '@bufbuild/cel/ext'
import type { ProblemCode } from '../problem-codes'
import { isIP } from './ip'
import { celRe2 } from './regex'
import type { CelRuleDef } from './schema-types'

/**
 * CEL for the CRDs' `x-kubernetes-validations`, with what the API server adds to plain CEL: the
 * `strings` extension, the Kubernetes `isIP()` function, and RE2 for `matches()` (re2js). Each
 * distinct rule is parsed and planned once, on first use, and kept.
 */
const env = celEnv({
  funcs: [...strings, celFunc('isIP', [CelScalar.STRING], CelScalar.BOOL, (s: string) => isIP(s))],
  re2: celRe2,
})

type Program = (bindings: { self: never }) => unknown
const programs = new Map<string, Program | Error>()

function programOf(rule: string): Program | Error {
  let p = programs.get(rule)
  if (!p) {
    try {
      p = plan(env, parse(rule)) as unknown as Program
    } catch (e) {
      p = e instanceof Error ? e : new Error(String(e))
    }
    programs.set(rule, p)
  }
  return p
}

export interface RuleFailure {
  code: Extract<ProblemCode, 'cel-rule' | 'cel-no-such-key' | 'cel-eval-error'>
  message: string
}

const NO_SUCH_KEY = /^(?:field not found|no such key): (.+)$/

/**
 * Evaluates one rule with `self` bound to a node (integers as BigInt, reserved words escaped).
 * Returns undefined when the rule holds, else the problem the API server would report.
 *
 * @example
 * evaluateRule({ rule: 'self.numerator <= self.denominator', message: 'numerator must be less than or equal to denominator' },
 *   { numerator: 150n, denominator: 100n })   // { code: 'cel-rule', message: 'numerator must be …' }
 */
export function evaluateRule(rule: CelRuleDef, self: unknown): RuleFailure | undefined {
  const program = programOf(rule.rule)
  if (program instanceof Error) return { code: 'cel-eval-error', message: `compilation failed: ${program.message} (rule: ${rule.message})` }
  let result: unknown
  try {
    result = program({ self: self as never })
  } catch (e) {
    result = e
  }
  if (result === true) return undefined
  if (result === false) return { code: 'cel-rule', message: rule.message }
  const text = isCelError(result) || result instanceof Error ? result.message : `rule returned ${String(result)}`
  const missing = NO_SUCH_KEY.exec(text)
  if (missing) return { code: 'cel-no-such-key', message: `no such key: ${missing[1]} evaluating rule: ${rule.message}` }
  return { code: 'cel-eval-error', message: `${text} evaluating rule: ${rule.message}` }
}

const RESERVED = new Set(['as', 'break', 'const', 'continue', 'else', 'false', 'for', 'function', 'if', 'import', 'in', 'let', 'loop', 'package', 'namespace', 'null', 'return', 'true', 'var', 'void', 'while'])

/**
 * A property name as CEL sees it, escaped the Kubernetes way: reserved words become `__word__`,
 * and `__`, `.`, `-`, `/` become `__underscores__`, `__dot__`, `__dash__`, `__slash__`.
 *
 * @example
 * celName('namespace')   // '__namespace__'
 */
export function celName(name: string): string {
  if (RESERVED.has(name)) return `__${name}__`
  if (!/[_./-]/.test(name)) return name
  return name.replace(/__/g, '__underscores__').replace(/\./g, '__dot__').replace(/-/g, '__dash__').replace(/\//g, '__slash__')
}
