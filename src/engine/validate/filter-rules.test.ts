import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateRule } from './cel'
import { filterTest } from './filter-rules'
import { SCHEMAS } from './generated/schemas'
import { toCelValue } from './to-cel-value'

/** Every rule of the CRDs that filter-rules.ts answers without CEL. */
const rules = SCHEMAS.rules.filter((r) => filterTest(r) !== null)
const TYPES = ['RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestMirror', 'RequestRedirect', 'URLRewrite', 'ExtensionRef', 'CORS', 'ExternalAuth', 'Other']
const FIELDS = ['requestHeaderModifier', 'responseHeaderModifier', 'requestMirror', 'requestRedirect', 'urlRewrite', 'extensionRef', 'cors', 'externalAuth', 'other']

/** Filters whose type and fields agree or not, so each rule fails and holds often; a few have no string type. */
const filter = fc
  .record({
    type: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...TYPES) }, { weight: 1, arbitrary: fc.constant(7) }, { weight: 1, arbitrary: fc.constant(undefined) }),
    fields: fc.subarray(FIELDS, { maxLength: 2 }),
  })
  .map(({ type, fields }) => ({ ...(type === undefined ? {} : { type }), ...Object.fromEntries(fields.map((f) => [f, {}])) }))
const subject = fc.oneof({ weight: 2, arbitrary: filter }, { weight: 3, arbitrary: fc.array(filter, { maxLength: 5 }) }, { weight: 1, arbitrary: fc.constant('x') })

describe('filter checks without CEL', () => {
  it('covers the filter type and count rules of the route CRDs and nothing else', () => {
    // 8 filter types × 2 field rules, 5 "at most one" and 1 "not both".
    expect(rules.length).toBe(22)
    expect(filterTest({ rule: "!(has(self.percent) && has(self.fraction))", message: 'm' })).toBeNull()
    expect(filterTest({ rule: "!(has(self.namespace) && self.type != 'X')", message: 'm' })).toBeNull()
  })

  it('answers exactly as the CEL interpreter does, or leaves it to CEL', () => {
    const failures = new Map<string, number>()
    let answered = 0
    fc.assert(
      fc.property(subject, (s) => {
        const cel = toCelValue(s, undefined, new Map())
        for (const r of rules) {
          const fast = filterTest(r)!(s)
          if (fast === undefined) continue
          answered++
          const viaCel = evaluateRule(r, cel)
          expect(fast, `${r.rule} on ${JSON.stringify(s)}`).toBe(viaCel === undefined)
          if (!fast) failures.set(r.rule, (failures.get(r.rule) ?? 0) + 1)
        }
      }),
      { numRuns: 3000 },
    )
    expect(answered).toBeGreaterThan(5_000)
    // Not vacuous: every rule failed on some of the generated filters.
    expect([...failures.keys()].sort()).toEqual(rules.map((r) => r.rule).sort())
  })

  it('leaves to CEL a filter without a string type, and a list with one', () => {
    const carries = rules.find((r) => r.rule.startsWith('!(has('))!
    const count = rules.find((r) => r.rule.startsWith('self.filter('))!
    expect(filterTest(carries)!({ urlRewrite: {} })).toBeUndefined()
    expect(filterTest(carries)!({ type: 3 })).toBeUndefined()
    expect(filterTest(count)!([{ type: 'CORS' }, {}])).toBeUndefined()
    expect(filterTest(count)!({ type: 'CORS' })).toBeUndefined()
  })
})
