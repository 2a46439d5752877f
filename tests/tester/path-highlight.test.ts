import { describe, expect, it } from 'vitest'
import { analyze, simulate } from '../../src/engine'
import { examples, starterExample } from '../../src/examples'
import { pathHighlight } from '../../src/ui/tester/path-highlight'

const starter = analyze({ files: starterExample.files })
const sorted = (s: ReadonlySet<string> | undefined) => [...(s ?? [])].sort()

describe('pathHighlight', () => {
  it('lights the Gateway, port, parentRef, route, rule and every backend with a share', () => {
    const path = pathHighlight(simulate(starter, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' }), starter)
    expect(sorted(path?.nodes)).toEqual(['be:Service/shop/checkout-v1', 'be:Service/shop/checkout-v2', 'gw:Gateway/shop/edge', 'ru:HTTPRoute/shop/checkout#0', 'rt:HTTPRoute/shop/checkout'].sort())
    expect(sorted(path?.ports)).toEqual(['gw:Gateway/shop/edge|http'])
    // Every lit edge exists in the graph, and joins lit nodes.
    const edges = new Map(starter.graph.edges.map((e) => [e.id, e]))
    expect(path?.edges.size).toBe(4)
    for (const id of path!.edges) {
      const e = edges.get(id)!
      expect(path!.nodes.has(e.source) && path!.nodes.has(e.target)).toBe(true)
    }
    expect([...path!.edges].some((id) => edges.get(id)?.kind === 'parentRef' && edges.get(id)?.sourceHandle === 'l:http')).toBe(true)
  })

  it('lights only the header-matched rule and its one backend', () => {
    const path = pathHighlight(simulate(starter, { protocol: 'HTTPS', host: 'catalog.shop.example.com', path: '/', headers: { 'x-beta': 'true' } }), starter)
    expect(sorted(path?.nodes)).toEqual(['be:Service/shop/catalog-beta', 'gw:Gateway/shop/edge', 'ru:HTTPRoute/shop/catalog#0', 'rt:HTTPRoute/shop/catalog'].sort())
    expect(path?.nodes.has('be:Service/shop/catalog')).toBe(false)
  })

  it('stops at the listener when no route matches, and lights nothing without a Gateway', () => {
    const miss = pathHighlight(simulate(starter, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cartoon' }), starter)
    expect(sorted(miss?.nodes)).toEqual(['gw:Gateway/shop/edge'])
    expect(miss?.edges.size).toBe(0)
    const empty = { ...starter, listeners: [] }
    expect(pathHighlight(simulate(empty, { protocol: 'UDP' }), empty)).toBeUndefined()
  })

  it('goes through a ListenerSet to its Gateway', () => {
    const e = examples.find((x) => x.id === 'listenerset')!
    const a = analyze({ files: e.files })
    const listener = a.listeners.find((l) => l.owner.kind === 'ListenerSet')!
    const route = a.bindings.find((b) => b.listener.owner.kind === 'ListenerSet')!
    const host = route.hostnames[0] ?? listener.hostname?.replace('*', 'x') ?? 'x'
    const r = simulate(a, { protocol: listener.protocol === 'HTTPS' ? 'HTTPS' : 'HTTP', port: listener.port, host, path: '/' })
    const path = pathHighlight(r, a)!
    expect(path.nodes.has(`gw:${listener.owner.kind}/${listener.owner.namespace}/${listener.owner.name}`)).toBe(true)
    expect(path.edges.has(`lset:${listener.owner.kind}/${listener.owner.namespace}/${listener.owner.name}`)).toBe(true)
  })
})
