import { describe, expect, it } from 'vitest'
import { exportManifests, exportObject } from './export-manifests'

const TEXT = `kind: Service
metadata:
  name: s
  namespace: shop
---
# the route
kind: HTTPRoute
metadata:
  name: r
  namespace: shop
  uid: abc
---
apiVersion: v1
kind: List
items:
# listed gateway
- kind: Gateway
  metadata:
    name: edge
`

describe('exportManifests', () => {
  it('orders, strips on request and ends with a newline', () => {
    const out = exportManifests(TEXT.trimEnd(), { stripServerFields: true })
    expect(out.indexOf('kind: List')).toBeLessThan(out.indexOf('kind: HTTPRoute'))
    expect(out.indexOf('kind: HTTPRoute')).toBeLessThan(out.indexOf('kind: Service'))
    expect(out).not.toContain('uid')
    expect(out.endsWith('\n')).toBe(true)
    expect(exportManifests(TEXT, { order: false })).toBe(TEXT)
  })
})

describe('exportObject', () => {
  it('returns the document that declares an object, comments included', () => {
    expect(exportObject(TEXT, { kind: 'HTTPRoute', namespace: 'shop', name: 'r' })).toBe('# the route\nkind: HTTPRoute\nmetadata:\n  name: r\n  namespace: shop\n  uid: abc\n')
    expect(exportObject(TEXT, { kind: 'HTTPRoute', namespace: 'shop', name: 'r' }, { stripServerFields: true })).not.toContain('uid')
  })

  it('cuts an item out of a List, reading a missing namespace as default', () => {
    expect(exportObject(TEXT, { kind: 'Gateway', namespace: 'default', name: 'edge' })).toBe('# listed gateway\nkind: Gateway\nmetadata:\n  name: edge\n')
  })

  it('answers undefined for an object the text does not declare', () => {
    expect(exportObject(TEXT, { kind: 'Gateway', namespace: 'shop', name: 'edge' })).toBeUndefined()
  })
})
