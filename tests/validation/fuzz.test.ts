import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateRoutes } from '../../bench/gen-routes'
import { analyze, AnalysisCache } from '../../src/engine'
import { starterExample } from '../../src/examples'
import { expectPositionsInside } from './positions'

const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: infra}
spec:
  gatewayClassName: gc
  addresses: [{type: IPAddress, value: 10.0.0.1}]
  listeners:
  - {name: https, port: 443, protocol: HTTPS, hostname: "*.example.com", tls: {certificateRefs: [{name: c}]}}
  - name: tls
    port: 8443
    protocol: TLS
    tls: {mode: Passthrough}
    allowedRoutes: {kinds: [{kind: TLSRoute}], namespaces: {from: All}}
`
const LIST = `apiVersion: v1
kind: List
items:
- apiVersion: gateway.networking.k8s.io/v1
  kind: GRPCRoute
  metadata: {name: g}
  spec: {rules: [{matches: [{method: {service: echo.Echo}}], backendRefs: [{name: s, port: 9000}]}]}
- apiVersion: v1
  kind: Service
  metadata: {name: s, resourceVersion: "12"}
  spec: {ports: [{port: 9000, targetPort: grpc}]}
  status: {loadBalancer: {}}
`
const SEEDS = [starterExample.files[0]!.text, generateRoutes(2, 3), GATEWAY, LIST, JSON.stringify({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'j' }, spec: { rules: [{ filters: [{ type: 'RequestMirror', requestMirror: { backendRef: { name: 'm', port: 1 }, fraction: { numerator: 1 } } }] }] } })]
const TOKENS = [':', ': ', '- ', '  ', '\n', '\r\n', '---\n', '...\n', '[', ']', '{', '}', ',', '"', "'", '&a ', '*a', '<<: *a', '!!binary ', '!tag ', '#', '\t', '|\n', '>-\n', '0', '-1', '1.5', '0x1F', '1e400', '99999999999999999999', 'null', '~', 'true', 'yes', '\u0000', '\u0085', '\uFFFF', '\uD800', '💥', 'namespace: x', 'port: 80', 'type: Exact', 'value: /%2e', '*.', 'ř', 'kind: List\n', 'apiVersion: gateway.networking.k8s.io/v1alpha2\n', 'status: {}']

type Mutation = { op: 'insert' | 'delete' | 'replace' | 'dupLine' | 'dropLine'; at: number; len: number; token: string }

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('insert', 'delete', 'replace', 'dupLine', 'dropLine'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 12 }),
  token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })),
})

function mutate(seed: string, ms: Mutation[]): string {
  let text = seed
  for (const m of ms) {
    const at = text.length === 0 ? 0 : m.at % (text.length + 1)
    const lineStart = text.lastIndexOf('\n', at - 1) + 1
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1
    if (m.op === 'insert') text = text.slice(0, at) + m.token + text.slice(at)
    else if (m.op === 'delete') text = text.slice(0, at) + text.slice(at + m.len)
    else if (m.op === 'replace') text = text.slice(0, at) + m.token + text.slice(at + m.len)
    else if (m.op === 'dupLine') text = text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd)
    else text = text.slice(0, lineStart) + text.slice(lineEnd)
  }
  return text
}

const mutated = fc.tuple(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([i, ms]) => mutate(SEEDS[i]!, ms))

describe('fuzzing', () => {
  it('10,000 mutated manifests: never throws, every problem inside the text', () => {
    const cache = new AnalysisCache()
    let problems = 0
    fc.assert(
      fc.property(mutated, fc.constantFrom('standard', 'experimental') as fc.Arbitrary<'standard' | 'experimental'>, (text, channel) => {
        // One cache across runs: documents shared with an earlier run take the reuse and relocation paths.
        const a = analyze({ files: [{ name: 'f.yaml', text }], options: { channel } }, cache)
        problems += a.problems.length
        expectPositionsInside(a, text)
      }),
      { numRuns: 10_000, seed: 20260716 },
    )
    expect(problems).toBeGreaterThan(10_000)
  }, 180_000)

  it('re-analysing with a cache gives the same answer as a fresh analysis', () => {
    const cache = new AnalysisCache()
    fc.assert(
      fc.property(fc.array(mutated, { minLength: 1, maxLength: 3 }), (texts) => {
        const text = texts.join('\n---\n')
        const warm = analyze({ files: [{ name: 'f.yaml', text }] }, cache)
        const fresh = analyze({ files: [{ name: 'f.yaml', text }] })
        expect(warm.problems).toEqual(fresh.problems)
        expect(warm.objects).toEqual(fresh.objects)
      }),
      { numRuns: 300, seed: 7 },
    )
  }, 60_000)
})
