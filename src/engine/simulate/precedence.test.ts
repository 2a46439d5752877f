import { describe, expect, it } from 'vitest'
import { gatewayDoc, simAnalysis } from '../../../tests/helpers/sim-analysis'
import type { SimRequest } from '../../model'
import { simulate } from './simulate'

const GATEWAY = gatewayDoc('{name: http, protocol: HTTP, port: 80, allowedRoutes: {namespaces: {from: All}}}')

/** An HTTPRoute document; `rules` is YAML indented for `spec.rules`. */
function route(name: string, rules: string, extra: { namespace?: string; hostnames?: string[]; created?: string } = {}): string {
  return `---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: ${name}
  namespace: ${extra.namespace ?? 'ns'}
${extra.created ? `  creationTimestamp: "${extra.created}"\n` : ''}spec:
  parentRefs: [{name: gw, namespace: ns}]
${extra.hostnames ? `  hostnames: [${extra.hostnames.join(', ')}]\n` : ''}  rules:
${rules}`
}

const backend = (svc: string) => `      backendRefs: [{name: ${svc}, port: 80}]\n`

function winner(yaml: string, req: Partial<SimRequest>) {
  const r = simulate(simAnalysis(GATEWAY + yaml), { protocol: 'HTTP', host: 'example.com', path: '/', ...req })
  return { r, name: r.route ? `${r.route.name}/${r.rule}/${r.match}` : null, backend: r.backends[0]?.name, loser: r.trace.find((t) => t.step === 'match' && t.outcome === 'rejected') }
}

