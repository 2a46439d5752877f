import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments, stringify } from 'yaml'
import type { Progress } from '../../model'
import { exportManifests } from '../export/export-manifests'
import { arbitraryManifests, arbitraryObject } from '../../../tests/helpers/arbitrary-manifests'
import { prepareImport } from './prepare-import'

const KUBECTL_LIST = `apiVersion: v1
items:
# the edge gateway
- apiVersion: gateway.networking.k8s.io/v1
  kind: Gateway
  metadata:
    name: edge
    namespace: infra
    uid: 1
  spec:
    gatewayClassName: eg # envoy
    listeners:
    - name: http
      port: 80
      protocol: HTTP
  status: {}
- apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: r
  spec:
    rules:
    - filters:
      - type: RequestHeaderModifier
        requestHeaderModifier:
          set:
          - name: x-note
            value: |
              line one
                indented
kind: List
metadata:
  resourceVersion: ""
`

describe('prepareImport', () => {
  it('unwraps a kubectl List into one document per item, keeping comments and block scalars', () => {
    const r = prepareImport([{ name: 'get.yaml', text: KUBECTL_LIST }])
    expect(r.files[0]).toMatchObject({ ok: true, objects: 2, listsUnwrapped: 1, withServerFields: 1, kinds: { Gateway: 1, HTTPRoute: 1 } })
    expect(r.text).toBe(`# the edge gateway
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
  namespace: infra
  uid: 1
spec:
  gatewayClassName: eg # envoy
  listeners:
  - name: http
    port: 80
    protocol: HTTP
status: {}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: r
spec:
  rules:
  - filters:
    - type: RequestHeaderModifier
      requestHeaderModifier:
        set:
        - name: x-note
          value: |
            line one
              indented
`)
  })

  it('unwraps Lists into the same objects as the List held', () => {
    fc.assert(
      fc.property(fc.array(arbitraryObject, { minLength: 1, maxLength: 6 }), fc.boolean(), (items, flow) => {
        const list = stringify({ apiVersion: 'v1', kind: 'List', items }, flow ? { collectionStyle: 'flow' } : {})
        const r = prepareImport([{ name: 'l.yaml', text: list }])
        expect(r.files[0]?.ok).toBe(true)
        expect(parseAllDocuments(r.text).map((d) => (Array.isArray(d) ? d : d.toJS()))).toEqual(items)
      }),
      { numRuns: 100 },
    )
  })

  it('converts JSON (kubectl -o json) to YAML documents', () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's', uid: 'u' } }] }, null, 2)
    const r = prepareImport([{ name: 'get.json', text: json }])
    expect(r.files[0]).toMatchObject({ ok: true, convertedFromJson: true, listsUnwrapped: 1, withServerFields: 1 })
    expect(r.text).toBe('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  uid: u\n')
  })

  it('refuses files that are not Kubernetes YAML, saying where, and uses nothing of them', () => {
    const r = prepareImport([
      { name: 'notes.txt', text: 'just some words\n' },
      { name: 'compose.yaml', text: 'services:\n  web:\n    image: nginx\n' },
      { name: 'broken.yaml', text: 'kind: Service\nmetadata:\n  name: [x\n' },
      { name: 'half.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\nfoo: bar\n' },
      { name: 'empty.yaml', text: '# nothing\n' },
      { name: 'ok.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ok\n' },
    ])
    expect(r.files.map((f) => [f.name, f.ok])).toEqual([
      ['notes.txt', false],
      ['compose.yaml', false],
      ['broken.yaml', false],
      ['half.yaml', false],
      ['empty.yaml', false],
      ['ok.yaml', true],
    ])
    expect(r.files[1]?.message).toBe('compose.yaml is not Kubernetes YAML: document 1 has no apiVersion or kind')
    expect(r.files[2]?.message).toMatch(/^broken\.yaml:\d+:\d+: not valid YAML: Flow sequence/)
    expect(r.files[3]?.message).toBe('half.yaml is not Kubernetes YAML: document 2 has no apiVersion or kind')
    expect(r.text).toBe('apiVersion: v1\nkind: Service\nmetadata:\n  name: ok\n')
  })

  it('reports progress that only grows and ends at the total', () => {
    const big = Array.from({ length: 400 }, (_, i) => `- apiVersion: v1\n  kind: Service\n  metadata:\n    name: s${i}\n`).join('')
    const text = `apiVersion: v1\nkind: List\nitems:\n${big}`
    const seen: Progress[] = []
    prepareImport([{ name: 'a.yaml', text }, { name: 'b.yaml', text }], (p) => seen.push(p))
    const done = seen.map((p) => p.done)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(seen.at(-1)).toMatchObject({ done: text.length * 2, total: text.length * 2 })
    expect(seen.length).toBeGreaterThan(3)
  })

  it('round-trips an export to identical text', () => {
    fc.assert(
      fc.property(arbitraryManifests, fc.boolean(), (text, strip) => {
        const exported = exportManifests(text, { stripServerFields: strip })
        const r = prepareImport([{ name: 'export.yaml', text: exported }])
        if (r.files[0]?.ok) expect(r.text).toBe(exported)
        else expect(r.files[0]?.message).toContain('no Kubernetes objects')
      }),
      { numRuns: 150 },
    )
  })
})
