import { RE2JS } from 're2js'

/**
 * Schema patterns and CEL `matches()` use Go's RE2 syntax and "match anywhere" semantics
 * (`regexp.MatchString`). Each pattern is compiled once with re2js and kept; the CRDs hold a few
 * dozen distinct patterns, and user-written values never become patterns here.
 */
const compiled = new Map<string, RE2JS | null>()

function compile(pattern: string): RE2JS | null {
  let re = compiled.get(pattern)
  if (re === undefined) {
    try {
      re = RE2JS.compile(pattern)
    } catch {
      re = null
    }
    compiled.set(pattern, re)
  }
  return re
}

/**
 * Answers already computed, per pattern: most values checked against a schema pattern repeat (group
 * and kind defaults, namespaces, section names), and a map lookup is far cheaper than a match.
 * Bounded, so a huge manifest of unique values cannot grow it without limit.
 */
const answers = new Map<string, Map<string, boolean>>()
const MAX_ANSWERS = 4096

/** Forgets the answers (not the compiled patterns), as if no value had been checked yet. */
export function forgetMatchAnswers(): void {
  answers.clear()
}

/**
 * True when `pattern` matches somewhere in `value`; undefined when the pattern does not compile.
 *
 * @example
 * re2Find('^[a-z]+$', 'abc')   // true
 */
export function re2Find(pattern: string, value: string): boolean | undefined {
  let known = answers.get(pattern)
  const hit = known?.get(value)
  if (hit !== undefined) return hit
  const re = compile(pattern)
  if (!re) return undefined
  const found = re.test(value)
  if (!known) answers.set(pattern, (known = new Map()))
  if (known.size >= MAX_ANSWERS) known.clear()
  known.set(value, found)
  return found
}

/** The matcher @bufbuild/cel asks for, backed by the same cache. */
export const celRe2 = {
  compile(pattern: string): { test(text: string): boolean } {
    const re = compile(pattern)
    if (!re) throw new Error(`invalid regular expression: ${pattern}`)
    return re
  },
}
