import { re2Find } from './regex'
import type { CelRuleDef } from './schema-types'

/**
 * The CRDs' checks of an HTTPRoute path value, answered without the CEL interpreter. Every match
 * of every rule carries ten of them, each of the shape
 *
 *   (self.type in ['Exact','PathPrefix']) ? <test of self.value> : true
 *
 * where the test is `self.value.startsWith('…')`, `!self.value.contains('…')`,
 * `!self.value.endsWith('…')` or `self.value.matches(r"""…""")`. They are most of the CEL a
 * manifest costs (a route with three matches runs thirty), so a rule of exactly this shape is read
 * here from its own text (never copied by hand) and run as the same string test; `matches` goes
 * through the same RE2 (re2js) that CEL's `matches` uses. Any other rule, or a `self` without a
 * string `type` and `value`, is left to CEL. `path-rules.test.ts` checks every such rule of the
 * CRDs against the CEL interpreter on generated paths.
 */
/** A CRD rule run as plain code: true when it holds, false when it fails, undefined when CEL must answer. */
export type RuleTest = (self: unknown) => boolean | undefined

const HEAD = "(self.type in ['Exact','PathPrefix']) ? "
const TAIL = ' : true'

/** A CEL single-quoted string literal without escapes, as the CRDs write these. */
function literal(text: string, open: string): string | undefined {
  if (!text.startsWith(open) || !text.endsWith("')")) return undefined
  const body = text.slice(open.length, -2)
  return body.includes("'") || body.includes('\\') ? undefined : body
}

function valueTest(test: string): ((value: string) => boolean | undefined) | undefined {
  const starts = literal(test, "self.value.startsWith('")
  if (starts !== undefined) return (v) => v.startsWith(starts)
  const contains = literal(test, "!self.value.contains('")
  if (contains !== undefined) return (v) => !v.includes(contains)
  const ends = literal(test, "!self.value.endsWith('")
  if (ends !== undefined) return (v) => !v.endsWith(ends)
  const open = 'self.value.matches(r"""'
  if (test.startsWith(open) && test.endsWith('""")')) {
    const pattern = test.slice(open.length, -4)
    if (pattern.includes('"""')) return undefined
    // Undefined when RE2 rejects the pattern: CEL then answers with its own error.
    return (v) => re2Find(pattern, v)
  }
  return undefined
}

/**
 * The rule as a TypeScript test when it has the path-check shape: true when it holds, false when
 * it fails, undefined when CEL must answer (no string `type` and `value`, or a pattern RE2 rejects).
 * run-rules.ts makes it once per rule and keeps it.
 *
 * @example
 * pathTest({ rule: "(self.type in ['Exact','PathPrefix']) ? !self.value.contains('//') : true", message: '…' })?.({ type: 'Exact', value: '/a//b' }) // false
 */
export function pathTest(rule: CelRuleDef): RuleTest | null {
  if (!rule.rule.startsWith(HEAD) || !rule.rule.endsWith(TAIL)) return null
  const test = valueTest(rule.rule.slice(HEAD.length, -TAIL.length))
  if (!test) return null
  return (self) => {
    if (typeof self !== 'object' || self === null) return undefined
    const { type, value } = self as { type?: unknown; value?: unknown }
    if (typeof type !== 'string' || typeof value !== 'string') return undefined
    if (type !== 'Exact' && type !== 'PathPrefix') return true
    return test(value)
  }
}
