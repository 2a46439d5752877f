import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { manifest, matchArb, requestArb } from '../../../tests/helpers/http-route-arbitraries'
import { simAnalysis } from '../../../tests/helpers/sim-analysis'
import type { HTTPRouteObject } from '../../model'
import { compileGrpcRoute, compileHttpRoute } from '../simulate/compile-route'
import { grpcEntryMiss, httpEntryMiss } from '../simulate/match-predicates'
import { normalizeRequest } from '../simulate/normalize-request'
import { coversGrpc, coversHttp } from './cover-matches'

/** A claim "o covers e" must never meet a request that e matches and o does not. */
describe('match coverage (the ground of shadowing hints)', { timeout: 120_000 }, () => {
  it('is sound for HTTPRoute match elements (fast-check)', () => {
    let claims = 0
    fc.assert(
      fc.property(matchArb, matchArb, fc.array(requestArb, { minLength: 4, maxLength: 12 }), (m1, m2, reqs) => {
        const a = simAnalysis(manifest([{ hostnames: [], created: undefined, rules: [[m1], [m2]] }], null).join('\n---\n'))
        const route = a.objects.find((o) => o.kind === 'HTTPRoute') as HTTPRouteObject
        const [e0, e1] = compileHttpRoute(route)
        for (const [o, e] of [
          [e0!, e1!],
          [e1!, e0!],
        ] as const) {
          if (!coversHttp(o, e)) continue
          claims++
          for (const r of reqs) {
            const req = normalizeRequest({ protocol: 'HTTP', host: r.host, path: r.path + r.query, method: r.method, headers: r.headers })
            if (httpEntryMiss(e, req) === undefined) expect(httpEntryMiss(o, req), JSON.stringify({ m1, m2, r })).toBeUndefined()
          }
        }
      }),
      { numRuns: 700 },
    )
    // Not vacuous: coverage is claimed for a good number of the generated pairs. Runs give about
    // 45 to 80 claims, so the floor sits well below that: a random run must not fail the suite.
    expect(claims).toBeGreaterThan(20)
  })

  const grpcMatch = fc.record(
    {
      method: fc.oneof(
        fc.record({ type: fc.constant('Exact'), service: fc.constantFrom('a.B', 'a.C'), method: fc.constantFrom('Get', 'Put') }, { requiredKeys: ['type'] }),
        fc.record({ type: fc.constant('RegularExpression'), service: fc.constantFrom('a\\.B', 'a\\..*', '.*'), method: fc.constantFrom('G.*', 'Get', '.*') }, { requiredKeys: ['type'] }),
      ),
      headers: fc.array(fc.record({ name: fc.constantFrom('x', 'y'), value: fc.constantFrom('1', '2') }), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  )
  const call = fc.record({ service: fc.constantFrom('a.B', 'a.C', 'b.D'), method: fc.constantFrom('Get', 'Put', 'Gone'), headers: fc.dictionary(fc.constantFrom('x', 'y'), fc.constantFrom('1', '2')) })

  it('is sound for GRPCRoute match elements (fast-check)', () => {
    let claims = 0
    fc.assert(
      fc.property(fc.option(grpcMatch, { nil: undefined }), grpcMatch, fc.array(call, { minLength: 4, maxLength: 12 }), (m1, m2, calls) => {
        const rules = [{ matches: m1 ? [m1] : [] }, { matches: [m2] }]
        const obj = { kind: 'GRPCRoute', metadata: { name: 'r', namespace: 'ns' }, spec: { rules } } as unknown as Parameters<typeof compileGrpcRoute>[0]
        const [e0, e1] = compileGrpcRoute(obj)
        for (const [o, e] of [
          [e0!, e1!],
          [e1!, e0!],
        ] as const) {
          if (!coversGrpc(o, e)) continue
          claims++
          for (const c of calls) {
            const req = normalizeRequest({ protocol: 'GRPC', grpc: { service: c.service, method: c.method }, headers: c.headers })
            if (grpcEntryMiss(e, req) === undefined) expect(grpcEntryMiss(o, req), JSON.stringify({ m1, m2, c })).toBeUndefined()
          }
        }
      }),
      { numRuns: 1500 },
    )
    expect(claims).toBeGreaterThan(100)
  })
})
