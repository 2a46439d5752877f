import { describe, expect, it } from 'vitest'
import { gatewayDoc, simAnalysis } from '../../../tests/helpers/sim-analysis'
import { simulate } from './simulate'
import { buildLocation, redirectPort, replacePrefixMatch } from './rewrite-path'

describe('ReplacePrefixMatch (SPEC-NOTES §9.4 table)', () => {
  const table: [path: string, prefix: string, replacement: string, result: string][] = [
    ['/foo/bar', '/foo', '/xyz', '/xyz/bar'],
    ['/foo/bar', '/foo', '/xyz/', '/xyz/bar'],
    ['/foo/bar', '/foo/', '/xyz', '/xyz/bar'],
    ['/foo/bar', '/foo/', '/xyz/', '/xyz/bar'],
    ['/foo', '/foo', '/xyz', '/xyz'],
    ['/foo/', '/foo', '/xyz', '/xyz/'],
    ['/foo/bar', '/foo', '', '/bar'],
    ['/foo/', '/foo', '', '/'],
    ['/foo', '/foo', '', '/'],
    ['/foo/', '/foo', '/', '/'],
    ['/foo', '/foo', '/', '/'],
    ['/prefix/one/two', '/prefix/one', '/one', '/one/two'],
    ['/strip-prefix/three', '/strip-prefix', '/', '/three'],
    ['/strip-prefix', '/strip-prefix', '/', '/'],
    ['/anything', '/', '/xyz', '/xyz/anything'],
  ]
  it.each(table)('%s with prefix %s → %s gives %s', (path, prefix, replacement, result) => {
    expect(replacePrefixMatch(path, prefix, replacement)).toBe(result)
  })
})

describe('redirect Location port (SPEC-NOTES §9.3 table)', () => {
  // [listener protocol, listener port, scheme, port, expected prefix]
  const table: [string, number, string | undefined, number | undefined, string][] = [
    ['HTTP', 80, undefined, undefined, 'http://example.org'],
    ['HTTP', 80, undefined, 80, 'http://example.org'],
    ['HTTP', 80, undefined, 8080, 'http://example.org:8080'],
    ['HTTP', 80, 'https', undefined, 'https://example.org'],
    ['HTTP', 80, 'https', 443, 'https://example.org'],
    ['HTTP', 80, 'https', 8443, 'https://example.org:8443'],
    ['HTTP', 8080, undefined, undefined, 'http://example.org:8080'],
    ['HTTP', 8080, undefined, 80, 'http://example.org'],
    ['HTTP', 8080, 'https', undefined, 'https://example.org'],
    ['HTTPS', 443, undefined, undefined, 'https://example.org'],
    ['HTTPS', 443, undefined, 8443, 'https://example.org:8443'],
    ['HTTPS', 443, 'http', undefined, 'http://example.org'],
    ['HTTPS', 443, 'http', 8080, 'http://example.org:8080'],
  ]
  it.each(table)('%s :%i, scheme %s, port %s → %s', (protocol, listenerPort, scheme, port, expected) => {
    const requestScheme = protocol === 'HTTPS' ? 'https' : 'http'
    expect(buildLocation(scheme ?? requestScheme, 'example.org', redirectPort(port, scheme, listenerPort), '/p', '')).toBe(`${expected}/p`)
  })

  it.each(table)('end to end through simulate: %s :%i, scheme %s, port %s → %s', (protocol, listenerPort, scheme, port, expected) => {
    const redirect = [`hostname: example.org`, scheme ? `scheme: ${scheme}` : '', port ? `port: ${port}` : ''].filter(Boolean).join('\n            ')
    const tls = protocol === 'HTTPS' ? ', tls: {mode: Terminate, certificateRefs: [{name: cert}]}' : ''
    const a = simAnalysis(`${gatewayDoc(`{name: l, protocol: ${protocol}, port: ${listenerPort}${tls}}`)}---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  rules:
    - filters:
        - type: RequestRedirect
          requestRedirect:
            ${redirect}
`)
    const r = simulate(a, { protocol, port: listenerPort, host: 'a.example.com', path: '/p?q=1' })
    expect(r.status).toBe(302)
    expect(r.response.headers.location).toBe(`${expected}/p?q=1`)
    expect(r.forwarded).toBeNull()
  })
})
