import { describe, expect, it } from 'vitest'
import { starterExample } from '../../examples'
import type { GraphOptions } from '../../model'
import { analyze, AnalysisCache } from '../analyze'

const G = 'apiVersion: gateway.networking.k8s.io/v1'
const graphOf = (text: string, graph?: GraphOptions) => analyze({ files: [{ name: 'w.yaml', text }], graph }).graph
const example = starterExample.files[0]!.text

const crossNamespace = (grant: boolean) =>
  [
    `${G}\nkind: Gateway\nmetadata: {name: edge, namespace: infra}\nspec:\n  gatewayClassName: x\n  listeners:\n    - {name: http, protocol: HTTP, port: 80}`,
    `${G}\nkind: HTTPRoute\nmetadata: {name: shop, namespace: shop}\nspec:\n  parentRefs: [{name: edge, namespace: infra}]\n  rules:\n    - backendRefs:\n        - {name: pay, namespace: payments, port: 80, weight: 3}\n        - {name: cart, port: 80, weight: 0}`,
    ...(grant
      ? [`apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata: {name: allow-shop, namespace: payments}\nspec:\n  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: shop}]\n  to: [{group: "", kind: Service}]`]
      : []),
  ].join('\n---\n')

describe('toGraph', () => {
  it('draws listeners as ports on their Gateway, and parentRefs from the listener they name', () => {
    const g = graphOf(example)
    const gw = g.nodes.find((n) => n.kind === 'gateway')!
    expect(gw.ports?.map(({ badges: _, ...p }) => p)).toEqual([
      { id: 'l:http', name: 'http', protocol: 'HTTP', port: 80, hostname: '*.shop.example.com', index: 0 },
      { id: 'l:https', name: 'https', protocol: 'HTTPS', port: 443, hostname: '*.shop.example.com', index: 1 },
    ])
    const catalog = g.edges.filter((e) => e.kind === 'parentRef' && e.target.endsWith('/catalog'))
    expect(catalog.map((e) => e.sourceHandle)).toEqual(['l:https'])
    // No sectionName: the route is a candidate on every listener.
    expect(g.edges.filter((e) => e.kind === 'parentRef' && e.target.endsWith('/checkout')).map((e) => e.sourceHandle)).toEqual(['l:http', 'l:https'])
  })

  it('summarises matches and filters on rule nodes', () => {
    const text = `${G}\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  rules:\n    - matches:\n        - {path: {type: Exact, value: /a}, method: GET}\n        - headers: [{name: x-beta, value: "true"}]\n      filters:\n        - {type: RequestRedirect, requestRedirect: {scheme: https, statusCode: 301}}\n        - {type: URLRewrite, urlRewrite: {hostname: b}}\n      timeouts: {request: 5s}`
    const rule = graphOf(text).nodes.find((n) => n.kind === 'rule')!
    expect(rule.lines).toEqual(['GET  = /a', '/  x-beta=true'])
    expect(rule.chips?.map((c) => c.label)).toEqual(['redirect 301 https', 'rewrite', '⏱ 5s'])
  })

  it('labels every backend edge with its share, 0% included', () => {
    const g = graphOf(crossNamespace(false))
    expect(g.edges.filter((e) => e.kind === 'backendRef').map((e) => e.label)).toEqual(['100%', '0%'])
  })

  it('marks cross-namespace backend edges with the grant that allows them, or none', () => {
    const without = graphOf(crossNamespace(false)).edges.filter((e) => e.kind === 'backendRef')
    expect(without.map((e) => e.crossNamespace)).toEqual([{}, undefined])
    const withGrant = graphOf(crossNamespace(true)).edges.filter((e) => e.kind === 'backendRef')
    expect(withGrant[0]?.crossNamespace).toEqual({ grant: 'payments/allow-shop' })
  })

  it('groups nodes into namespace lanes, Gateways first', () => {
    const g = graphOf(crossNamespace(false))
    expect(g.groups.map((l) => l.namespace)).toEqual(['infra', 'shop', 'payments'])
    for (const n of g.nodes) {
      const lane = g.groups.find((l) => l.namespace === n.namespace)!
      expect(n.y).toBeGreaterThanOrEqual(lane.y)
      expect(n.y + n.height).toBeLessThanOrEqual(lane.y + lane.height)
    }
    expect(graphOf(crossNamespace(false), { groupByNamespace: false }).groups).toEqual([])
  })

  it('never overlaps nodes in a column', () => {
    const g = graphOf(example)
    for (const a of g.nodes)
      for (const b of g.nodes) {
        if (a === b || a.column !== b.column) continue
        expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true)
      }
  })

  it('keeps every position when a path or hostname is typed', () => {
    const before = graphOf(example)
    const after = graphOf(example.replace('value: /cart', 'value: /cart/items/long-name').replace('- checkout.shop.example.com', '- c.example.org'))
    const pos = (g: typeof before) => g.nodes.map((n) => [n.id, n.x, n.y])
    expect(pos(after)).toEqual(pos(before))
  })

  it('folds rules into their route, all at once or one route at a time', () => {
    const all = graphOf(example, { collapseRules: true })
    expect(all.nodes.some((n) => n.kind === 'rule')).toBe(false)
    expect(all.edges.filter((e) => e.kind === 'backendRef' && e.source === 'rt:HTTPRoute/shop/catalog').map((e) => e.target)).toEqual(['be:Service/shop/catalog-beta', 'be:Service/shop/catalog'])
    const one = graphOf(example, { toggled: ['rt:HTTPRoute/shop/catalog'] })
    expect(one.nodes.filter((n) => n.kind === 'rule').map((n) => n.id)).toEqual(['ru:HTTPRoute/shop/checkout#0'])
    expect(one.nodes.find((n) => n.id === 'rt:HTTPRoute/shop/catalog')).toMatchObject({ collapsed: true, ruleCount: 2 })
  })

  it('filters by namespace and kind, keeping what the shown routes connect to as context', () => {
    const g = graphOf(crossNamespace(false), { namespaces: ['shop'] })
    expect(g.nodes.map((n) => [n.id, !!n.context])).toEqual([
      ['gw:Gateway/infra/edge', true],
      ['rt:HTTPRoute/shop/shop', false],
      ['ru:HTTPRoute/shop/shop#0', false],
      ['be:Service/payments/pay', false],
      ['be:Service/shop/cart', false],
    ])
    expect(g.namespaces).toEqual(['infra', 'shop'])
    const noRoutes = graphOf(example, { kinds: ['Gateway', 'Service'] })
    expect(noRoutes.nodes.filter((n) => n.kind === 'route')).toEqual([])
    expect(noRoutes.hiddenRoutes).toBe(2)
  })

  it('shows declared Services nobody uses yet, and marks undeclared ones', () => {
    const text = `${example}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: spare, namespace: shop}\nspec: {ports: [{port: 80}]}\n---\n${G}\nkind: HTTPRoute\nmetadata: {name: ghost, namespace: shop}\nspec:\n  rules: [{backendRefs: [{name: nowhere, port: 80}]}]`
    const g = graphOf(text)
    expect(g.nodes.find((n) => n.name === 'spare')).toMatchObject({ kind: 'backend', detail: ':80' })
    expect(g.nodes.find((n) => n.name === 'nowhere')).toMatchObject({ missing: true, detail: 'not declared' })
  })

  it('lays out 1,000 routes', () => {
    const docs = [`${G}\nkind: Gateway\nmetadata: {name: gw}\nspec:\n  gatewayClassName: x\n  listeners: [{name: http, protocol: HTTP, port: 80}]`]
    for (let i = 0; i < 1000; i++) docs.push(`${G}\nkind: HTTPRoute\nmetadata: {name: r${i}}\nspec:\n  parentRefs: [{name: gw}]\n  rules: [{backendRefs: [{name: s${i % 300}, port: 80}]}]`)
    const g = graphOf(docs.join('\n---\n'), { collapseRules: 'auto' })
    expect(g.nodes.filter((n) => n.kind === 'route')).toHaveLength(1000)
    expect(g.nodes.filter((n) => n.kind === 'rule')).toHaveLength(0)
  })

  it('hands out the last analysis\'s nodes and edges where an edit changed nothing on them, and new ones where it did', () => {
    const route = (i: number, path: string) => `${G}\nkind: HTTPRoute\nmetadata: {name: r${i}}\nspec:\n  rules: [{matches: [{path: {value: ${path}}}], backendRefs: [{name: s${i}, namespace: other, port: 80}]}]`
    const text = (path: string) => [0, 1, 2].map((i) => route(i, i === 1 ? path : `/p${i}`)).join('\n---\n')
    const cache = new AnalysisCache()
    const before = analyze({ files: [{ name: 'w.yaml', text: text('/a') }] }, cache).graph
    const after = analyze({ files: [{ name: 'w.yaml', text: text('/ab') }] }, cache).graph
    const byId = (g: typeof before, id: string) => [...g.nodes, ...g.edges].find((x) => x.id === id)
    for (const id of ['rt:HTTPRoute/default/r0', 'ru:HTTPRoute/default/r2#0', 'be:Service/other/s2', 'br:ru:HTTPRoute/default/r0#0#0']) expect(byId(after, id)).toBe(byId(before, id))
    const rule = byId(after, 'ru:HTTPRoute/default/r1#0')
    expect(rule).not.toBe(byId(before, 'ru:HTTPRoute/default/r1#0'))
    expect(rule).toMatchObject({ lines: ['/ab'] })
    // The edge to another namespace's backend carries status marks; the earlier analysis keeps its own.
    expect(byId(after, 'br:ru:HTTPRoute/default/r0#0#0')).toMatchObject({ crossNamespace: {} })
  })
})
