import fc from 'fast-check'
import LZString from 'lz-string'
import { describe, expect, it } from 'vitest'
import { makeLzBomb } from '../../../tests/helpers/lz-bomb'
import { starterExample } from '../../examples'
import { decodeShareLink, encodeShareLink, MAX_LINK_CHARS, SHARE_PREFIX } from './share-link'

const link = (payload: unknown) => SHARE_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(payload))
const text = starterExample.files[0]!.text

describe('share links', () => {
  it('carry the manifests, test cases, example id and layout', () => {
    const ws = { name: 'Canary', text, cases: [{ request: { path: '/cart' }, expect: { backend: 'checkout-v1' } }], exampleId: 'canary-and-header', positions: { a: { x: 1, y: 2.5 } } }
    const made = encodeShareLink(ws, 30)
    expect(made.ok).toBe(true)
    if (!made.ok) return
    expect(made.length).toBe(30 + 1 + made.fragment.length)
    expect(decodeShareLink(`#${made.fragment}`)).toEqual({ ok: true, workspace: ws })
  })

  it('round-trip any text and name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.stringMatching(/^[A-Za-z0-9 ]{1,40}$/), (t, name) => {
        const made = encodeShareLink({ name: name.trim() || 'x', text: t })
        if (!made.ok) throw new Error(made.error.message)
        expect(decodeShareLink(made.fragment)).toEqual({ ok: true, workspace: { name: name.trim().replace(/\s+/g, ' ') || 'x', text: t } })
      }),
    )
  })

  it(`refuse to make a link longer than ${MAX_LINK_CHARS} characters, pointing at download`, () => {
    const big = Array.from({ length: 4000 }, (_, i) => `# ${Math.sin(i).toString(36)} ${Math.cos(i * 7).toString(36)}\n`).join('')
    const made = encodeShareLink({ name: 'big', text: big })
    expect(made).toMatchObject({ ok: false, error: { code: 'share-too-large' } })
    if (!made.ok) expect(made.error.message).toContain('Download')
  })

  it('refuse hostile and broken links with a stable code', () => {
    expect(decodeShareLink(SHARE_PREFIX + 'A'.repeat(50 * 1024 * 1024))).toMatchObject({ ok: false, error: { code: 'share-too-large' } })
    expect(decodeShareLink(SHARE_PREFIX + makeLzBomb(10_000).payload)).toMatchObject({ ok: false, error: { code: 'share-decompressed-too-large' } })
    expect(decodeShareLink(SHARE_PREFIX + '%%%not-lz%%%')).toMatchObject({ ok: false, error: { code: 'share-invalid-compression' } })
    expect(decodeShareLink(SHARE_PREFIX + LZString.compressToEncodedURIComponent('not json'))).toMatchObject({ ok: false, error: { code: 'share-malformed' } })
    expect(decodeShareLink(link({ v: 2, text: '' }))).toMatchObject({ ok: false, error: { code: 'share-unsupported-version' } })
    expect(decodeShareLink(link({ v: 1, name: 'x' }))).toMatchObject({ ok: false, error: { code: 'share-malformed' } })
    expect(decodeShareLink(link({ v: 1, text: '', exampleId: '<script>' }))).toMatchObject({ ok: false, error: { code: 'share-malformed' } })
    expect(decodeShareLink(link({ v: 1, text: '', positions: { a: { x: 'NaN' } } }))).toMatchObject({ ok: false, error: { code: 'share-malformed' } })
    expect(decodeShareLink('#other=1')).toMatchObject({ ok: false })
  })

  it('keep HTML in names as text, and remove control and bidi characters', () => {
    const r = decodeShareLink(link({ v: 1, name: '<img src=x onerror=alert(1)>\u202e\u0000evil', text: 'a: 1\n' }))
    expect(r).toEqual({ ok: true, workspace: { name: '<img src=x onerror=alert(1)> evil', text: 'a: 1\n' } })
  })
})
