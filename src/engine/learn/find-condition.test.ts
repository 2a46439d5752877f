import { describe, expect, it } from 'vitest'
import { gatewayDoc, simAnalysis } from '../../../tests/helpers/sim-analysis'
import { findCondition } from './find-condition'

const analysis = simAnalysis(`${gatewayDoc(
  '{name: a, protocol: HTTP, port: 80, hostname: x.example.com}',
  '{name: b, protocol: HTTP, port: 80, hostname: x.example.com}',
  '{name: c, protocol: HTTP, port: 80, hostname: y.example.com}',
)}---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: {name: ls, namespace: ns}
spec:
  parentRef: {name: gw}
  listeners: [{name: a, protocol: HTTP, port: 80, hostname: z.example.com}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r, namespace: ns}
spec:
  parentRefs: [{name: gw, sectionName: c}, {name: gw, sectionName: zz}]
  rules: [{backendRefs: [{name: s, port: 80}]}]
`)

describe('findCondition', () => {
  it('finds a route parent’s condition by index, with its explanation', () => {
    expect(findCondition(analysis.status, { kind: 'HTTPRoute', namespace: 'ns', name: 'r', at: { parent: 0 }, type: 'Accepted' })?.condition).toMatchObject({ status: 'True', reason: 'Accepted' })
    const second = findCondition(analysis.status, { kind: 'HTTPRoute', namespace: 'ns', name: 'r', at: { parent: 1 }, type: 'Accepted' })
    expect(second?.condition).toMatchObject({ status: 'False', reason: 'NoMatchingParent' })
    expect(second?.explanation?.check).toBe('parentRef')
  })

  it('finds a listener’s condition, and an object’s own', () => {
    expect(findCondition(analysis.status, { kind: 'Gateway', namespace: 'ns', name: 'gw', at: { listener: 'a' }, type: 'Conflicted' })?.condition).toMatchObject({ status: 'True', reason: 'HostnameConflict' })
    expect(findCondition(analysis.status, { kind: 'Gateway', namespace: 'ns', name: 'gw', at: { listener: 'c' }, type: 'Conflicted' })?.condition.status).toBe('False')
    expect(findCondition(analysis.status, { kind: 'ListenerSet', namespace: 'ns', name: 'ls', type: 'Accepted' })?.condition).toMatchObject({ status: 'False', reason: 'NotAllowed' })
  })

  it('is undefined for an object, slot or type that is not there', () => {
    expect(findCondition(analysis.status, { kind: 'HTTPRoute', namespace: 'ns', name: 'nope', at: { parent: 0 }, type: 'Accepted' })).toBeUndefined()
    expect(findCondition(analysis.status, { kind: 'HTTPRoute', namespace: 'ns', name: 'r', at: { parent: 5 }, type: 'Accepted' })).toBeUndefined()
    expect(findCondition(analysis.status, { kind: 'Gateway', namespace: 'ns', name: 'gw', at: { listener: 'zz' }, type: 'Accepted' })).toBeUndefined()
    expect(findCondition(analysis.status, { kind: 'Gateway', namespace: 'ns', name: 'gw', type: 'Frobbed' })).toBeUndefined()
  })
})
