import { describe, expect, it } from 'vitest'
import { gatewayDoc, simAnalysis } from '../../../tests/helpers/sim-analysis'
import { simulate } from './simulate'

const GATEWAY = gatewayDoc(
  '{name: http, protocol: HTTP, port: 80}',
  '{name: tls, protocol: TLS, port: 443, hostname: "*.example.com", tls: {mode: Passthrough}}',
  '{name: tcp, protocol: TCP, port: 9000}',
  '{name: udp, protocol: UDP, port: 5300}',
)

describe('GRPCRoute', () => {
  const a = simAnalysis(`${GATEWAY}---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: {name: g, namespace: ns}
spec:
  parentRefs: [{name: gw, sectionName: http}]
  rules:
    - matches: [{method: {service: pkg.Echo, method: Echo}}]
      backendRefs: [{name: exact, port: 50051}]
    - matches: [{method: {service: pkg.Echo}}]
      backendRefs: [{name: service-only, port: 50051}]
    - matches: [{method: {method: Echo}, headers: [{name: Version, value: two}]}]
      backendRefs: [{name: method-header, port: 50051}]
    - matches: [{method: {type: RegularExpression, service: "pkg\\\\..*", method: "Ping.*"}}]
      backendRefs: [{name: regex, port: 50051}]
    - matches: [{method: {service: pkg.Empty, method: Call}}]
`)
  const call = (service: string, method: string, headers: Record<string, string> = {}) => simulate(a, { protocol: 'GRPC', grpc: { service, method }, headers })

  it('matches service and method exactly; more characters in the service win', () => {
    expect(call('pkg.Echo', 'Echo').backends[0]?.name).toBe('exact')
    expect(call('pkg.Echo', 'Other').backends[0]?.name).toBe('service-only')
    const lost = call('pkg.Echo', 'Echo').trace.find((t) => t.rule === 1)
    expect(lost?.criterion).toBe('precedence-grpc-method')
  })
  it('service precedence beats header count; headers match case-insensitively', () => {
    expect(call('pkg.Echo', 'Echo', { version: 'two' }).backends[0]?.name).toBe('exact')
    expect(call('other.Svc', 'Echo', { VERSION: 'two' }).backends[0]?.name).toBe('method-header')
  })
  it('regular expressions through RE2; unmatched calls get UNIMPLEMENTED', () => {
    expect(call('pkg.Zed', 'PingAll').backends[0]?.name).toBe('regex')
    const miss = call('other.Svc', 'Nope')
    expect(miss.status).toBe(404)
    expect(miss.grpcStatus).toBe('UNIMPLEMENTED')
    expect(call('pkg.Echo', 'Echo').grpcStatus).toBe('OK')
  })
  it('a rule without backendRefs answers UNIMPLEMENTED', () => {
    expect(call('pkg.Empty', 'Call')).toMatchObject({ status: 500, grpcStatus: 'UNIMPLEMENTED' })
  })
})

describe('TLSRoute by SNI, TCPRoute and UDPRoute by listener', () => {
  const a = simAnalysis(`${GATEWAY}---
apiVersion: gateway.networking.k8s.io/v1
kind: TLSRoute
metadata: {name: t-wild, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  hostnames: ["*.example.com"]
  rules: [{backendRefs: [{name: wild, port: 443}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: TLSRoute
metadata: {name: t-exact, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  hostnames: [a.example.com]
  rules: [{backendRefs: [{name: exact, port: 443}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: TCPRoute
metadata: {name: young, namespace: ns, creationTimestamp: "2025-01-01T00:00:00Z"}
spec:
  parentRefs: [{name: gw}]
  rules: [{backendRefs: [{name: young, port: 9000}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: TCPRoute
metadata: {name: old, namespace: ns, creationTimestamp: "2020-01-01T00:00:00Z"}
spec:
  parentRefs: [{name: gw}]
  rules: [{backendRefs: [{name: v1, port: 9000, weight: 70}, {name: v2, port: 9000, weight: 30}, {name: v3, port: 9000, weight: 0}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: UDPRoute
metadata: {name: dns, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  rules: [{backendRefs: [{name: coredns, port: 53}]}]
`)
  it('TLS: the most specific SNI hostname wins; an SNI nobody serves is rejected', () => {
    expect(simulate(a, { protocol: 'TLS', host: 'a.example.com' }).backends[0]?.name).toBe('exact')
    expect(simulate(a, { protocol: 'TLS', host: 'b.example.com' }).backends[0]?.name).toBe('wild')
    expect(simulate(a, { protocol: 'TLS', host: 'other.org' }).status).toBe(404)
  })
  it('TCP: only the oldest route carries traffic, with weights as probabilities', () => {
    const r = simulate(a, { protocol: 'TCP', port: 9000 })
    expect(r.route?.name).toBe('old')
    expect(r.backends.map((b) => b.probability)).toEqual([0.7, 0.3, 0])
    expect(r.trace.find((t) => t.route?.name === 'young')?.criterion).toBe('precedence-age')
  })
  it('UDP: the route on the listener', () => {
    expect(simulate(a, { protocol: 'UDP', port: 5300 })).toMatchObject({ status: 200, listener: 'udp', route: { name: 'dns' } })
  })
})
