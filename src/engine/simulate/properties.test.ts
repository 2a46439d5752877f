import fc from 'fast-check'
import { RE2JS } from 're2js'
import { describe, expect, it } from 'vitest'
import { gatewayDoc, simAnalysis } from '../../../tests/helpers/sim-analysis'
import type { SimRequest } from '../../model'
import { indexFor, listenerKey } from './build-index'
import { normalizeRequest } from './normalize-request'
import { buildReferenceList, scanReference } from './reference-scan'
import { compileRegex } from './regex-cache'
import { simulate } from './simulate'
import { matchHttp } from './simulate-http'

// Small vocabularies make collisions (the interesting cases for precedence) frequent.
const HOSTS = ['a.example.com', 'b.example.com', 'x.a.example.com', 'example.org']
const ROUTE_HOSTS = ['a.example.com', '"*.example.com"', '"*.a.example.com"', 'example.org']
const PATHS = ['/', '/a', '/a/', '/a/b', '/ab', '/a/b/c', '/b']
const REGEXES = ['"/a/[a-z]+"', '"/a.*"', '"/(a|b)/c"', '"/[0-9]+"']
const HEADERS = ['x-v', 'X-Env']
const VALUES = ['1', '2', 'canary']

const pathMatch = fc.oneof(
  fc.record({ type: fc.constant('Exact'), value: fc.constantFrom(...PATHS.filter((p) => p !== '/a/')) }),
  fc.record({ type: fc.constant('PathPrefix'), value: fc.constantFrom(...PATHS) }),
  fc.record({ type: fc.constant('RegularExpression'), value: fc.constantFrom(...REGEXES) }),
)
const header = fc.record({ name: fc.constantFrom(...HEADERS), value: fc.constantFrom(...VALUES), regex: fc.boolean() })
const match = fc.record(
  {
    path: pathMatch,
    method: fc.constantFrom('GET', 'POST'),
    headers: fc.array(header, { maxLength: 2 }),
    query: fc.array(fc.record({ name: fc.constantFrom('q', 'Q'), value: fc.constantFrom(...VALUES) }), { maxLength: 1 }),
  },
  { requiredKeys: [] },
)
const routeArb = fc.record({
  hostnames: fc.subarray(ROUTE_HOSTS, { maxLength: 2 }),
  created: fc.option(fc.constantFrom('2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z'), { nil: undefined }),
  rules: fc.array(fc.array(match, { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
})

type GenRoute = typeof routeArb extends fc.Arbitrary<infer T> ? T : never

function manifest(routes: GenRoute[], listenerHost: string | null): string[] {
  const docs = [
    gatewayDoc(`{name: http, protocol: HTTP, port: 80${listenerHost ? `, hostname: "${listenerHost}"` : ''}}`),
  ]
  routes.forEach((r, i) => {
    const rules = r.rules
      .map((matches, ri) => {
        const ms = matches.map((m) => {
          const parts: string[] = []
          if (m.path) parts.push(`path: {type: ${m.path.type}, value: ${m.path.value}}`)
          if (m.method) parts.push(`method: ${m.method}`)
          if (m.headers?.length) parts.push(`headers: [${m.headers.map((h) => `{name: ${h.name}, value: "${h.regex ? `${h.value}.*` : h.value}"${h.regex ? ', type: RegularExpression' : ''}}`).join(', ')}]`)
          if (m.query?.length) parts.push(`queryParams: [${m.query.map((q) => `{name: ${q.name}, value: "${q.value}"}`).join(', ')}]`)
          return `{${parts.join(', ')}}`
        })
        return `    - matches: [${ms.join(', ')}]\n      backendRefs: [{name: r${i}-${ri}, port: 80}]`
      })
      .join('\n')
    docs.push(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: r${i}
  namespace: ns
${r.created ? `  creationTimestamp: "${r.created}"\n` : ''}spec:
  parentRefs: [{name: gw}]
${r.hostnames.length ? `  hostnames: [${r.hostnames.join(', ')}]\n` : ''}  rules:
${rules}`)
  })
  return docs
}

const requestArb = fc.record({
  host: fc.constantFrom(...HOSTS),
  path: fc.constantFrom(...PATHS, '/a/b/c/d', '/a/zz', '/b/c', '/123', '/abc'),
  method: fc.constantFrom('GET', 'POST'),
  headers: fc.dictionary(fc.constantFrom('x-v', 'X-V', 'x-env'), fc.constantFrom(...VALUES, 'canary-7'), { maxKeys: 2 }),
  query: fc.constantFrom('', '?q=1', '?Q=2', '?q=canary&q=2'),
})
const listenerHostArb = fc.constantFrom(null, '*.example.com', 'a.example.com')
const sig = (e: { route: { nsName: string }; rule: number; match: number | null } | undefined) => (e ? `${e.route.nsName}/${e.rule}/${e.match}` : null)

// Each property runs hundreds of analyses; the shared 2-core machine needs more than 5 s for that.
describe('simulator properties (fast-check)', { timeout: 120_000 }, () => {
  it('the compiled index always agrees with the naive scan of the precedence-sorted list', () => {
    let total = 0
    let matched = 0
    fc.assert(
      fc.property(fc.array(routeArb, { minLength: 1, maxLength: 5 }), listenerHostArb, fc.array(requestArb, { minLength: 1, maxLength: 8 }), fc.boolean(), (routes, lh, reqs, fallThrough) => {
        const a = simAnalysis(manifest(routes, lh).join('\n---\n'))
        const key = listenerKey({ kind: 'Gateway', namespace: 'ns', name: 'gw' }, 'http')
        const li = indexFor(a).byListener.get(key)!
        const rows = buildReferenceList(a, key)
        for (const r of reqs) {
          const req = normalizeRequest({ protocol: 'HTTP', host: r.host, path: r.path + r.query, method: r.method, headers: r.headers })
          const expected = sig(scanReference(rows, req, fallThrough))
          expect(sig(matchHttp(li, req, fallThrough))).toBe(expected)
          total++
          if (expected !== null) matched++
        }
      }),
      { numRuns: 300 },
    )
    // Not vacuous: a good share of the generated requests do reach a rule.
    expect(matched / total).toBeGreaterThan(0.2)
  })

  it('results, trace included, never depend on document order', () => {
    fc.assert(
      fc.property(fc.array(routeArb, { minLength: 1, maxLength: 5 }), listenerHostArb, requestArb, fc.integer(), (routes, lh, r, seed) => {
        const docs = manifest(routes, lh)
        const shuffled = docs.map((d, i) => ({ d, k: Math.sin(seed + i) })).sort((x, y) => x.k - y.k).map((x) => x.d)
        const req: SimRequest = { protocol: 'HTTP', host: r.host, path: r.path + r.query, method: r.method, headers: r.headers }
        expect(simulate(simAnalysis(shuffled.join('\n---\n')), req)).toEqual(simulate(simAnalysis(docs.join('\n---\n')), req))
      }),
      { numRuns: 150 },
    )
  })

  it('never fails internally, whatever the request and manifests', () => {
    const a = simAnalysis(manifest([{ hostnames: [], created: undefined, rules: [[{ path: { type: 'PathPrefix', value: '/' } }]] }], null).join('\n---\n'))
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), fc.anything(), (protocol, host, path, headers, grpc) => {
        for (const p of [protocol, 'HTTP', 'GRPC', 'TLS', 'TCP']) {
          const r = simulate(a, { protocol, host, path, headers, grpc, port: path } as unknown as SimRequest)
          expect(r.trace.some((t) => t.criterion === 'internal-error')).toBe(false)
          expect([200, 404, 500, 301, 302, 303, 307, 308]).toContain(r.status)
          void p
        }
      }),
      { numRuns: 1000 },
    )
    fc.assert(
      fc.property(fc.array(routeArb, { maxLength: 4 }), fc.string(), fc.string(), (routes, host, path) => {
        const r = simulate(simAnalysis(manifest(routes, null).join('\n---\n')), { protocol: 'HTTP', host, path })
        expect(r.trace.some((t) => t.criterion === 'internal-error')).toBe(false)
      }),
      { numRuns: 100 },
    )
  })

  it('never fails on hostile values inside the manifests either', () => {
    const a = simAnalysis(`${gatewayDoc('{name: http, protocol: HTTP, port: 80}')}---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: hostile, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  rules:
    - matches: [{headers: [{name: x, value: {toString: 0}}], path: {value: {valueOf: 1}}}]
    - filters:
        - {type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: a, value: {toString: 0}}], add: [{name: b, value: [1]}], remove: [{}]}}
      backendRefs: [{name: s, port: 80, weight: -3}]`)
    for (const path of ['/', '/x']) {
      const r = simulate(a, { protocol: 'HTTP', path, headers: { x: '1' } })
      expect(r.trace.some((t) => t.criterion === 'internal-error')).toBe(false)
    }
  })

  it('a ReDoS pattern against a 100,000-character path is answered by RE2 (linear), not a backtracking engine', () => {
    const pattern = '(a+)+$'
    const a = simAnalysis(`${manifest([], null)[0]}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: redos, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  rules:
    - matches: [{path: {type: RegularExpression, value: "${pattern}"}, headers: [{name: x, type: RegularExpression, value: "${pattern}"}]}]
      backendRefs: [{name: s, port: 80}]`)
    const evil = `/${'a'.repeat(100_000)}!`
    const r = simulate(a, { protocol: 'HTTP', path: evil, headers: { x: 'a'.repeat(100_000) } })
    expect(r.status).toBe(404)
    expect(r.trace.find((t) => t.step === 'match')?.criterion).toBe('path-regex')
    // The pattern in the cache is an RE2JS program, the only engine user patterns ever reach.
    expect(compileRegex(pattern).re).toBeInstanceOf(RE2JS)
    expect(simulate(a, { protocol: 'HTTP', path: `/${'a'.repeat(100_000)}`, headers: { x: 'a'.repeat(100_000) } }).status).toBe(404)
  })
})
