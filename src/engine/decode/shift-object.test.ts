import { describe, expect, it } from 'vitest'
import type { ManifestObject } from '../../model'
import { fieldSpan, sameOriginMoved, shiftObject } from './shift-object'

const route = (): ManifestObject =>
  ({
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'web', namespace: 'shop' },
    spec: { rules: [] },
    source: { file: 'a.yaml', doc: 0, span: [10, 90], fields: { '': [10, 90], 'metadata.name': [30, 33], 'spec.rules': [60, 62] } },
  }) as unknown as ManifestObject

/** What a shift must give: every span moved, as a plain object would have it. */
const eager = (o: ManifestObject, d: number, doc: number) =>
  JSON.stringify({ ...o, source: { ...o.source, doc, span: [o.source.span[0] + d, o.source.span[1] + d], fields: Object.fromEntries(Object.entries(o.source.fields).map(([k, s]) => [k, [s[0] + d, s[1] + d]])) } })

describe('shiftObject', () => {
  it('moves every span and keeps the content objects', () => {
    const o = route()
    const moved = shiftObject(o, 5, 2)
    expect(moved.spec).toBe(o.spec)
    expect(moved.metadata).toBe(o.metadata)
    expect(moved.source.span).toEqual([15, 95])
    expect(moved.source.doc).toBe(2)
    expect(moved.source.fields).toEqual({ '': [15, 95], 'metadata.name': [35, 38], 'spec.rules': [65, 67] })
    expect(o.source.fields['metadata.name']).toEqual([30, 33])
  })

  it('reads one field without the rest, and agrees with the record worked out later', () => {
    const moved = shiftObject(shiftObject(route(), 5, 1), -2, 3)
    expect(fieldSpan(moved.source, 'metadata.name')).toEqual([33, 36])
    expect(fieldSpan(moved.source, 'spec.nothing')).toBeUndefined()
    expect(moved.source.fields['metadata.name']).toEqual([33, 36])
    expect(fieldSpan(moved.source, 'metadata.name')).toEqual([33, 36])
  })

  it('is the same value as an eager shift for JSON, structuredClone and spreading, keys in the same order', () => {
    const o = route()
    const moved = shiftObject(shiftObject(o, 7, 1), 3, 4)
    expect(JSON.stringify(moved)).toBe(eager(o, 10, 4))
    const fresh = shiftObject(o, 10, 4)
    expect(structuredClone(fresh)).toEqual(JSON.parse(eager(o, 10, 4)))
    expect({ ...shiftObject(o, 10, 4).source }.fields).toEqual(JSON.parse(eager(o, 10, 4)).source.fields)
  })

  it('takes a record written over the worked-out one', () => {
    const moved = shiftObject(route(), 1, 0)
    moved.source.fields = { '': [0, 1] }
    expect(moved.source.fields).toEqual({ '': [0, 1] })
    expect(fieldSpan(moved.source, '')).toEqual([0, 1])
    expect(Object.keys(moved.source)).toEqual(['file', 'doc', 'span', 'fields'])
  })

  it('tells how far two shifts of one object lie apart without working out their spans', () => {
    const o = route()
    const a = shiftObject(o, 5, 1)
    const b = shiftObject(a, 7, 1)
    const c = shiftObject(o, 12, 1)
    const lazy = (x: ManifestObject) => typeof Object.getOwnPropertyDescriptor(x.source, 'fields')?.get === 'function'
    expect(sameOriginMoved(a.source, b.source, 7)).toBe(true)
    expect(sameOriginMoved(a.source, c.source, 7)).toBe(true)
    expect(sameOriginMoved(a.source, b.source, 6)).toBe(false)
    expect(sameOriginMoved(o.source, c.source, 12)).toBe(true)
    expect([a, b, c].every(lazy)).toBe(true)
    // Worked out, the spans still follow from the origin; set by hand, they no longer do.
    expect(b.source.fields['metadata.name']).toEqual([42, 45])
    expect(sameOriginMoved(a.source, b.source, 7)).toBe(true)
    c.source.fields = { '': [0, 1] }
    expect(sameOriginMoved(a.source, c.source, 7)).toBeUndefined()
    // Unrelated objects have no common origin: their spans must be compared.
    expect(sameOriginMoved(route().source, a.source, 5)).toBeUndefined()
  })
})
