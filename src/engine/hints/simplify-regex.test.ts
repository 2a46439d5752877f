import fc from 'fast-check'
import { RE2JS } from 're2js'
import { describe, expect, it } from 'vitest'
import { prefixMatches } from '../simulate/match-predicates'
import { literalOf, simplifyPathRegex, simplifyValueRegex } from './simplify-regex'

describe('simplifyPathRegex', () => {
  it.each([
    ['^/health$', { type: 'Exact', value: '/health' }],
    ['/health', { type: 'Exact', value: '/health' }],
    ['^/v1\\.json$', { type: 'Exact', value: '/v1.json' }],
    ['^/api(/.*)?$', { type: 'PathPrefix', value: '/api' }],
    ['/api(?:/.*)?', { type: 'PathPrefix', value: '/api' }],
    ['^/.*$', { type: 'PathPrefix', value: '/' }],
    ['.*', { type: 'PathPrefix', value: '/' }],
    // An escaped dollar is a literal dollar, not an anchor; `$` is allowed in paths.
    ['^/a\\$', { type: 'Exact', value: '/a$' }],
  ])('%s can be written as %o', (pattern, want) => {
    expect(simplifyPathRegex(pattern)).toEqual(want)
  })

  it.each([
    ['/index.html', 'a dot matches any character'],
    ['^/api/.*$', 'does not match /api itself'],
    ['^/v[0-9]+$', 'a class'],
    ['(?i)^/admin$', 'a flag'],
    ['^/a/(/.*)?$', 'a subtree under a trailing slash'],
    ['^/a\\d$', 'an escape class'],
    ['^/a|/b$', 'an alternation'],
    ['^/a//b$', 'a literal the API server rejects as an Exact value'],
    ['health', 'no leading slash'],
  ])('%s stays a regex (%s)', (pattern) => {
    expect(simplifyPathRegex(pattern)).toBeUndefined()
  })
})

describe('simplifyValueRegex and literalOf', () => {
  it('unescape punctuation and refuse classes', () => {
    expect(simplifyValueRegex('^canary$')).toBe('canary')
    expect(simplifyValueRegex('a\\-b\\.c')).toBe('a-b.c')
    expect(simplifyValueRegex('^$')).toBeUndefined()
    expect(literalOf('a\\Qb')).toBeUndefined()
    expect(literalOf('x\\')).toBeUndefined()
  })
})

// Paths and patterns from one small alphabet, so equivalences are tested where they could break.
const segment = fc.constantFrom('a', 'b', 'ab', 'v1', 'x.y', 'a-b')
const literal = fc.array(segment, { minLength: 0, maxLength: 3 }).map((s) => `/${s.join('/')}`)
const escape = (s: string) => s.replace(/[.-]/g, (c) => `\\${c}`)
const pattern = fc.record({ lit: literal, anchors: fc.boolean(), subtree: fc.constantFrom('', '(/.*)?', '(?:/.*)?', '/.*', '.*', '/?') }).map(({ lit, anchors, subtree }) => {
  const body = escape(lit === '/' && subtree ? '' : lit) + subtree
  return anchors ? `^${body}$` : body
})
const path = fc.oneof(literal, fc.tuple(literal, literal).map(([a, b]) => `${a}${b}`), fc.tuple(literal, fc.constantFrom('x', '/', '.y', '-b')).map(([a, b]) => `${a}${b}`))

describe('simplification is an exact equivalence (fast-check, RE2 full match as the oracle)', () => {
  it('the rewrite matches a path exactly when the regex does', () => {
    let simplified = 0
    fc.assert(
      fc.property(pattern, fc.array(path, { minLength: 5, maxLength: 20 }), (p, paths) => {
        const s = simplifyPathRegex(p)
        if (!s) return
        simplified++
        const re = RE2JS.compile(p)
        const key = s.value === '/' ? '' : s.value
        for (const x of paths) {
          const rewritten = s.type === 'Exact' ? x === s.value : prefixMatches(key, x)
          expect(rewritten, `${p} vs ${s.type} ${s.value} on ${x}`).toBe(re.matches(x))
        }
      }),
      { numRuns: 2000 },
    )
    expect(simplified).toBeGreaterThan(500)
  })
})
