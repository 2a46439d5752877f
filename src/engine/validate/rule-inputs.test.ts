import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { decodeDocument } from '../decode/decode-document'
import { parseFile } from '../parse/parse-file'
import { evaluateRule, type RuleFailure } from './cel'
import { inputKey, ruleInputs } from './rule-inputs'
import { lookupVersion, type Schema } from './schema'
import { toCelValue } from './to-cel-value'
import { validateTree, type CelJob, type ValidateContext } from './validate-tree'

/**
 * Rule answers are reused for values that agree on what the rule reads (run-rules.ts). That is
 * sound only if two values with the same input key always get the same answer from CEL; these
 * properties check it on random objects drawn from small vocabularies, so keys collide often and
 * the values that collide still differ in the parts the rules are not supposed to read.
 */
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs)
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })
const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))

const pathArb = fc.record({ type: opt(pick('Exact', 'PathPrefix', 'RegularExpression')), value: opt(pick('/', '/a', '/a/../b', '/a/.', '/a//b', '/a%2Fb', '/a#x', 'a', '/a/b/', '/x')) }).map(strip)
const redirectArb = fc.record({ path: opt(fc.record({ type: pick('ReplaceFullPath', 'ReplacePrefixMatch'), replacePrefixMatch: opt(pick('/p')), replaceFullPath: opt(pick('/f')) }).map(strip)), statusCode: opt(pick(301, 302)), hostname: opt(pick('a.example.com')) }).map(strip)
const filterArb = fc
  .record({
    type: pick('RequestHeaderModifier', 'RequestRedirect', 'URLRewrite', 'RequestMirror', 'ResponseHeaderModifier', 'CORS', 'ExtensionRef'),
    requestHeaderModifier: opt(fc.record({ set: fc.array(fc.record({ name: pick('x-a', 'x-b'), value: pick('1', '2') }), { maxLength: 2 }) })),
    requestRedirect: opt(redirectArb),
    urlRewrite: opt(fc.record({ path: opt(fc.record({ type: pick('ReplaceFullPath', 'ReplacePrefixMatch'), replacePrefixMatch: opt(pick('/p')), replaceFullPath: opt(pick('/f')) }).map(strip)) }).map(strip)),
    requestMirror: opt(fc.record({ backendRef: fc.record({ name: pick('m', 'n'), port: opt(pick(80, 81)) }).map(strip) })),
    extensionRef: opt(fc.record({ group: pick('x.io'), kind: pick('K'), name: pick('e') })),
  })
  .map(strip)
const backendArb = fc.record({ name: pick('a', 'b'), kind: opt(pick('Service', 'Other')), group: opt(pick('', 'x.io')), port: opt(pick(80, 8080)), weight: opt(pick(0, 1, 5)), filters: opt(fc.array(filterArb, { maxLength: 2 })) }).map(strip)
const matchArb = fc.record({ path: opt(pathArb), method: opt(pick('GET', 'POST')), headers: opt(fc.array(fc.record({ name: pick('x-a', 'x-b', 'X-A'), value: pick('1', '2') }), { maxLength: 2 })) }).map(strip)
const ruleArb = fc.record({ name: opt(pick('r1', 'r2')), matches: opt(fc.array(matchArb, { maxLength: 3 })), filters: opt(fc.array(filterArb, { maxLength: 3 })), backendRefs: opt(fc.array(backendArb, { maxLength: 3 })) }).map(strip)
const parentArb = fc.record({ name: pick('gw', 'other'), namespace: opt(pick('infra', 'default')), sectionName: opt(pick('http', 'https')), port: opt(pick(80, 443)), kind: opt(pick('Gateway', 'ListenerSet')) }).map(strip)
const routeArb = fc.record({
  parentRefs: opt(fc.array(parentArb, { maxLength: 3 })),
  hostnames: opt(fc.array(pick('a.example.com', '*.example.com', '10.0.0.1', '*'), { maxLength: 2 })),
  rules: opt(fc.array(ruleArb, { maxLength: 4 })),
})
const listenerArb = fc.record({
  name: pick('l1', 'l2'),
  port: pick(80, 443),
  protocol: pick('HTTP', 'HTTPS', 'TLS', 'TCP'),
  hostname: opt(pick('a.example.com', '*.example.com')),
  tls: opt(fc.record({ mode: opt(pick('Terminate', 'Passthrough')), certificateRefs: opt(fc.array(fc.record({ name: pick('c') }), { maxLength: 1 })) }).map(strip)),
  allowedRoutes: opt(fc.record({ kinds: fc.array(fc.record({ kind: pick('HTTPRoute', 'TLSRoute', 'GRPCRoute') }), { maxLength: 2 }) })),
}).map(strip)
const gatewayArb = fc.record({ gatewayClassName: pick('gc'), listeners: fc.array(listenerArb, { minLength: 1, maxLength: 4 }) })

