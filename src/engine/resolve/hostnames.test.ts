import { describe, expect, it } from 'vitest'
import { effectiveHostnames, hostnameSetsOverlap, intersectHostnames } from './hostnames'
import { matchesSelector } from './label-selector'

describe('hostname intersection (SPEC-NOTES §5.5 table)', () => {
  it.each([
    ['www.example.com', 'www.example.com', 'www.example.com'],
    ['*.example.com', 'www.example.com', 'www.example.com'],
    ['*.example.com', 'sub.domain.example.com', 'sub.domain.example.com'],
    ['www.example.com', '*.example.com', 'www.example.com'],
    ['*.example.com', '*.example.com', '*.example.com'],
    ['*.com', '*.example.com', '*.example.com'],
    ['*.example.com', '*.com', '*.example.com'],
    ['*.wildcard.io', 'wildcard.io', null],
    ['very.specific.com', '*.specific.com', 'very.specific.com'],
    [undefined, 'www.example.com', 'www.example.com'],
    [undefined, undefined, undefined],
    ['*.example.com', 'xexample.com', null],
    ['*.xample.com', '*.example.com', null],
    ['a.example.com', 'b.example.com', null],
  ])('%s × %s → %s', (l, r, want) => {
    expect(intersectHostnames(l, r)).toBe(want)
  })

  it('keeps only the route hostnames that intersect the listener', () => {
    expect(effectiveHostnames('*.example.com', ['a.example.com', 'b.other.org', '*.example.com'])).toEqual(['a.example.com', '*.example.com'])
    expect(effectiveHostnames('foo.com', ['bar.com'])).toEqual([])
    expect(effectiveHostnames('foo.com', [])).toEqual(['foo.com'])
    expect(effectiveHostnames(undefined, [])).toBeUndefined()
  })

  it('tells whether two served hostname sets overlap', () => {
    expect(hostnameSetsOverlap(['a.example.com'], ['*.example.com'])).toBe(true)
    expect(hostnameSetsOverlap(['a.example.com'], ['b.example.com'])).toBe(false)
    expect(hostnameSetsOverlap(undefined, ['b.example.com'])).toBe(true)
  })
})

describe('label selectors', () => {
  const labels = { team: 'a', 'kubernetes.io/metadata.name': 'web' }
  it.each([
    [{}, true],
    [{ matchLabels: { team: 'a' } }, true],
    [{ matchLabels: { team: 'b' } }, false],
    [{ matchExpressions: [{ key: 'team', operator: 'In', values: ['a', 'b'] }] }, true],
    [{ matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['a'] }] }, false],
    [{ matchExpressions: [{ key: 'env', operator: 'Exists' }] }, false],
    [{ matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] }, true],
    [{ matchExpressions: [{ key: 'team', operator: 'Bogus' }] }, false],
    [{ matchLabels: { 'kubernetes.io/metadata.name': 'web' }, matchExpressions: [{ key: 'team', operator: 'Exists' }] }, true],
  ])('%j → %s', (selector, want) => {
    expect(matchesSelector(labels, selector)).toBe(want)
  })
})
