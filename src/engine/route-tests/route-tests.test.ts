import { describe, expect, it } from 'vitest'
import { gatewayDoc, simAnalysis } from '../../../tests/helpers/sim-analysis'
import { readRouteTests } from './read-route-tests'
import { runRouteTests } from './run-route-tests'

const analysis = simAnalysis(`${gatewayDoc('{name: http, protocol: HTTP, port: 80}')}---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  rules: [{matches: [{path: {type: PathPrefix, value: /a}}], backendRefs: [{name: a, port: 80}]}]
`)

describe('readRouteTests', () => {
  it('reads a list, or {cases: [...]}, in YAML or JSON', () => {
    const list = readRouteTests('- {request: {protocol: HTTP, path: /a}, expect: {status: 200}}')
    expect(list).toEqual({ ok: true, cases: [{ request: { protocol: 'HTTP', path: '/a' }, expect: { status: 200 } }] })
    expect(readRouteTests('{"cases": [{"name": "n", "request": {"protocol": "HTTP"}, "expect": {}}]}')).toMatchObject({ ok: true, cases: [{ name: 'n' }] })
  })

  it.each([
    ['a: [unclosed', /^not YAML or JSON/],
    ['just text', /must hold a list of cases/],
    ['cases: 3', /must hold a list of cases/],
    ['- {request: {protocol: HTTP}}', /case 1 needs a request and an expect mapping/],
    ['- {request: {protocol: HTTP}, expect: {}}\n- {request: [1], expect: {}}', /case 2 needs/],
  ])('refuses %j with a message instead of throwing', (text, message) => {
    const read = readRouteTests(text)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.message).toMatch(message)
  })
})

describe('runRouteTests', () => {
  it('names each case, and lists what differed for the failing ones', () => {
    const read = readRouteTests(`
- name: served
  request: {protocol: HTTP, host: x, path: /a/b}
  expect: {status: 200, route: ns/web, backends: [{name: a}]}
- request: {protocol: HTTP, host: x, path: /b}
  expect: {status: 200}
`)
    if (!read.ok) throw new Error(read.message)
    const [served, unnamed] = runRouteTests(analysis, read.cases)
    expect(served).toMatchObject({ name: 'served', diffs: [] })
    expect(served!.result.route?.name).toBe('web')
    expect(unnamed).toMatchObject({ name: 'case 2', diffs: [{ field: 'status', expected: 200, actual: 404 }] })
  })
})
