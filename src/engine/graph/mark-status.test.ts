import { describe, expect, it } from 'vitest'
import { exampleById, starterExample } from '../../examples'
import type { GraphEdge, GraphModel, GraphOptions } from '../../model'
import { analyze } from '../analyze'

const G = 'apiVersion: gateway.networking.k8s.io/v1'
const graphOf = (text: string, graph?: GraphOptions) => analyze({ files: [{ name: 'w.yaml', text }], graph }).graph
const example = starterExample.files[0]!.text
const node = (g: GraphModel, id: string) => g.nodes.find((n) => n.id === id)!
const labels = (g: GraphModel, id: string) => node(g, id).badges?.map((b) => `${b.tone}:${b.label}`)
const parentEdges = (g: GraphModel, route: string) => g.edges.filter((e) => e.kind === 'parentRef' && e.target === `rt:HTTPRoute/${route}`)
const brief = (e: GraphEdge) => ({ source: e.source, handle: e.sourceHandle, invalid: !!e.invalid, reason: e.reason })

const gateway = (listeners: string) => `${G}\nkind: Gateway\nmetadata: {name: edge, namespace: shop}\nspec:\n  gatewayClassName: x\n  listeners:\n${listeners}`
const route = (ns: string, name: string, spec: string) => `${G}\nkind: HTTPRoute\nmetadata: {name: ${name}, namespace: ${ns}}\nspec:\n${spec}`
const twoListeners = gateway('    - {name: http, protocol: HTTP, port: 80}\n    - {name: admin, protocol: HTTP, port: 8080, hostname: admin.example.com}')

