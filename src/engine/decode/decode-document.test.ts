import { describe, expect, it } from 'vitest'
import type { GatewayObject, GRPCRouteObject, HTTPRouteObject, ListenerSetObject, ManifestObject } from '../../model'
import { analyze } from '../analyze'
import { PROBLEM_CODES } from '../problem-codes'

/** Reading and validation problems only; the resolve stage's status findings have their own tests. */
const read = (text: string, channel: 'standard' | 'experimental' = 'experimental') => {
  const a = analyze({ files: [{ name: 'w.yaml', text }], options: { channel } })
  return { ...a, problems: a.problems.filter((p) => p.code in PROBLEM_CODES) }
}
const one = <T extends ManifestObject>(text: string, channel?: 'standard' | 'experimental'): T => read(text, channel).objects[0] as T
const V1 = 'apiVersion: gateway.networking.k8s.io/v1'

describe('decode: the API server defaults (SPEC-NOTES §2)', () => {
  it('HTTPRoute: rules, matches, path, parentRef and backendRef defaults', () => {
    const r = one<HTTPRouteObject>(`${V1}\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  parentRefs: [{name: gw}]\n`)
    expect(r.spec.parentRefs).toEqual([{ name: 'gw', group: 'gateway.networking.k8s.io', kind: 'Gateway' }])
    expect(r.spec.rules).toEqual([{ matches: [{ path: { type: 'PathPrefix', value: '/' } }] }])
    const r2 = one<HTTPRouteObject>(`${V1}
kind: HTTPRoute
metadata: {name: r2, namespace: shop}
spec:
  rules:
  - matches:
    - headers: [{name: x-a, value: "1"}]
      queryParams: [{name: q, value: v}]
    - path: {value: /x}
    backendRefs: [{name: s, port: 80}]
    filters:
    - type: RequestRedirect
      requestRedirect: {scheme: https}
    - type: RequestMirror
      requestMirror: {backendRef: {name: m, port: 80}, fraction: {numerator: 5}}
    - type: CORS
      cors: {allowOrigins: ["https://a.example"]}
  - matches: []
`)
    const [rule, empty] = r2.spec.rules
    expect(rule!.matches).toEqual([
      { headers: [{ name: 'x-a', value: '1', type: 'Exact' }], queryParams: [{ name: 'q', value: 'v', type: 'Exact' }], path: { type: 'PathPrefix', value: '/' } },
      { path: { type: 'PathPrefix', value: '/x' } },
    ])
    expect(rule!.backendRefs).toEqual([{ name: 's', port: 80, group: '', kind: 'Service', weight: 1 }])
    expect(rule!.filters![0]!.requestRedirect).toEqual({ scheme: 'https', statusCode: 302 })
    expect(rule!.filters![1]!.requestMirror).toEqual({ backendRef: { name: 'm', port: 80, group: '', kind: 'Service' }, fraction: { numerator: 5, denominator: 100 } })
    expect(rule!.filters![2]!.cors).toEqual({ allowOrigins: ['https://a.example'], maxAge: 5 })
    expect(empty!.matches).toEqual([])
  })

  it('GRPCRoute: method and header type, and no default rules or matches', () => {
    const g = one<GRPCRouteObject>(`${V1}\nkind: GRPCRoute\nmetadata: {name: g}\nspec:\n  rules:\n  - matches: [{method: {service: a.B}, headers: [{name: h, value: v}]}]\n  - backendRefs: [{name: s, port: 1}]\n`)
    expect(g.spec.rules![0]!.matches).toEqual([{ method: { service: 'a.B', type: 'Exact' }, headers: [{ name: 'h', value: 'v', type: 'Exact' }] }])
    expect(g.spec.rules![1]!.matches).toBeUndefined()
    expect(one<GRPCRouteObject>(`${V1}\nkind: GRPCRoute\nmetadata: {name: g}\nspec: {}\n`).spec.rules).toBeUndefined()
  })

  it('Gateway: allowedRoutes, tls mode, certificateRefs, address type, allowedListeners', () => {
    const gw = one<GatewayObject>(`${V1}
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: gc
  addresses: [{value: 10.0.0.1}]
  allowedListeners: {}
  listeners:
  - {name: a, port: 80, protocol: HTTP}
  - {name: b, port: 81, protocol: HTTP, allowedRoutes: {kinds: [{kind: HTTPRoute}]}}
  - {name: c, port: 443, protocol: HTTPS, tls: {certificateRefs: [{name: cert}]}}
`)
    const [a, b, c] = gw.spec.listeners
    expect(a!.allowedRoutes).toEqual({ namespaces: { from: 'Same' } })
    expect(b!.allowedRoutes).toEqual({ kinds: [{ kind: 'HTTPRoute', group: 'gateway.networking.k8s.io' }], namespaces: { from: 'Same' } })
    expect(c!.tls).toEqual({ mode: 'Terminate', certificateRefs: [{ name: 'cert', group: '', kind: 'Secret' }] })
    expect(gw.spec.addresses).toEqual([{ value: '10.0.0.1', type: 'IPAddress' }])
    expect(gw.spec.allowedListeners).toEqual({ namespaces: { from: 'None' } })
  })

  it('ListenerSet: parentRef group and kind', () => {
    const ls = one<ListenerSetObject>(`${V1}\nkind: ListenerSet\nmetadata: {name: ls}\nspec:\n  parentRef: {name: gw}\n  listeners: [{name: a, port: 80, protocol: HTTP}]\n`)
    expect(ls.spec.parentRef).toEqual({ name: 'gw', group: 'gateway.networking.k8s.io', kind: 'Gateway' })
    expect(ls.spec.listeners[0]!.allowedRoutes).toEqual({ namespaces: { from: 'Same' } })
  })

  it('session persistence defaults (experimental channel)', () => {
    const r = one<HTTPRouteObject>(`${V1}\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  rules:\n  - sessionPersistence: {sessionName: s, cookieConfig: {}}\n`)
    expect(r.spec.rules[0]!.sessionPersistence).toEqual({ sessionName: 's', cookieConfig: { lifetimeType: 'Session' }, type: 'Cookie' })
  })

  it('the text is never rewritten: defaults live only in the typed object', () => {
    const text = `${V1}\nkind: HTTPRoute\nmetadata: {name: r}\nspec: {}\n`
    const a = read(text)
    expect(a.objects[0]!.source.fields['spec.rules']).toBeUndefined()
    expect(text).not.toContain('rules')
  })
})

