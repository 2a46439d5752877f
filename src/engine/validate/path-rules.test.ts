import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateRule } from './cel'
import { SCHEMAS } from './generated/schemas'
import { pathTest } from './path-rules'
import { toCelValue } from './to-cel-value'

/** Every rule of the CRDs that path-rules.ts answers without CEL. */
const rules = SCHEMAS.rules.filter((r) => pathTest(r) !== null)

/** Paths built from the pieces the rules look for, so each rule fails and holds often. */
const pieces = fc.constantFrom('/', '//', '.', '..', '/./', '/../', '%2f', '%2F', '%2', '#', 'a', 'Z', '9', '-', '~', '%41', '%', ' ', '?', 'é', '\u{1F600}', '\\', "'")
const path = fc.array(pieces, { maxLength: 8 }).map((xs) => xs.join(''))
const self = fc.record({ type: fc.constantFrom('Exact', 'PathPrefix', 'RegularExpression', 'Other', ''), value: path })

describe('path checks without CEL', () => {
  it('covers the ten path value rules of HTTPRoute and nothing else', () => {
    expect(rules.length).toBeGreaterThanOrEqual(10)
    for (const r of rules) expect(r.rule.startsWith("(self.type in ['Exact','PathPrefix']) ? ")).toBe(true)
    expect(pathTest({ rule: "self.type in ['Exact','PathPrefix'] || self.type == 'RegularExpression'", message: 'm' })).toBeNull()
  })

  it('answers exactly as the CEL interpreter does', () => {
    const failures = new Map<string, number>()
    fc.assert(
      fc.property(self, (s) => {
        const cel = toCelValue(s, undefined, new Map())
        for (const r of rules) {
          const fast = pathTest(r)!(s)
          const viaCel = evaluateRule(r, cel)
          expect(fast, `${r.rule} on ${JSON.stringify(s)}`).toBe(viaCel === undefined)
          if (!fast) failures.set(r.rule, (failures.get(r.rule) ?? 0) + 1)
        }
      }),
      { numRuns: 2000 },
    )
    // Not vacuous: every rule failed on some of the generated paths.
    expect([...failures.keys()].sort()).toEqual(rules.map((r) => r.rule).sort())
  })

  it('leaves to CEL what it cannot answer the same way', () => {
    const r = rules[0]!
    expect(pathTest(r)!({ value: '/a' })).toBeUndefined()
    expect(pathTest(r)!({ type: 'Exact' })).toBeUndefined()
    expect(pathTest(r)!('/a')).toBeUndefined()
    const broken = { rule: '(self.type in [\'Exact\',\'PathPrefix\']) ? self.value.matches(r"""(""") : true', message: 'm' }
    expect(pathTest(broken)!({ type: 'Exact', value: '/a' })).toBeUndefined()
  })
})
