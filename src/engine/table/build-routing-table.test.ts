import fc from 'fast-check'
import { RE2JS } from 're2js'
import { describe, expect, it } from 'vitest'
import { listenerHostArb, manifest, requestArb, routeArb } from '../../../tests/helpers/http-route-arbitraries'
import type { RoutingTable, RoutingTableRow, RoutingTableValueMatch, SimRequest } from '../../model'
import { normalizeRequest, type NormalRequest } from '../simulate/normalize-request'
import { simulate } from '../simulate/simulate'
import { gatewayDoc, simAnalysis } from '../../../tests/helpers/sim-analysis'
import { analyze } from '../analyze'
import { formatRoutingTable } from './format-routing-table'
import { routingTable } from './build-routing-table'

/**
 * The table read the way its documentation says, written independently of the simulator: the
 * first host block whose hostname matches, then the first row whose match holds. Regexes run on
 * re2js directly, with full-match semantics.
 */
const full = (pattern: string, s: string) => {
  try {
    return RE2JS.compile(pattern).matches(s)
  } catch {
    return false
  }
}
const hostHolds = (h: string | null, host: string) => h === null || (h.startsWith('*.') ? host.endsWith(h.slice(1)) && host.length > h.length - 1 : h === host)
const valueHolds = (m: RoutingTableValueMatch, actual: string | undefined) => actual !== undefined && (m.type === 'Exact' ? actual === m.value : full(m.value, actual))

function rowHolds(r: RoutingTableRow, req: NormalRequest): boolean {
  const p = r.matches.path
  if (p) {
    const key = p.value === '/' ? '' : p.value.replace(/\/$/, '')
    const ok = p.type === 'Exact' ? req.path === p.value : p.type === 'PathPrefix' ? key === '' || req.path === key || req.path.startsWith(`${key}/`) : full(p.value, req.path)
    if (!ok) return false
  }
  if (r.matches.method && r.matches.method !== req.method) return false
  if (!(r.matches.headers ?? []).every((h) => valueHolds(h, req.headers.get(h.name.toLowerCase())))) return false
  return (r.matches.queryParams ?? []).every((q) => valueHolds(q, req.queryParams.get(q.name)))
}

function answerFromTable(t: RoutingTable, req: NormalRequest): RoutingTableRow | undefined {
  const hosts = t.listeners[0]?.hosts.filter((h) => h.kind === 'HTTPRoute') ?? []
  const host = hosts.find((h) => hostHolds(h.hostname, req.host))
  return host?.rows.find((r) => rowHolds(r, req))
}

describe('routing table', { timeout: 120_000 }, () => {
  it('agrees with simulate: the first matching row in table order is the rule simulate picks (fast-check)', () => {
    let matched = 0
    let total = 0
    fc.assert(
      fc.property(fc.array(routeArb, { minLength: 1, maxLength: 5 }), listenerHostArb, fc.array(requestArb, { minLength: 1, maxLength: 8 }), (routes, lh, reqs) => {
        const a = simAnalysis(manifest(routes, lh).join('\n---\n'))
        // Read back from the JSON text: the documented shape is what is checked.
        const table = JSON.parse(formatRoutingTable(routingTable(a), 'json')) as RoutingTable
        for (const r of reqs) {
          const request: SimRequest = { protocol: 'HTTP', host: r.host, path: r.path + r.query, method: r.method, headers: r.headers }
          const sim = simulate(a, request, { trace: 'summary' })
          const row = answerFromTable(table, normalizeRequest(request))
          total++
          expect(row ? `${row.route.namespace}/${row.route.name} ${row.rule} ${row.match}` : null).toBe(sim.route ? `${sim.route.namespace}/${sim.route.name} ${sim.rule} ${sim.match}` : null)
          if (!row) continue
          matched++
          // A row marked unreachable never answers, and the shares are the simulator's.
          expect(row.unreachable).toBeUndefined()
          expect(row.backends.map((b) => `${b.name} ${b.share}`)).toEqual(sim.backends.map((b) => `${b.name} ${b.probability}`))
        }
      }),
      { numRuns: 300 },
    )
    expect(matched / total).toBeGreaterThan(0.2)
  })

  const starter = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: shop}
spec:
  gatewayClassName: example
  listeners:
    - {name: http, protocol: HTTP, port: 80, hostname: "*.shop.example.com"}
    - {name: tcp, protocol: TCP, port: 5432}
    - {name: tls, protocol: TLS, port: 443, tls: {mode: Passthrough}}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: checkout, namespace: shop}
spec:
  parentRefs: [{name: edge, sectionName: http}]
  hostnames: [checkout.shop.example.com]
  rules:
    - matches: [{path: {type: PathPrefix, value: /cart}}]
      filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-env, value: prod}], remove: [x-debug]}}]
      backendRefs:
        - {name: checkout-v1, port: 8080, weight: 90}
        - {name: checkout-v2, port: 8080, weight: 10}
    - matches: [{path: {type: Exact, value: /cart/old}}]
      filters: [{type: RequestRedirect, requestRedirect: {path: {type: ReplaceFullPath, replaceFullPath: /cart}, statusCode: 301}}]
    - matches: [{path: {type: PathPrefix, value: /cart}}]
      backendRefs: [{name: never, port: 8080}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: wide, namespace: shop}