/** The CEL jobs validation queues for one decoded object. */
function jobsOf(kind: string, spec: Record<string, unknown>): CelJob[] {
  const text = stringify({ apiVersion: 'gateway.networking.k8s.io/v1', kind, metadata: { name: 'x', namespace: 'default' }, spec: strip(spec) })
  const parsed = parseFile('t.yaml', text).documents[0]!
  const obj = decodeDocument(parsed, 'experimental').objects[0]
  const found = lookupVersion('gateway.networking.k8s.io/v1', kind, 'experimental')
  if (!obj || found.status !== 'served') return []
  const ctx: ValidateContext = { spans: () => ({}), rootSpan: [0, 0], problems: [], dropped: new Set(), celBlocked: false, jobs: [] }
  validateTree({ apiVersion: obj.apiVersion, kind, spec: obj.spec }, found.schema, '', ctx)
  return ctx.jobs
}

function checkAgreement(seen: Map<string, RuleFailure | undefined>, schemaIds: Map<Schema, number>, jobs: CelJob[]): void {
  for (const job of jobs) {
    let id = schemaIds.get(job.schema)
    if (id === undefined) schemaIds.set(job.schema, (id = schemaIds.size))
    for (const rule of job.rules) {
      const inputs = ruleInputs(rule.rule)
      if (!inputs) continue
      const key = `${id}\u0000${rule.rule}\u0000${inputKey(job.value, job.schema, inputs)}`
      const answer = evaluateRule(rule, toCelValue(job.value, job.schema, new Map()))
      if (seen.has(key)) expect(answer, `${rule.rule} on ${JSON.stringify(job.value)}`).toEqual(seen.get(key))
      else seen.set(key, answer)
    }
  }
}

describe('rule inputs', () => {
  it('reads only what a rule selects, tests or iterates', () => {
    expect(ruleInputs("has(self.a) && self.b == 'x'")).toMatchObject({ present: new Set(['a']), fields: new Map([['b', { full: true }]]) })
    expect(ruleInputs('self.all(x, has(x.f))')).toMatchObject({ keys: true, elems: { present: new Set(['f']) } })
    expect(ruleInputs('self.size() > 1 ? self[0].m.size() : 0')).toMatchObject({ sized: true, elems: { fields: new Map([['m', { sized: true }]]) } })
    expect(ruleInputs("self.filter(f, f.type == 'A').size() <= 1")).toMatchObject({ sized: true, elems: { fields: new Map([['type', { full: true }]]) } })
    expect(ruleInputs('self.map(f, f.a).size() <= 1')).toMatchObject({ elems: { fields: new Map([['a', { full: true }]]) } })
    expect(ruleInputs('f(self)')?.full).toBe(true)
  })

  it('keys agree only when the parts a rule reads agree', () => {
    const inputs = ruleInputs("self.type == 'Exact' && has(self.value)")!
    const schema: Schema = { type: 'object', props: new Map([['type', { type: 'string' }], ['value', { type: 'string' }], ['other', { type: 'string' }]]) }
    expect(inputKey({ type: 'Exact', value: '/a', other: '1' }, schema, inputs)).toBe(inputKey({ type: 'Exact', value: '/b' }, schema, inputs))
    expect(inputKey({ type: 'Exact' }, schema, inputs)).not.toBe(inputKey({ type: 'Exact', value: '/b' }, schema, inputs))
    expect(inputKey({ type: 'Exact' }, schema, inputs)).not.toBe(inputKey({ type: 'PathPrefix' }, schema, inputs))
  })

  it('two values with the same input key get the same answer from every rule (HTTPRoute, GRPCRoute, Gateway)', () => {
    const seen = new Map<string, RuleFailure | undefined>()
    const ids = new Map<Schema, number>()
    fc.assert(
      fc.property(routeArb, gatewayArb, (route, gateway) => {
        checkAgreement(seen, ids, jobsOf('HTTPRoute', route))
        checkAgreement(seen, ids, jobsOf('Gateway', gateway))
        const grpc = { ...route, rules: route.rules?.map((r) => strip({ ...r, matches: undefined, filters: (r.filters as { type: string }[] | undefined)?.filter((f) => f.type === 'RequestHeaderModifier') })) }
        checkAgreement(seen, ids, jobsOf('GRPCRoute', grpc))
      }),
      { numRuns: 120 },
    )
    // The vocabularies are small on purpose: many keys must have been met more than once.
    expect(seen.size).toBeGreaterThan(100)
  })
})