describe('decode: typed objects downstream stages can trust', () => {
  const TEXT = `${V1}
kind: HTTPRoute
metadata:
  name: r
  namespace: shop
  resourceVersion: "42"
  managedFields: [{manager: kubectl}]
spec:
  hostnames: [a.example, 7]
  rules:
  - backendRefs:
    - name: s
      port: "80"
      weight: 3
status:
  parents: []
`
  it('leaves out a value of the wrong JSON type and reports it', () => {
    const a = read(TEXT)
    const r = a.objects[0] as HTTPRouteObject
    expect(r.spec.hostnames).toEqual(['a.example'])
    expect(r.spec.rules[0]!.backendRefs![0]).toEqual({ name: 's', weight: 3, group: '', kind: 'Service' })
    expect(a.problems.map((p) => [p.code, p.path])).toEqual([
      ['schema-type', 'spec.hostnames[1]'],
      ['schema-type', 'spec.rules[0].backendRefs[0].port'],
    ])
    expect(r.invalid).toBe(true)
  })

  it('keeps status, resourceVersion and managedFields out of the analysis', () => {
    const r = read(TEXT).objects[0]!
    expect(Object.keys(r)).not.toContain('status')
    expect(r.metadata).toEqual({ name: 'r', namespace: 'shop', labels: {}, annotations: {} })
  })

  it('records a span for every field written, with the API path', () => {
    const r = read(TEXT).objects[0]!
    const at = (path: string) => {
      const span = r.source.fields[path]!
      return TEXT.slice(span[0], span[1])
    }
    expect(at('spec.rules[0].backendRefs[0].weight')).toBe('3')
    expect(at('spec.rules[0].backendRefs[0].port')).toBe('"80"')
    expect(at('spec.hostnames[1]')).toBe('7')
    expect(at('metadata.namespace')).toBe('shop')
    expect(at('spec.rules#key')).toBe('rules')
    const paths = Object.keys(r.source.fields).filter((k) => k.startsWith('spec.') && !k.endsWith('#key'))
    expect(paths.sort()).toEqual(
      ['spec.hostnames', 'spec.hostnames[0]', 'spec.hostnames[1]', 'spec.rules', 'spec.rules[0]', 'spec.rules[0].backendRefs', 'spec.rules[0].backendRefs[0]', 'spec.rules[0].backendRefs[0].name', 'spec.rules[0].backendRefs[0].port', 'spec.rules[0].backendRefs[0].weight'].sort(),
    )
  })

  it('works out the spans only when they are read, with the same walk as decoding (List items, aliases)', () => {
    const text = `apiVersion: v1
kind: List
items:
- ${V1}
  kind: HTTPRoute
  metadata: {name: a}
  spec:
    hostnames: &h [a.example]
- ${V1}
  kind: HTTPRoute
  metadata: {name: b}
  spec:
    hostnames: *h
    bogus: 1
`
    const { objects, problems } = read(text)
    const [a, b] = objects
    expect(problems.map((p) => [p.code, p.line, p.column, p.endColumn])).toEqual([['schema-unknown-field', 14, 5, 10]])
    const lazy = (o: ManifestObject) => typeof Object.getOwnPropertyDescriptor(o.source, 'fields')?.get === 'function'
    expect([a, b].every((o) => lazy(o!))).toBe(true)
    const at = (o: ManifestObject, path: string) => text.slice(...o.source.fields[path]!)
    expect(at(b!, 'spec.hostnames[0]')).toBe('a.example')
    expect(at(b!, 'metadata.name')).toBe('b')
    expect(at(b!, 'spec.hostnames#key')).toBe('hostnames')
    expect(b!.source.item).toBe(1)
    expect(lazy(b!)).toBe(false)
    expect(lazy(a!)).toBe(true)
  })

  it('a valid object is not marked invalid', () => {
    expect(one(`${V1}\nkind: HTTPRoute\nmetadata: {name: ok}\nspec: {}\n`).invalid).toBeUndefined()
  })
})