spec:
  parentRefs: [{name: edge, sectionName: http}]
  rules:
    - backendRefs:
        - {name: web, port: 8080}
        - {name: missing, namespace: other, port: 8080}
---
apiVersion: gateway.networking.k8s.io/v1
kind: TCPRoute
metadata: {name: db-old, namespace: shop, creationTimestamp: "2024-01-01T00:00:00Z"}
spec:
  parentRefs: [{name: edge, sectionName: tcp}]
  rules: [{backendRefs: [{name: db, port: 5432}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: TCPRoute
metadata: {name: db-new, namespace: shop, creationTimestamp: "2025-01-01T00:00:00Z"}
spec:
  parentRefs: [{name: edge, sectionName: tcp}]
  rules: [{backendRefs: [{name: db2, port: 5432}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: TLSRoute
metadata: {name: secure, namespace: shop}
spec:
  parentRefs: [{name: edge, sectionName: tls}]
  hostnames: [secure.shop.example.com]
  rules: [{backendRefs: [{name: secure, port: 443}]}]
`
  const table = routingTable(analyze({ files: [{ name: 'shop.yaml', text: starter }] }))

  it('lists hosts most specific first and rows in precedence order, with filters, redirects and shares', () => {
    const http = table.listeners.find((l) => l.listener === 'http')!
    expect(http).toMatchObject({ gateway: 'shop/edge', owner: 'Gateway shop/edge', protocol: 'HTTP', port: 80, hostname: '*.shop.example.com', ready: true })
    expect(http.hosts.map((h) => h.hostname)).toEqual(['checkout.shop.example.com', '*.shop.example.com'])
    const rows = http.hosts[0]!.rows
    // Exact /cart/old outranks both PathPrefix /cart rules; of those, rule 0 comes first.
    expect(rows.map((r) => r.rule)).toEqual([1, 0, 2])
    expect(rows[0]).toMatchObject({ matches: { path: { type: 'Exact', value: '/cart/old' } }, redirect: '301 path ReplaceFullPath /cart', backends: [], errorShare: 0 })
    expect(rows[1]!.filters).toEqual(['RequestHeaderModifier set x-env: prod, remove x-debug'])
    expect(rows[1]!.backends.map((b) => [b.name, b.weight, b.share])).toEqual([
      ['checkout-v1', 90, 0.9],
      ['checkout-v2', 10, 0.1],
    ])
    expect(rows[2]!.unreachable).toBe('HTTPRoute shop/checkout rule 0 match 0 ranks above this row and matches every request it matches')
  })

  it('keeps the share of an invalid backend, answered with 500', () => {
    const row = table.listeners.find((l) => l.listener === 'http')!.hosts[1]!.rows[0]!
    expect(row.backends.map((b) => [b.name, b.share, b.invalid?.split(':')[0]])).toEqual([
      ['web', 0.5, undefined],
      ['missing', 0.5, 'RefNotPermitted'],
    ])
    expect(row.errorShare).toBe(0.5)
  })

  it('lists TCP and TLS routes oldest first; only the first carries traffic', () => {
    const tcp = table.listeners.find((l) => l.listener === 'tcp')!.hosts
    expect(tcp.map((h) => [h.hostname, h.kind])).toEqual([[null, 'TCPRoute']])
    expect(tcp[0]!.rows.map((r) => [r.route.name, r.unreachable !== undefined])).toEqual([
      ['db-old', false],
      ['db-new', true],
    ])
    const tls = table.listeners.find((l) => l.listener === 'tls')!.hosts
    expect(tls.map((h) => [h.hostname, h.kind, h.rows.length])).toEqual([['secure.shop.example.com', 'TLSRoute', 1]])
  })

  it('renders Markdown: a section per listener, a table per host, shares as percentages', () => {
    const md = formatRoutingTable(table, 'markdown')
    expect(md).toContain('## Gateway shop/edge · listener http (HTTP :80, *.shop.example.com)')
    expect(md).toContain('### checkout.shop.example.com (HTTPRoute)')
    expect(md).toContain('| 2 | PathPrefix `/cart` | shop/checkout | 0 | RequestHeaderModifier set x-env: prod, remove x-debug | shop/checkout-v1:8080 90%, shop/checkout-v2:8080 10% |')
    expect(md).toContain('shop/web:8080 50%, other/missing:8080 50% (invalid: 500), **error 50%**')
    expect(md).toContain('| 3 | PathPrefix `/cart` | shop/checkout | 2 |  | ~~shop/never:8080 100%~~ unreachable: HTTPRoute shop/checkout rule 0 match 0 ranks above')
    expect(formatRoutingTable({ listeners: [] }, 'markdown')).toContain('No Gateway listeners')
  })

  it('escapes pipes in Markdown cells, so a regex cannot break the table', () => {
    const a = analyze({
      files: [
        {
          name: 'p.yaml',
          text: `${gatewayDoc('{name: http, protocol: HTTP, port: 80}')}---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  rules: [{matches: [{path: {type: RegularExpression, value: "/(a|b)"}}], backendRefs: [{name: s, port: 80}]}]
`,
        },
      ],
    })
    const line = formatRoutingTable(routingTable(a), 'markdown').split('\n').find((l) => l.startsWith('| 1 |'))!
    expect(line).toContain('RegularExpression `/(a\\|b)`')
    expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(8)
  })
})
