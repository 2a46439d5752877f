import fc from 'fast-check'
import LZString from 'lz-string'
import { describe, expect, it } from 'vitest'
import { makeLzBomb } from '../../../tests/helpers/lz-bomb'
import { decompressBounded } from './decompress-bounded'

describe('decompressBounded', () => {
  it('decodes what lz-string encodes, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const encoded = LZString.compressToEncodedURIComponent(s)
        expect(decompressBounded(encoded, 10_000)).toEqual({ ok: true, text: s })
      }),
      { numRuns: 300 },
    )
  })

  it('decodes repetitive YAML-like text', () => {
    const text = Array.from({ length: 200 }, (_, i) => `- name: route-${i}\n  port: 80\n`).join('')
    expect(decompressBounded(LZString.compressToEncodedURIComponent(text), 1_000_000)).toEqual({ ok: true, text })
  })

  it('reads a hand-built bomb exactly as lz-string does, while it stays under the budget', () => {
    const small = makeLzBomb(300)
    expect(LZString.decompressFromEncodedURIComponent(small.payload)).toBe('a'.repeat(small.decodedLength))
    expect(decompressBounded(small.payload, small.decodedLength)).toEqual({ ok: true, text: 'a'.repeat(small.decodedLength) })
  })

  it('stops at the budget instead of expanding a bomb', () => {
    const bomb = makeLzBomb(10_000)
    expect(bomb.payload.length).toBeLessThan(30_000)
    expect(bomb.decodedLength).toBeGreaterThan(50_000_000)
    expect(decompressBounded(bomb.payload, 2_000_000)).toEqual({ ok: false, reason: 'too-large' })
  })

  it('refuses characters outside the alphabet, truncation and garbage', () => {
    const good = LZString.compressToEncodedURIComponent('apiVersion: v1\nkind: Service\n')
    expect(decompressBounded(good.slice(0, 5), 1000).ok).toBe(false)
    expect(decompressBounded('not base64!', 1000)).toEqual({ ok: false, reason: 'invalid' })
    expect(decompressBounded('', 1000)).toEqual({ ok: false, reason: 'invalid' })
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ABCxyz019+-$'), minLength: 1, maxLength: 200 }), (s) => {
        const r = decompressBounded(s, 100_000)
        if (r.ok) expect(r.text).toBe(LZString.decompressFromEncodedURIComponent(s))
      }),
    )
  })
})
