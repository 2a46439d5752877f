import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryManifests } from '../../../tests/helpers/arbitrary-manifests'
import { readDocumentIdentity } from '../manifest-text/read-identity'
import { chunkDocuments, chunkText, documentContent } from '../manifest-text/yaml-chunks'
import { kindRank, orderDocuments } from './order-documents'

const contents = (text: string) => chunkDocuments(text).map(documentContent).sort()
const kinds = (text: string) => chunkDocuments(text).flatMap((c) => readDocumentIdentity(chunkText(c)).objects.map((o) => o.kind ?? '?'))

describe('orderDocuments', () => {
  it('puts Namespaces, Gateways, routes, ReferenceGrants and Services in that order, comments with their documents', () => {
    const text = [
      '# workspace heading\n',
      '---\n# the service\napiVersion: v1\nkind: Service\nmetadata:\n  name: s # trailing\n',
      '---\napiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata:\n  name: g\n',
      '---\n# routes below\n',
      '---\nkind: HTTPRoute\nmetadata:\n  name: r\n',
      '---\nkind: Gateway\nmetadata:\n  name: gw\n',
      '---\nkind: Namespace\nmetadata:\n  name: shop\n',
    ].join('')
    expect(orderDocuments(text)).toBe(
      [
        '# workspace heading\n',
        '---\nkind: Namespace\nmetadata:\n  name: shop\n',
        '---\nkind: Gateway\nmetadata:\n  name: gw\n',
        '---\n# routes below\n',
        '---\nkind: HTTPRoute\nmetadata:\n  name: r\n',
        '---\napiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata:\n  name: g\n',
        '---\n# the service\napiVersion: v1\nkind: Service\nmetadata:\n  name: s # trailing\n',
      ].join(''),
    )
  })

  it('gives a first document without a marker one when it moves, and never runs documents together', () => {
    expect(orderDocuments('kind: Service\nmetadata: {name: a}\n---\nkind: Gateway\nmetadata: {name: b}')).toBe(
      '---\nkind: Gateway\nmetadata: {name: b}\n---\nkind: Service\nmetadata: {name: a}\n',
    )
  })

  it('returns the text itself when it is already in order', () => {
    const text = 'kind: Gateway\n---\nkind: HTTPRoute\n---\nkind: Service'
    expect(orderDocuments(text)).toBe(text)
  })

  it('places a List where its earliest item goes', () => {
    const text = 'kind: Service\n---\napiVersion: v1\nkind: List\nitems:\n- kind: Service\n- kind: Gateway\n'
    expect(orderDocuments(text).startsWith('---\napiVersion: v1\nkind: List')).toBe(true)
  })

  it('keeps every document byte for byte, orders by rank, keeps the written order within a rank, and is idempotent', () => {
    fc.assert(
      fc.property(arbitraryManifests, (text) => {
        const out = orderDocuments(text)
        expect(contents(out)).toEqual(contents(text))
        const ranks = kinds(out).map(kindRank)
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
        const sameRank = (t: string, r: number) => kinds(t).filter((k) => kindRank(k) === r)
        for (const r of new Set(ranks)) expect(sameRank(out, r)).toEqual(sameRank(text, r))
        expect(orderDocuments(out)).toBe(out)
      }),
      { numRuns: 200 },
    )
  })
})
