/**
 * The hints stage never throws on user input: every status fixture, and manifests whose fields
 * hold values of the wrong type everywhere hints look, analyse without an internal error.
 */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine'
import { loadFixtures } from '../status/fixtures'

const codes = (text: string) => analyze({ files: [{ name: 'h.yaml', text }] }).problems.map((p) => p.code)
const internal = (text: string) => codes(text).filter((c) => c === 'hint-internal-error')

const HOSTILE = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: infra}
spec:
  gatewayClassName: c
  listeners:
    - {name: http, protocol: HTTP, port: 80, hostname: [1], allowedRoutes: {namespaces: {from: All}}}
    - {name: https, protocol: HTTPS, port: 443, allowedRoutes: {namespaces: [1]}, tls: {certificateRefs: [{name: {}}]}}
    - 7
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r, namespace: apps}
spec:
  parentRefs: [{name: gw, namespace: infra, sectionName: [x]}, 3]
  hostnames: [{a: 1}, "*.example.com"]
  rules:
    - matches: [{path: {type: RegularExpression, value: {valueOf: 1}}, headers: [{name: x, type: RegularExpression, value: {toString: 0}}, {name: {toString: 0}, value: a}], queryParams: 5}]
      filters: [{type: RequestRedirect, requestRedirect: 5}, 7]
      backendRefs: [{name: s, port: 80, weight: {}}, {name: t, weight: -1}, 5]
      timeouts: [1]
    - matches: 5
      backendRefs: {name: x}
    - 9
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: {name: g, namespace: apps}
spec:
  parentRefs: [{name: gw, namespace: infra}]
  rules:
    - matches: [{method: {type: RegularExpression, service: 5, method: {}}}, {method: 3}]
      backendRefs: [{name: s, namespace: other, port: 80, weight: 0}]
---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: g, namespace: apps}
spec:
  from: [{group: gateway.networking.k8s.io, kind: GRPCRoute, namespace: apps}, 4]
  to: [{kind: Service, name: {}}, {group: "", kind: Service}, "x"]
---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: h, namespace: other}
spec: {from: 5, to: {a: 1}}
---
apiVersion: v1
kind: Service
metadata: {name: s, namespace: apps}
spec: {type: {}, externalName: 5, ports: [{port: 80}]}
`

describe('hints stage robustness', () => {
  it('runs on values of the wrong type without an internal error', () => {
    expect(internal(HOSTILE)).toEqual([])
    // Not vacuous: the finders got far enough into these objects to report.
    expect(codes(HOSTILE)).toEqual(expect.arrayContaining(['hint-weights-zero', 'hint-match-shadowed', 'hint-shared-listener-from-all', 'hint-grant-wrong-namespace']))
  })

  it('runs on every status fixture without an internal error', () => {
    for (const f of loadFixtures()) expect(internal(f.text), f.name).toEqual([])
  })
})
