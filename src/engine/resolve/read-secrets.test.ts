import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'

describe('Secret facts', () => {
  it('reads Secrets inside a List and flags what is not a PEM certificate', () => {
    const text = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Secret
    metadata: {name: bad, namespace: infra}
    type: kubernetes.io/tls
    stringData: {tls.crt: hello, tls.key: hello}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: infra}
spec:
  gatewayClassName: x
  listeners:
    - {name: https, port: 443, protocol: HTTPS, tls: {certificateRefs: [{name: bad}]}}
`
    const a = analyze({ files: [{ name: 'w.yaml', text }] })
    const l = a.status.gateways[0]!.status.listeners[0]!
    expect(l.conditions.find((c) => c.type === 'ResolvedRefs')).toMatchObject({ status: 'False', reason: 'InvalidCertificateRef' })
    expect(l.conditions.find((c) => c.type === 'ResolvedRefs')!.message).toContain('not a PEM certificate')
  })
})
