import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { arbitraryManifests } from '../../../tests/helpers/arbitrary-manifests'
import { stripServerFields } from './strip-server-fields'

const KUBECTL = `# from the cluster
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"gateway.networking.k8s.io/v1"}
  creationTimestamp: "2024-05-01T10:00:00Z"
  generation: 3
  managedFields:
  - apiVersion: gateway.networking.k8s.io/v1
    manager: kubectl
  name: checkout # keep me
  namespace: shop
  resourceVersion: "1234"
  uid: 0b1c2d3e
spec:
  parentRefs:
  - name: edge
status:
  parents: []
`

const values = (text: string) => parseAllDocuments(text).map((d) => (Array.isArray(d) ? d : d.toJS()))

/** The same objects with server fields deleted the plain way, for comparison. */
function expected(text: string, creation: boolean) {
  return values(text).map((o) => {
    if (!o || typeof o !== 'object') return o
    const c = structuredClone(o)
    delete c.status
    const m = c.metadata
    if (m) {
      for (const k of ['managedFields', 'resourceVersion', 'uid', 'generation', 'selfLink']) delete m[k]
      if (creation) delete m.creationTimestamp
      if (m.annotations) {
        delete m.annotations['kubectl.kubernetes.io/last-applied-configuration']
        if (Object.keys(m.annotations).length === 0) delete m.annotations
      }
    }
    return c
  })
}

describe('stripServerFields', () => {
  it('removes status and server-set metadata, keeping comments and creationTimestamp', () => {
    const r = stripServerFields(KUBECTL)
    expect(r.text).toBe(`# from the cluster
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  creationTimestamp: "2024-05-01T10:00:00Z"
  name: checkout # keep me
  namespace: shop
spec:
  parentRefs:
  - name: edge
`)
    expect(r.objects).toBe(1)
  })

  it('removes creationTimestamp only when asked', () => {
    expect(stripServerFields(KUBECTL, { stripCreationTimestamp: true }).text).toContain('metadata:\n  name: checkout # keep me\n')
  })

  it('mends the first pair of a block map and the commas of a flow map', () => {
    expect(stripServerFields('kind: A\nmetadata:\n  uid: x\n  # c\n  name: a\n').text).toBe('kind: A\nmetadata:\n  # c\n  name: a\n')
    expect(stripServerFields('{"kind": "A", "metadata": {"uid": "x", "name": "a"}, "status": {}}\n').text).toBe('{"kind": "A", "metadata": {"name": "a"}}\n')
  })

  it("keeps a headless Service's clusterIP and removes an assigned one", () => {
    expect(stripServerFields('kind: Service\nmetadata:\n  name: a\nspec:\n  clusterIP: None\n').removed).toBe(0)
    expect(stripServerFields('kind: Service\nmetadata:\n  name: a\nspec:\n  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.1]\n  ports: []\n').text).toBe(
      'kind: Service\nmetadata:\n  name: a\nspec:\n  ports: []\n',
    )
  })

  it('cleans the items of a List and the List itself', () => {
    const list = 'apiVersion: v1\nitems:\n- kind: A\n  metadata:\n    name: a\n    uid: x\nkind: List\nmetadata:\n  resourceVersion: ""\n'
    expect(stripServerFields(list).text).toBe('apiVersion: v1\nitems:\n- kind: A\n  metadata:\n    name: a\nkind: List\n')
  })

  it('leaves a text without server fields untouched, byte for byte', () => {
    const text = 'kind: Gateway # g\nmetadata:\n    name:   a\n---\n# only a comment\n'
    expect(stripServerFields(text)).toEqual({ text, removed: 0, objects: 0 })
  })

  it('removes exactly the server fields, keeps everything else, and is idempotent', () => {
    fc.assert(
      fc.property(arbitraryManifests, fc.boolean(), (text, creation) => {
        const once = stripServerFields(text, { stripCreationTimestamp: creation }).text
        expect(values(once)).toEqual(expected(text, creation))
        expect(stripServerFields(once, { stripCreationTimestamp: creation }).text).toBe(once)
      }),
      { numRuns: 200 },
    )
  })
})