describe('status on the graph', () => {
  it('badges every route, Gateway and listener of the example as healthy, with explanations', () => {
    const g = graphOf(example)
    expect(labels(g, 'rt:HTTPRoute/shop/checkout')).toEqual(['ok:Accepted', 'ok:ResolvedRefs'])
    expect(labels(g, 'rt:HTTPRoute/shop/catalog')).toEqual(['ok:Accepted', 'ok:ResolvedRefs'])
    expect(node(g, 'rt:HTTPRoute/shop/catalog').badges?.[0]?.title).toContain('Accepted=True (Accepted): attached to 1 listener of Gateway shop/edge: https')
    const gw = node(g, 'gw:Gateway/shop/edge')
    expect(gw.badges?.map((b) => b.label)).toEqual(['Programmed'])
    // checkout attaches to both listeners, catalog (sectionName https) to one.
    expect(gw.ports?.map((p) => p.badges?.map((b) => `${b.tone}:${b.label}`))).toEqual([['ok:1'], ['ok:2']])
    expect(gw.ports?.[1]?.badges?.[0]?.title).toBe('attachedRoutes: 2 (2 routes are attached to listener https)')
  })

  it('draws an accepted parentRef from exactly the listeners it attached to', () => {
    // No sectionName, but only the listener without a hostname intersects the route's hostname.
    const g = graphOf([twoListeners, route('shop', 'web', '  parentRefs: [{name: edge}]\n  hostnames: [www.example.com]\n  rules: [{}]')].join('\n---\n'))
    expect(parentEdges(g, 'shop/web').map(brief)).toEqual([{ source: 'gw:Gateway/shop/edge', handle: 'l:http', invalid: false, reason: undefined }])
    expect(node(g, 'gw:Gateway/shop/edge').ports?.map((p) => p.badges?.[0]?.label)).toEqual(['1', '0'])
  })

  it('draws a parentRef the listener does not allow red, with its reason, from the listener it names', () => {
    const g = graphOf([twoListeners, route('team', 'web', '  parentRefs: [{name: edge, namespace: shop, sectionName: http}]\n  rules: [{}]')].join('\n---\n'))
    const [edge, ...more] = parentEdges(g, 'team/web')
    expect(more).toEqual([])
    expect(brief(edge!)).toEqual({ source: 'gw:Gateway/shop/edge', handle: 'l:http', invalid: true, reason: 'NotAllowedByListeners' })
    expect(edge!.detail).toContain('allowedRoutes.namespaces.from: Same')
    expect(labels(g, 'rt:HTTPRoute/team/web')).toEqual(['error:Not accepted', 'ok:ResolvedRefs'])
    expect(node(g, 'gw:Gateway/shop/edge').ports?.[0]?.badges?.[0]).toMatchObject({ label: '0', tone: 'neutral' })
  })

  it('draws a parentRef that names no listener from the parent itself, and one to an undeclared parent from its placeholder', () => {
    const g = graphOf([twoListeners, route('shop', 'web', '  parentRefs: [{name: edge, sectionName: nope}, {name: ghost}]\n  rules: [{}]')].join('\n---\n'))
    expect(parentEdges(g, 'shop/web').map(brief)).toEqual([
      { source: 'gw:Gateway/shop/edge', handle: undefined, invalid: true, reason: 'NoMatchingParent' },
      { source: 'gw:Gateway/shop/ghost', handle: undefined, invalid: true, reason: 'not declared' },
    ])
    expect(node(g, 'gw:Gateway/shop/ghost').missing).toBe(true)
  })

  it('says a route without parentRefs is not attached', () => {
    const g = graphOf(route('shop', 'lonely', '  rules: [{}]'))
    expect(labels(g, 'rt:HTTPRoute/shop/lonely')).toEqual(['neutral:No parent'])
  })

  it('marks a partially invalid route, and a conflicted listener', () => {
    const partial = graphOf(exampleById('broken-partially-invalid')!.files[0]!.text)
    expect(labels(partial, 'rt:HTTPRoute/api/orders')).toContain('warn:Partial')
    const conflict = graphOf(exampleById('broken-protocol-conflict')!.files[0]!.text)
    const ports = node(conflict, 'gw:Gateway/web/edge').ports!
    expect(ports.map((p) => p.badges?.map((b) => b.label))).toEqual([['1', 'Conflicted'], ['1', 'Conflicted'], ['1']])
    expect(ports[1]!.badges?.[1]?.title).toMatch(/^Accepted=False \(ProtocolConflict\)/)
  })

  it('draws an unresolved backend red with its reason, keeping the share', () => {
    const svc = `apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec: {ports: [{port: 80}]}`
    const text = [svc, route('shop', 'r', '  rules:\n    - backendRefs:\n        - {name: web, port: 80, weight: 0}\n        - {name: gone, port: 80}\n        - {name: web, port: 81}')].join('\n---\n')
    const edges = graphOf(text).edges.filter((e) => e.kind === 'backendRef')
    expect(edges.map((e) => [e.label, !!e.invalid, e.reason])).toEqual([
      ['0%', false, undefined],
      ['50%', true, 'BackendNotFound'],
      ['50%', true, 'BackendNotFound'],
    ])
    expect(edges[2]!.detail).toContain('has no port 81')
  })

  it('reads cross-namespace grants from resolve: none is RefNotPermitted, a grant makes the edge valid', () => {
    const base = [
      gateway('    - {name: http, protocol: HTTP, port: 80}'),
      route('shop', 'r', '  parentRefs: [{name: edge}]\n  rules: [{backendRefs: [{name: pay, namespace: payments, port: 80}]}]'),
    ]
    const without = graphOf(base.join('\n---\n')).edges.find((e) => e.kind === 'backendRef')!
    expect(without).toMatchObject({ crossNamespace: {}, invalid: true, reason: 'RefNotPermitted' })
    // A grant for another name does not count.
    const grant = (to: string) => `apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata: {name: allow, namespace: payments}\nspec:\n  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: shop}]\n  to: [${to}]`
    expect(graphOf([...base, grant('{group: "", kind: Service, name: other}')].join('\n---\n')).edges.find((e) => e.kind === 'backendRef')).toMatchObject({ crossNamespace: {}, invalid: true })
    const allowed = graphOf([...base, grant('{group: "", kind: Service}')].join('\n---\n')).edges.find((e) => e.kind === 'backendRef')!
    expect(allowed.crossNamespace).toEqual({ grant: 'payments/allow' })
    expect(allowed.invalid).toBeUndefined()
  })

  it('marks a folded route edge invalid when any backendRef behind it is', () => {
    const text = route('shop', 'r', '  rules:\n    - backendRefs: [{name: a, port: 80}]\n    - backendRefs: [{name: a, port: 80}, {name: b, kind: ConfigMap}]')
    const edges = graphOf(text, { collapseRules: true }).edges.filter((e) => e.kind === 'backendRef')
    expect(edges.map((e) => [e.target, !!e.invalid, e.reason])).toEqual([
      ['be:Service/shop/a', false, undefined],
      ['be:ConfigMap/shop/b', true, 'InvalidKind'],
    ])
  })

  it('never moves a node when status changes', () => {
    const text = (from: string) => [gateway(`    - {name: http, protocol: HTTP, port: 80, allowedRoutes: {namespaces: {from: ${from}}}}`), route('team', 'web', '  parentRefs: [{name: edge, namespace: shop}]\n  rules: [{}]')].join('\n---\n')
    const rejected = graphOf(text('Same'))
    const accepted = graphOf(text('All'))
    expect(parentEdges(rejected, 'team/web').map((e) => e.invalid)).toEqual([true])
    expect(parentEdges(accepted, 'team/web').map((e) => e.invalid)).toEqual([undefined])
    const pos = (g: GraphModel) => g.nodes.map((n) => [n.id, n.x, n.y])
    expect(pos(accepted)).toEqual(pos(rejected))
  })

  it('draws the attachment of a route to a ListenerSet listener', () => {
    const text = [
      gateway('    - {name: http, protocol: HTTP, port: 80}') + '\n  allowedListeners: {namespaces: {from: Same}}',
      `${G}\nkind: ListenerSet\nmetadata: {name: extra, namespace: shop}\nspec:\n  parentRef: {name: edge}\n  listeners: [{name: alt, protocol: HTTP, port: 8080}]`,
      route('shop', 'web', '  parentRefs: [{name: extra, kind: ListenerSet, group: gateway.networking.k8s.io}]\n  rules: [{}]'),
    ].join('\n---\n')
    const g = graphOf(text)
    expect(parentEdges(g, 'shop/web').map(brief)).toEqual([{ source: 'gw:ListenerSet/shop/extra', handle: 'l:alt', invalid: false, reason: undefined }])
    expect(labels(g, 'gw:ListenerSet/shop/extra')).toEqual(['ok:Programmed'])
  })
})
