import { describe, expect, it } from 'vitest'
import { starterExample } from '../../examples'
import type { Analysis, EditIntent } from '../../model'
import { EngineHost } from '../../worker/host'
import { planConnection } from './connect'
import { planDelete } from './delete'
import { resolveSelection } from './lookup'
import { grantFor, paletteAdd, type PaletteItem } from './templates'

const text = starterExample.files[0]!.text

/** Runs intents through the real engine (in-process) and analyses the result. */
async function apply(t: string, intents: EditIntent[]): Promise<{ text: string; analysis: Analysis }> {
  const host = new EngineHost()
  const r = await host.applyEdit({ version: 1, text: t, intents })
  if (!r.ok) throw new Error(r.message)
  return { text: r.text, analysis: await host.analyze({ version: 2, files: [{ name: 'w.yaml', text: r.text }] }) }
}

const analyse = (t: string) => new EngineHost().analyze({ version: 1, files: [{ name: 'w.yaml', text: t }] })

describe('the palette', () => {
  it.each(['Gateway', 'HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute', 'Service', 'ReferenceGrant'] as PaletteItem[])('adds a %s that the engine reads without errors', async (item) => {
    const a = await analyse(text)
    const plan = paletteAdd(a, item, undefined)
    if (typeof plan === 'string') throw new Error(plan)
    const after = await apply(text, plan.intents)
    expect(after.analysis.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(resolveSelection(after.analysis, plan.select)).toBeDefined()
    // Everything that was there keeps its bytes: the addition is appended.
    expect(after.text.startsWith(text)).toBe(true)
  })

  it('adds a listener to the selected Gateway and a rule to the selected route, with fresh names', async () => {
    const a = await analyse(text)
    const listener = paletteAdd(a, 'Listener', 'gw:Gateway/shop/edge')
    if (typeof listener === 'string') throw new Error(listener)
    const l = await apply(text, listener.intents)
    expect(l.analysis.graph.nodes.find((n) => n.kind === 'gateway')?.ports?.map((p) => [p.name, p.port])).toEqual([
      ['http', 80],
      ['https', 443],
      ['listener-1', 8080],
    ])
    const rule = paletteAdd(a, 'Rule', 'rt:HTTPRoute/shop/catalog')
    if (typeof rule === 'string') throw new Error(rule)
    const r = await apply(text, rule.intents)
    expect(resolveSelection(r.analysis, rule.select)).toMatchObject({ type: 'rule', index: 2 })
    expect(paletteAdd(a, 'Rule', undefined)).toMatch(/Select a route/)
  })
})

describe('connecting by dragging', () => {
  it('writes a parentRef with the listener as sectionName', async () => {
    const added = await apply(text, [{ op: 'addObject', manifest: { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'new', namespace: 'shop' }, spec: { rules: [{}] } } }])
    const plan = planConnection(added.analysis, { source: 'gw:Gateway/shop/edge', sourceHandle: 'l:https', target: 'rt:HTTPRoute/shop/new' })
    if (typeof plan === 'string') throw new Error(plan)
    const after = await apply(added.text, plan.intents)
    expect(after.text.endsWith('  rules:\n    - {}\n  parentRefs:\n    - name: edge\n      sectionName: https\n')).toBe(true)
    expect(after.analysis.graph.edges.filter((e) => e.target === 'rt:HTTPRoute/shop/new').map((e) => e.sourceHandle)).toEqual(['l:https'])
  })

  it('writes a backendRef with the namespace and port of a Service elsewhere, which then needs a grant', async () => {
    const withSvc = await apply(text, [{ op: 'addObject', manifest: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'pay', namespace: 'payments' }, spec: { ports: [{ port: 9000 }] } } }])
    const plan = planConnection(withSvc.analysis, { source: 'ru:HTTPRoute/shop/checkout#0', target: 'be:Service/payments/pay' })
    if (typeof plan === 'string') throw new Error(plan)
    expect(plan.intents[0]).toMatchObject({ op: 'insert', path: ['spec', 'rules', 0, 'backendRefs'], value: { name: 'pay', namespace: 'payments', port: 9000 } })
    const linked = await apply(withSvc.text, plan.intents)
    const edge = linked.analysis.graph.edges.find((e) => e.target === 'be:Service/payments/pay')
    expect(edge?.crossNamespace).toEqual({})
    const granted = await apply(linked.text, [grantFor({ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'shop', name: 'checkout' }, { namespace: 'payments', name: 'pay' }, [])])
    expect(granted.analysis.graph.edges.find((e) => e.target === 'be:Service/payments/pay')?.crossNamespace).toEqual({ grant: 'payments/allow-shop-1' })
  })

  it('refuses drags that mean nothing', async () => {
    const a = await analyse(text)
    expect(planConnection(a, { source: 'be:Service/shop/catalog', target: 'rt:HTTPRoute/shop/catalog' })).toMatch(/Connect a listener/)
    expect(planConnection(a, { source: 'gw:Gateway/shop/edge', sourceHandle: 'l:https', target: 'rt:HTTPRoute/shop/catalog' })).toMatch(/already attached/)
  })
})

describe('deleting', () => {
  it('removes the selected rule, listener, reference or object, and nothing else', async () => {
    const a = await analyse(text)
    const cases: [string, (t: Analysis) => boolean][] = [
      ['ru:HTTPRoute/shop/catalog#0', (t) => !t.graph.nodes.some((n) => n.id === 'ru:HTTPRoute/shop/catalog#1')],
      ['ls:Gateway/shop/edge#http', (t) => t.graph.nodes.find((n) => n.kind === 'gateway')?.ports?.length === 1],
      ['br:ru:HTTPRoute/shop/checkout#0#1', (t) => !t.graph.nodes.some((n) => n.id === 'be:Service/shop/checkout-v2') || !t.graph.edges.some((e) => e.id === 'br:ru:HTTPRoute/shop/checkout#0#1')],
      ['rt:HTTPRoute/shop/catalog', (t) => !t.objects.some((o) => o.metadata.name === 'catalog' && o.kind === 'HTTPRoute')],
    ]
    for (const [id, gone] of cases) {
      const plan = planDelete(resolveSelection(a, id))
      if (typeof plan === 'string') throw new Error(plan)
      const after = await apply(text, plan.intents)
      expect(gone(after.analysis), id).toBe(true)
      expect(after.analysis.objects.length, id).toBeGreaterThanOrEqual(a.objects.length - 1)
    }
  })
})
