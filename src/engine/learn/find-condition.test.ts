import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import { findCondition } from './find-condition'

const analysis = analyze({
  files: [
    {
      name: 'w.yaml',
      text: `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: t}
spec:
  gatewayClassName: example
  listeners:
    - {name: a, protocol: HTTP, port: 80, hostname: x.example.com}
    - {name: b, protocol: HTTP, port: 80, hostname: x.example.com}
    - {name: c, protocol: HTTP, port: 80, hostname: y.example.com}
---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: {name: ls, namespace: t}
spec:
  parentRef: {name: edge}
  listeners: [{name: a, protocol: HTTP, port: 80, hostname: z.example.com}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r, namespace: t}
spec:
  parentRefs: [{name: edge, sectionName: c}, {name: edge, sectionName: zz}]
  rules: [{backendRefs: [{name: s, port: 80}]}]
`,
    },
  ],
})

describe('findCondition', () => {
  it('finds a route parent’s condition by index, with its explanation', () => {
    expect(findCondition(analysis.status, { kind: 'HTTPRoute', namespace: 't', name: 'r', at: { parent: 0 }, type: 'Accepted' })?.condition).toMatchObject({ status: 'True', reason: 'Accepted' })
    const second = findCondition(analysis.status, { kind: 'HTTPRoute', namespace: 't', name: 'r', at: { parent: 1 }, type: 'Accepted' })
    expect(second?.condition).toMatchObject({ status: 'False', reason: 'NoMatchingParent' })
    expect(second?.explanation?.check).toBe('parentRef')
  })

  it('finds a listener’s condition, and an object’s own', () => {
    expect(findCondition(analysis.status, { kind: 'Gateway', namespace: 't', name: 'edge', at: { listener: 'a' }, type: 'Conflicted' })?.condition).toMatchObject({ status: 'True', reason: 'HostnameConflict' })
    expect(findCondition(analysis.status, { kind: 'Gateway', namespace: 't', name: 'edge', at: { listener: 'c' }, type: 'Conflicted' })?.condition.status).toBe('False')
    expect(findCondition(analysis.status, { kind: 'ListenerSet', namespace: 't', name: 'ls', type: 'Accepted' })?.condition).toMatchObject({ status: 'False', reason: 'NotAllowed' })
  })

  it('is undefined for an object, slot or type that is not there', () => {
    expect(findCondition(analysis.status, { kind: 'HTTPRoute', namespace: 't', name: 'nope', at: { parent: 0 }, type: 'Accepted' })).toBeUndefined()
    expect(findCondition(analysis.status, { kind: 'HTTPRoute', namespace: 't', name: 'r', at: { parent: 5 }, type: 'Accepted' })).toBeUndefined()
    expect(findCondition(analysis.status, { kind: 'Gateway', namespace: 't', name: 'edge', at: { listener: 'zz' }, type: 'Accepted' })).toBeUndefined()
    expect(findCondition(analysis.status, { kind: 'Gateway', namespace: 't', name: 'edge', type: 'Frobbed' })).toBeUndefined()
  })
})
