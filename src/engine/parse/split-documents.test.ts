import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitDocuments } from './split-documents'

describe('splitDocuments', () => {
  it('splits at document markers and keeps every character', () => {
    const text = 'a: 1\n---\nb: 2\n--- # comment\nc: 3\n'
    const chunks = splitDocuments(text)
    expect(chunks.map((c) => text.slice(c.start, c.end))).toEqual(['a: 1\n', '---\nb: 2\n', '--- # comment\nc: 3\n'])
  })

  it('ignores dashes that are not a marker', () => {
    const text = 'a: "---"\nb: ----\n  ---x\n'
    expect(splitDocuments(text)).toEqual([{ start: 0, end: text.length }])
  })

  it('always covers the whole text without gaps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a: 1\n', '---\n', '--- x\n', '---', '\n', ' ---\n', '----\n')), (parts) => {
        const text = parts.join('')
        const chunks = splitDocuments(text)
        expect(chunks[0]?.start).toBe(0)
        expect(chunks.at(-1)?.end).toBe(text.length)
        for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.start).toBe(chunks[i - 1]?.end)
      }),
    )
  })
})
