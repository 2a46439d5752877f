import { describe, expect, it } from 'vitest'
import { gatewayDoc, simAnalysis } from '../../../tests/helpers/sim-analysis'
import { sampleTraffic } from './sample-traffic'

const route = (backends: string) => `${gatewayDoc('{name: http, protocol: HTTP, port: 80}')}---
apiVersion: v1
kind: Service
metadata: {name: a, namespace: ns}
spec: {ports: [{port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: b, namespace: ns}
spec: {ports: [{port: 80}]}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  rules:
    - matches: [{path: {type: PathPrefix, value: /a}}]
      backendRefs: ${backends}
    - matches: [{path: {type: PathPrefix, value: /old}}]
      filters: [{type: RequestRedirect, requestRedirect: {path: {type: ReplaceFullPath, replaceFullPath: /new}, statusCode: 301}}]
`
const req = { protocol: 'HTTP', host: 'x', path: '/a' }

describe('sampleTraffic', () => {
  it('draws backends by weight, the same way for the same seed', () => {
    const analysis = simAnalysis(route('[{name: a, port: 80, weight: 90}, {name: b, port: 80, weight: 10}]'))
    const s = sampleTraffic(analysis, req, 1000, 7)
    expect(s.buckets.map((b) => [b.label, b.configured, b.status])).toEqual([['ns/a', 0.9, 200], ['ns/b', 0.1, 200]])
    expect(s.buckets[0]!.reached + s.buckets[1]!.reached).toBe(1000)
    expect(s.buckets[0]!.reached).toBeGreaterThan(860)
    expect(s.buckets[0]!.reached).toBeLessThan(940)
    expect(sampleTraffic(analysis, req, 1000, 7)).toEqual(s)
    expect(sampleTraffic(analysis, req, 1000, 8).buckets[0]!.reached).not.toBe(s.buckets[0]!.reached)
    expect(s.statuses).toEqual({ 200: 1000 })
  })

  it('counts the share of an invalid backend as 500', () => {
    const analysis = simAnalysis(route('[{name: a, port: 80, weight: 1}, {name: missing, port: 80, weight: 1}]'))
    const s = sampleTraffic(analysis, req, 400, 1)
    expect(s.buckets[1]).toMatchObject({ label: 'ns/missing', status: 500, configured: 0.5 })
    expect(s.buckets[1]!.invalid).toMatch(/BackendNotFound/)
    expect(s.statuses[500]).toBe(s.buckets[1]!.reached)
    expect(s.statuses[200]! + s.statuses[500]!).toBe(400)
  })

  it('puts requests that reach no backend in one bucket named by their status', () => {
    const analysis = simAnalysis(route('[{name: a, port: 80}]'))
    expect(sampleTraffic(analysis, { ...req, path: '/nowhere' }, 10, 1)).toEqual({ count: 10, seed: 1, buckets: [{ label: '404', configured: 1, reached: 10, status: 404 }], statuses: { 404: 10 } })
    expect(sampleTraffic(analysis, { ...req, path: '/old' }, 5, 1).statuses).toEqual({ 301: 5 })
    expect(sampleTraffic(simAnalysis(route('[{name: a, port: 80, weight: 0}]')), req, 3, 1).statuses).toEqual({ 500: 3 })
  })
})
