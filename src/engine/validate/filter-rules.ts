import { celName } from './cel'
import type { RuleTest } from './path-rules'
import type { CelRuleDef } from './schema-types'

/**
 * The CRDs' checks that a filter's `type` names the field it carries, and that a filter list has
 * at most one filter of a type, answered without the CEL interpreter. Every filter of every
 * HTTPRoute and GRPCRoute rule (and of each backendRef) runs sixteen of the first kind and its
 * list six of the second, so they are most of the CEL a route with filters costs. Rules of exactly
 * these shapes are read here from their own text (never copied by hand):
 *
 *   !(has(self.<field>) && self.type != '<Type>')
 *   !(!has(self.<field>) && self.type == '<Type>')
 *   self.filter(f, f.type == '<Type>').size() <= 1
 *   !(self.exists(f, f.type == '<A>') && self.exists(f, f.type == '<B>'))
 *
 * They are answered only where CEL's answer cannot be an error: a filter with a string `type`, a
 * list of such filters. Anything else goes to CEL. `filter-rules.test.ts` checks every such rule
 * of the CRDs against the CEL interpreter on generated filters.
 */

const NAME = '([A-Za-z][A-Za-z0-9]*)'
const TYPE = "'([A-Za-z][A-Za-z0-9]*)'"
const CARRIES = new RegExp(`^!\\(has\\(self\\.${NAME}\\) && self\\.type != ${TYPE}\\)$`)
const LACKS = new RegExp(`^!\\(!has\\(self\\.${NAME}\\) && self\\.type == ${TYPE}\\)$`)
const AT_MOST_ONE = new RegExp(`^self\\.filter\\(f, f\\.type == ${TYPE}\\)\\.size\\(\\) <= 1$`)
const NOT_BOTH = new RegExp(`^!\\(self\\.exists\\(f, f\\.type == ${TYPE}\\) && self\\.exists\\(f, f\\.type == ${TYPE}\\)\\)$`)

const typeOf = (f: unknown): string | undefined => {
  if (typeof f !== 'object' || f === null || Array.isArray(f)) return undefined
  const t = (f as { type?: unknown }).type
  return typeof t === 'string' ? t : undefined
}

/** The types of a list of filters; undefined unless it is a list and every item has a string type. */
function typesOf(self: unknown): string[] | undefined {
  if (!Array.isArray(self)) return undefined
  const out: string[] = []
  for (const f of self) {
    const t = typeOf(f)
    if (t === undefined) return undefined
    out.push(t)
  }
  return out
}

/**
 * The rule as a TypeScript test when it has one of the filter shapes: true when it holds, false
 * when it fails, undefined when CEL must answer. run-rules.ts makes it once per rule and keeps it.
 *
 * @example
 * filterTest({ rule: "!(has(self.urlRewrite) && self.type != 'URLRewrite')", message: '…' })?.({ type: 'RequestRedirect', urlRewrite: {} }) // false
 */
export function filterTest({ rule }: CelRuleDef): RuleTest | null {
  const field = CARRIES.exec(rule) ?? LACKS.exec(rule)
  if (field) {
    const [, name, type] = field as unknown as [string, string, string]
    // `has(self.x)` names the property by its CEL name; only a name CEL leaves as it is is read here.
    if (celName(name) !== name) return null
    const carries = field.input.startsWith('!(has(')
    return (self) => {
      const t = typeOf(self)
      if (t === undefined) return undefined
      const has = Object.hasOwn(self as object, name)
      return carries ? !(has && t !== type) : !(!has && t === type)
    }
  }
  const one = AT_MOST_ONE.exec(rule)
  if (one) {
    const type = one[1]!
    return (self) => {
      const types = typesOf(self)
      return types && types.filter((t) => t === type).length <= 1
    }
  }
  const both = NOT_BOTH.exec(rule)
  if (both) {
    const [, a, b] = both as unknown as [string, string, string]
    return (self) => {
      const types = typesOf(self)
      return types && !(types.includes(a) && types.includes(b))
    }
  }
  return null
}
