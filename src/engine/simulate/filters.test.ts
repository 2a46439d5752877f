import { describe, expect, it } from 'vitest'
import { gatewayDoc, simAnalysis } from '../../../tests/helpers/sim-analysis'
import type { SimRequest } from '../../model'
import { simulate } from './simulate'

/** A Gateway plus one HTTPRoute whose single rule carries `rule` (YAML at rule indentation). */
function run(rule: string, req: Partial<SimRequest> = {}, extraDocs = '') {
  const a = simAnalysis(`${gatewayDoc('{name: http, protocol: HTTP, port: 80}')}---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  rules:
    - ${rule.trim().split('\n').join('\n      ')}
${extraDocs}`)
  return simulate(a, { protocol: 'HTTP', host: 'example.com', path: '/', ...req })
}

const BACKEND = 'backendRefs: [{name: svc, port: 8080}]'

describe('RequestHeaderModifier and ResponseHeaderModifier', () => {
  const filters = `
filters:
  - type: RequestHeaderModifier
    requestHeaderModifier:
      set: [{name: X-Header-Set, value: set-overwrites-values}]
      add: [{name: X-Header-Add, value: add-appends-values}]
      remove: [X-Header-Remove]
  - type: ResponseHeaderModifier
    responseHeaderModifier:
      set: [{name: X-Resp, value: "1"}]
      remove: [Server]
${BACKEND}`
  it('set overwrites, add appends with a comma, remove deletes; names case-insensitive', () => {
    const r = run(filters, { headers: { 'x-header-set': 'old', 'X-Header-Add': 'some-other-value', 'x-header-remove': 'gone', Keep: 'me' } })
    expect(r.forwarded?.headers).toEqual({
      'x-header-set': 'set-overwrites-values',
      'x-header-add': 'some-other-value,add-appends-values',
      keep: 'me',
    })
    expect(r.response.headers).toEqual({ 'x-resp': '1' })
    expect(r.trace.filter((t) => t.step === 'filter').map((t) => t.criterion)).toEqual(['request-headers', 'response-headers'])
  })
})

describe('URLRewrite', () => {
  it('rewrites the hostname and ReplacePrefixMatch keeps the rest of the path and the query', () => {
    const r = run(
      `
matches: [{path: {type: PathPrefix, value: /prefix/one}}]
filters:
  - type: URLRewrite
    urlRewrite:
      hostname: backend.internal
      path: {type: ReplacePrefixMatch, replacePrefixMatch: /one}
${BACKEND}`,
      { path: '/prefix/one/two?x=1', host: 'example.com:8080' },
    )
    expect(r.forwarded).toMatchObject({ host: 'backend.internal', path: '/one/two?x=1' })
  })
  it('ReplaceFullPath replaces the whole path; the host is forwarded as sent', () => {
    const r = run(`
filters:
  - type: URLRewrite
    urlRewrite: {path: {type: ReplaceFullPath, replaceFullPath: /one}}
${BACKEND}`, { path: '/full/one/two', host: 'Example.com:8080' })
    expect(r.forwarded).toMatchObject({ host: 'Example.com:8080', path: '/one' })
  })
})

describe('RequestRedirect', () => {
  it('scheme, hostname, port, path and status code build the Location header', () => {
    const r = run(
      `
matches: [{path: {type: PathPrefix, value: /original-prefix}}]
filters:
  - type: RequestRedirect
    requestRedirect:
      scheme: https
      hostname: example.org
      port: 8443
      statusCode: 301
      path: {type: ReplacePrefixMatch, replacePrefixMatch: /replacement-prefix}`,
      { path: '/original-prefix/lemon' },
    )
    expect(r.status).toBe(301)
    expect(r.response.headers.location).toBe('https://example.org:8443/replacement-prefix/lemon')
    expect(r.backends).toEqual([])
  })
  it('defaults: status 302, the request host without its port, the listener port', () => {
    const r = run(`
filters:
  - type: RequestRedirect
    requestRedirect: {path: {type: ReplaceFullPath, replaceFullPath: /full-path-replacement}}`, { path: '/full/path/original', host: 'a.example.com:1234' })
    expect(r.status).toBe(302)
    expect(r.response.headers.location).toBe('http://a.example.com/full-path-replacement')
  })
})

describe('RequestMirror', () => {
  it('percent, fraction and the default 100%; an unresolvable mirror is skipped', () => {
    const r = run(`
filters:
  - {type: RequestMirror, requestMirror: {backendRef: {name: m1, port: 80}, percent: 20}}
  - {type: RequestMirror, requestMirror: {backendRef: {name: m2, port: 80}, fraction: {numerator: 1, denominator: 4}}}
  - {type: RequestMirror, requestMirror: {backendRef: {name: m3, port: 80}}}
  - {type: RequestMirror, requestMirror: {backendRef: {name: m4, namespace: other, port: 80}}}
${BACKEND}`)
    expect(r.mirrors).toEqual([
      { namespace: 'ns', name: 'm1', port: 80, percent: 20 },
      { namespace: 'ns', name: 'm2', port: 80, percent: 25 },
      { namespace: 'ns', name: 'm3', port: 80, percent: 100 },
    ])
    expect(r.trace.find((t) => t.criterion === 'mirror-invalid')?.reason).toMatch(/RefNotPermitted/)
    expect(r.status).toBe(200)
  })
})

