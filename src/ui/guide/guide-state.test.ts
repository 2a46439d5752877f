import { describe, expect, it } from 'vitest'
import { learnTarget } from './guide-state'

describe('learnTarget', () => {
  it('reads #learn= addresses and leaves every other fragment alone', () => {
    expect(learnTarget('#learn=matching')).toBe('matching')
    expect(learnTarget('#learn=status/3')).toBe('status/3')
    expect(learnTarget('learn=filters%2F2')).toBe('filters/2')
    expect(learnTarget('#share=N4IgdghgtgpiBcIDaB')).toBeUndefined()
    expect(learnTarget('')).toBeUndefined()
    expect(learnTarget('#learn=%E0%A4%A')).toBeUndefined()
  })
})