describe('HTTPRoute precedence, one test per step (SPEC-NOTES §8.4)', () => {
  it('hostname: a precise hostname beats a wildcard, which beats none', () => {
    const yaml =
      route('any', `    - matches: [{path: {type: Exact, value: /x}}]\n${backend('any')}`) +
      route('wild', `    - matches: [{path: {type: PathPrefix, value: /}}]\n${backend('wild')}`, { hostnames: ['"*.example.com"'] }) +
      route('exact', `    - matches: [{path: {type: PathPrefix, value: /}}]\n${backend('exact')}`, { hostnames: ['a.example.com'] })
    expect(winner(yaml, { host: 'a.example.com', path: '/x' }).backend).toBe('exact')
    expect(winner(yaml, { host: 'b.example.com', path: '/x' }).backend).toBe('wild')
    expect(winner(yaml, { host: 'other.org', path: '/x' }).backend).toBe('any')
  })

  it('hostname: Envoy-style, no fall-through to a less specific hostname (and the option turns it on)', () => {
    const yaml =
      route('any', `    - matches: [{path: {type: Exact, value: /other}}]\n${backend('any')}`) +
      route('exact', `    - matches: [{path: {type: Exact, value: /x}}]\n${backend('exact')}`, { hostnames: ['a.example.com'] })
    const { r } = winner(yaml, { host: 'a.example.com', path: '/other' })
    expect(r.status).toBe(404)
    expect(r.trace.some((t) => t.step === 'hostname' && t.criterion === 'implementation-choice')).toBe(true)
    const a = simAnalysis(GATEWAY + yaml)
    expect(simulate(a, { protocol: 'HTTP', host: 'a.example.com', path: '/other' }, { hostnameFallThrough: true }).backends[0]?.name).toBe('any')
  })

  it('Exact beats PathPrefix', () => {
    const yaml = route('r', `    - matches: [{path: {type: PathPrefix, value: /a/b}}]\n${backend('prefix')}    - matches: [{path: {type: Exact, value: /a/b}}]\n${backend('exact')}`)
    const w = winner(yaml, { path: '/a/b' })
    expect(w.backend).toBe('exact')
    expect(w.loser?.criterion).toBe('precedence-path-type')
  })

  it('the longest PathPrefix wins', () => {
    const yaml = route('r', `    - matches: [{path: {type: PathPrefix, value: /a}}]\n${backend('short')}    - matches: [{path: {type: PathPrefix, value: /a/b}}]\n${backend('long')}`)
    const w = winner(yaml, { path: '/a/b/c' })
    expect(w.backend).toBe('long')
    expect(w.loser?.criterion).toBe('precedence-path-length')
  })

  it('a method match beats none', () => {
    const yaml = route('r', `    - matches: [{path: {value: /a}}]\n${backend('plain')}    - matches: [{path: {value: /a}, method: GET}]\n${backend('get')}`)
    expect(winner(yaml, { path: '/a' }).loser?.criterion).toBe('precedence-method')
    expect(winner(yaml, { path: '/a' }).backend).toBe('get')
    expect(winner(yaml, { path: '/a', method: 'POST' }).backend).toBe('plain')
  })

  it('more header matchers win', () => {
    const yaml = route(
      'r',
      `    - matches: [{headers: [{name: a, value: "1"}]}]\n${backend('one')}    - matches: [{headers: [{name: a, value: "1"}, {name: b, value: "2"}]}]\n${backend('two')}`,
    )
    const w = winner(yaml, { headers: { a: '1', b: '2' } })
    expect(w.backend).toBe('two')
    expect(w.loser?.criterion).toBe('precedence-headers')
  })

  it('more query parameter matchers win', () => {
    const yaml = route('r', `    - matches: [{path: {value: /}}]\n${backend('none')}    - matches: [{queryParams: [{name: q, value: "1"}]}]\n${backend('query')}`)
    const w = winner(yaml, { path: '/?q=1' })
    expect(w.backend).toBe('query')
    expect(w.loser?.criterion).toBe('precedence-query')
  })

  it('then the oldest route (creationTimestamp)', () => {
    const rule = (svc: string) => `    - matches: [{path: {value: /}}]\n${backend(svc)}`
    const yaml = route('a-new', rule('new'), { created: '2024-05-01T00:00:00Z' }) + route('z-old', rule('old'), { created: '2020-01-01T00:00:00Z' })
    const w = winner(yaml, {})
    expect(w.backend).toBe('old')
    expect(w.loser?.criterion).toBe('precedence-age')
  })

  it('then namespace/name', () => {
    const rule = (svc: string) => `    - matches: [{path: {value: /}}]\n${backend(svc)}`
    const yaml = route('b', rule('b')) + route('a', rule('a-other-ns'), { namespace: 'zz' }) + route('a', rule('a'))
    const w = winner(yaml, {})
    expect(w.backend).toBe('a')
    expect(w.loser?.criterion).toBe('precedence-name')
  })

  it('then rule order, then match order', () => {
    const yaml = route('r', `    - matches: [{path: {value: /}}, {path: {value: /}}]\n${backend('first')}    - matches: [{path: {value: /}}]\n${backend('second')}`)
    const w = winner(yaml, {})
    expect(w.name).toBe('r/0/0')
    const criteria = w.r.trace.filter((t) => t.step === 'match' && t.outcome === 'rejected').map((t) => t.criterion)
    expect(criteria).toEqual(['precedence-match-order', 'precedence-rule-order'])
  })

  it('RegularExpression sits between Exact and PathPrefix (Envoy Gateway order)', () => {
    const yaml = route(
      'r',
      `    - matches: [{path: {type: PathPrefix, value: /a/b/c/d}}]\n${backend('prefix')}    - matches: [{path: {type: RegularExpression, value: "/a/.*"}}]\n${backend('regex')}`,
    )
    expect(winner(yaml, { path: '/a/b/c/d' }).backend).toBe('regex')
  })
})