describe('CORS', () => {
  const cors = `
filters:
  - type: CORS
    cors:
      allowOrigins: ["https://www.foo.com", "https://*.bar.com"]
      allowMethods: [GET, OPTIONS]
      allowHeaders: [x-header-1]
      exposeHeaders: [x-header-3]
      allowCredentials: true
      maxAge: 3600
${BACKEND}`
  it('answers an allowed preflight at the gateway with the configured headers', () => {
    const r = run(cors, { method: 'OPTIONS', headers: { Origin: 'https://a.b.bar.com', 'Access-Control-Request-Method': 'GET' } })
    expect(r.status).toBe(200)
    expect(r.forwarded).toBeNull()
    expect(r.response.headers).toEqual({
      'access-control-allow-origin': 'https://a.b.bar.com',
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': 'x-header-3',
      'access-control-allow-methods': 'GET, OPTIONS',
      'access-control-allow-headers': 'x-header-1',
      'access-control-max-age': '3600',
    })
  })
  it('adds the allow-origin header to an actual request; another origin gets none', () => {
    expect(run(cors, { headers: { Origin: 'https://www.foo.com' } }).response.headers['access-control-allow-origin']).toBe('https://www.foo.com')
    const deniedPreflight = run(cors, { method: 'OPTIONS', headers: { Origin: 'https://foobar.com', 'Access-Control-Request-Method': 'GET' } })
    expect(deniedPreflight).toMatchObject({ status: 200, forwarded: null, response: { headers: {} } })
    const denied = run(cors, { headers: { Origin: 'https://foobar.com' } })
    expect(denied.response.headers).toEqual({})
    expect(denied.forwarded?.method).toBe('GET')
  })
})

describe('ExtensionRef, weights, invalid backends, timeouts', () => {
  it('ExtensionRef is shown as not simulated, and like an unresolvable filter it fails the request', () => {
    const r = run(`
filters: [{type: ExtensionRef, extensionRef: {group: example.com, kind: Auth, name: a}}]
${BACKEND}`)
    expect(r.trace.find((t) => t.step === 'filter')).toMatchObject({ outcome: 'skipped', criterion: 'not-simulated' })
    expect(r.status).toBe(500)
    expect(r.forwarded).toBeNull()
  })
  it('weights become probabilities; an invalid backend keeps its share as errors', () => {
    const r = run(`backendRefs: [{name: a, port: 80, weight: 3}, {name: b, kind: Unknown, port: 80, weight: 1}, {name: c, port: 80, weight: 0}]`)
    expect(r.backends.map((b) => [b.name, b.probability, b.invalid !== undefined])).toEqual([
      ['a', 0.75, false],
      ['b', 0.25, true],
      ['c', 0, false],
    ])
    expect(r.status).toBe(200)
    expect(r.errorProbability).toBe(0.25)
    expect(run(`backendRefs: [{name: b, kind: Unknown, port: 80}]`).status).toBe(500)
    expect(run(`backendRefs: [{name: a, port: 80, weight: 0}]`).status).toBe(500)
    expect(run(`matches: [{path: {value: /}}]`).status).toBe(500)
  })
  it('following a chosen backend applies its own filters', () => {
    const rule = `backendRefs:
  - {name: a, port: 80, filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: backend, value: a}]}}]}
  - {name: b, port: 80, filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: backend, value: b}]}}]}`
    expect(run(rule).forwarded?.headers.backend).toBe('a')
    expect(run(rule, { backend: 'b' }).forwarded?.headers.backend).toBe('b')
  })
  it('a cross-namespace backend needs a ReferenceGrant; declared Services must exist', () => {
    const rule = `backendRefs: [{name: s, namespace: other, port: 80}]`
    expect(run(rule).backends[0]?.invalid).toMatch(/^RefNotPermitted/)
    const grant = `---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: g, namespace: other}
spec:
  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: ns}]
  to: [{group: "", kind: Service}]`
    expect(run(rule, {}, grant).status).toBe(200)
    const svc = `---
apiVersion: v1
kind: Service
metadata: {name: present, namespace: ns}
spec: {ports: [{port: 80}]}`
    expect(run(`backendRefs: [{name: missing, port: 80}]`, {}, svc).backends[0]?.invalid).toMatch(/^BackendNotFound/)
    expect(run(`backendRefs: [{name: present, port: 80}]`, {}, svc).status).toBe(200)
  })
  it('timeouts and retry are reported', () => {
    const r = run(`
timeouts: {request: 10s, backendRequest: 2s}
retry: {attempts: 2, codes: [503]}
${BACKEND}`)
    expect(r.policies).toEqual({ timeouts: { request: '10s', backendRequest: '2s' }, retry: { attempts: 2, codes: [503] } })
  })
})