describe('decode: apiVersions, kinds and lists', () => {
  it('reads v1beta1 into the same kind, validated with its own schema', () => {
    const a = read('apiVersion: gateway.networking.k8s.io/v1beta1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  rules: [{backendRefs: [{name: s}]}]\n')
    expect(a.objects[0]!.kind).toBe('HTTPRoute')
    expect(a.problems.map((p) => p.code)).toEqual(['cel-rule'])
  })

  it('reads TLSRoute v1alpha2 (experimental only) and v1alpha3', () => {
    for (const v of ['v1alpha2', 'v1alpha3']) {
      const text = `apiVersion: gateway.networking.k8s.io/${v}\nkind: TLSRoute\nmetadata: {name: t}\nspec:\n  hostnames: [a.example]\n  rules: [{backendRefs: [{name: s, port: 443}]}]\n`
      expect(read(text).problems.map((p) => p.code)).toEqual(['api-version-deprecated'])
      expect(read(text).objects[0]!.kind).toBe('TLSRoute')
      expect(read(text, 'standard').problems.map((p) => p.code)).toEqual(['api-version-not-served'])
    }
  })

  it('reads kind: List, as kubectl prints it', () => {
    const a = read('apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: shop}\n')
    expect(a.objects.map((o) => [o.kind, o.metadata.name, o.source.item])).toEqual([
      ['Service', 'a', 0],
      ['Namespace', 'shop', 1],
    ])
    expect(a.problems).toEqual([])
  })

  it('an unknown kind of the Gateway API group is an error, others are info', () => {
    expect(read(`${V1}\nkind: HTTPRouter\nmetadata: {name: x}\n`).problems.map((p) => [p.code, p.severity])).toEqual([['api-version-unknown', 'error']])
    expect(read('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replicas: 1}\n').problems.map((p) => [p.code, p.severity])).toEqual([['kind-not-modelled', 'info']])
    expect(read('apiVersion: v1\nkind: HTTPRoute\nmetadata: {name: x}\n').problems.map((p) => p.code)).toEqual(['api-version-unknown'])
  })

  it('validates BackendTLSPolicy against its CRD though it is not modelled', () => {
    const a = read('apiVersion: gateway.networking.k8s.io/v1\nkind: BackendTLSPolicy\nmetadata: {name: p}\nspec: {}\n')
    expect(a.problems.map((p) => p.code).sort()).toEqual(['kind-not-modelled', 'schema-required', 'schema-required'])
  })
})