describe('matching details (SPEC-NOTES §8.2, §8.3)', () => {
  const yaml = route(
    'r',
    `    - matches: [{path: {type: PathPrefix, value: /abc/}}]\n${backend('prefix')}` +
      `    - matches: [{path: {type: Exact, value: /hdr}, headers: [{name: X-Version, value: "Two"}]}]\n${backend('header')}` +
      `    - matches: [{path: {type: Exact, value: /q}, queryParams: [{name: animal, value: whale}]}]\n${backend('query')}` +
      `    - matches: [{path: {type: RegularExpression, value: "/v[0-9]+/items"}}]\n${backend('regex')}`,
  )
  it('PathPrefix matches whole path elements only', () => {
    expect(winner(yaml, { path: '/abc' }).backend).toBe('prefix')
    expect(winner(yaml, { path: '/abc/' }).backend).toBe('prefix')
    expect(winner(yaml, { path: '/abc/def' }).backend).toBe('prefix')
    expect(winner(yaml, { path: '/abcd' }).r.status).toBe(404)
  })
  it('header names are case-insensitive, values case-sensitive', () => {
    expect(winner(yaml, { path: '/hdr', headers: { 'x-VERSION': 'Two' } }).backend).toBe('header')
    const miss = winner(yaml, { path: '/hdr', headers: { 'x-version': 'two' } })
    expect(miss.r.status).toBe(404)
    expect(miss.r.trace.find((t) => t.rule === 1)?.criterion).toBe('header-value')
  })
  it('query parameters are case-sensitive in name and value; the path ignores the query', () => {
    expect(winner(yaml, { path: '/q?animal=whale' }).backend).toBe('query')
    expect(winner(yaml, { path: '/q?ANIMAL=whale' }).r.status).toBe(404)
    expect(winner(yaml, { path: '/q?animal=Whale' }).r.status).toBe(404)
  })
  it('regular expressions run on RE2 with full-match semantics', () => {
    expect(winner(yaml, { path: '/v2/items' }).backend).toBe('regex')
    expect(winner(yaml, { path: '/v2/items/x' }).r.status).toBe(404)
  })
  it('a rule without matches gets the default PathPrefix / match', () => {
    const y = route('r', `    - backendRefs: [{name: all, port: 80}]\n`)
    expect(winner(y, { path: '/any/thing' }).name).toBe('r/0/0')
  })
})

describe('listener selection (SPEC-NOTES §5.6)', () => {
  const gw = gatewayDoc(
    '{name: empty, protocol: HTTP, port: 80}',
    '{name: wild, protocol: HTTP, port: 80, hostname: "*.example.com"}',
    '{name: wildfoo, protocol: HTTP, port: 80, hostname: "*.foo.example.com"}',
    '{name: abc, protocol: HTTP, port: 80, hostname: abc.foo.example.com}',
  )
  const routes = ['empty', 'wild', 'wildfoo', 'abc']
    .map((l) => `---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: ${l}, namespace: ns}
spec:
  parentRefs: [{name: gw, sectionName: ${l}}]
  rules:
    - matches: [{path: {value: /${l}}}]
      backendRefs: [{name: ${l}, port: 80}]
`)
    .join('')
  const a = simAnalysis(gw + routes)
  it.each([
    ['abc.foo.example.com', 'abc'],
    ['bar.foo.example.com', 'wildfoo'],
    ['bar.example.com', 'wild'],
    ['bar.com', 'empty'],
  ])('%s reaches only listener %s; everything else is 404 (isolation)', (host, listener) => {
    for (const l of ['empty', 'wild', 'wildfoo', 'abc']) {
      const r = simulate(a, { protocol: 'HTTP', host, path: `/${l}` })
      expect(r.listener).toBe(listener)
      expect(r.status).toBe(l === listener ? 200 : 404)
    }
    const r = simulate(a, { protocol: 'HTTP', host, path: '/none' })
    // Less specific listeners that also match the host are named as losing to isolation.
    expect(r.trace.filter((t) => t.criterion === 'listener-isolation').length > 0).toBe(listener !== 'empty')
  })
  it('a port with no listener, an unknown protocol and an unknown gateway all answer 404 with a reason', () => {
    expect(simulate(a, { protocol: 'HTTP', port: 8080, path: '/' }).status).toBe(404)
    expect(simulate(a, { protocol: 'SMTP', path: '/' }).trace[0]?.criterion).toBe('protocol-unknown')
    expect(simulate(a, { protocol: 'HTTP', gateway: 'ns/nope', path: '/' }).trace[0]?.criterion).toBe('gateway-unknown')
  })
})
