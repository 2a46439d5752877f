/**
 * Invariance: shuffling the order of documents never changes any status, listener or binding.
 * Checked on every YAML fixture and on random workspaces built to collide (shared ports and
 * hostnames, ListenerSets, HTTPRoute/GRPCRoute pairs, ties broken by namespace/name).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { analyze } from '../../src/engine'
import type { AnalyzeOptions } from '../../src/model'
import { loadFixtures } from './fixtures'

const split = (text: string) => text.split(/^---[ \t]*$/m).filter((d) => d.trim())

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let s = seed >>> 0 || 1
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

function outcome(docs: readonly string[], options: AnalyzeOptions = {}) {
  const a = analyze({ files: [{ name: 'w.yaml', text: docs.join('\n---\n') }], options })
  return { status: a.status, listeners: a.listeners, bindings: a.bindings }
}

describe('shuffling documents never changes status', () => {
  for (const f of loadFixtures()) {
    it(`fixture ${f.name}`, () => {
      const docs = split(f.text)
      const reference = outcome(docs, f.options)
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          expect(outcome(shuffled(docs, seed), f.options)).toEqual(reference)
        }),
        { numRuns: 25 },
      )
    }, 60_000)
  }

  const NS = ['a', 'b']
  const TIMES = [undefined, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z']
  const listener = fc.record({
    protocol: fc.constantFrom('HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP'),
    port: fc.constantFrom(80, 443),
    hostname: fc.constantFrom(undefined, '*.ex.com', 'a.ex.com', 'b.ex.com'),
    from: fc.constantFrom('Same', 'All'),
  })
  const route = fc.record({
    kind: fc.constantFrom('HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute'),
    ns: fc.constantFrom(...NS),
    hostnames: fc.subarray(['a.ex.com', '*.ex.com', 'c.other.org']),
    parents: fc.array(fc.record({ set: fc.boolean(), index: fc.nat(2), section: fc.constantFrom(undefined, 'l0', 'l1') }), { minLength: 1, maxLength: 2 }),
    backendNs: fc.constantFrom(...NS),
    created: fc.constantFrom(...TIMES),
  })
  const workspace = fc.record({
    gateways: fc.array(fc.record({ ns: fc.constantFrom(...NS), listeners: fc.array(listener, { minLength: 1, maxLength: 3 }), sets: fc.constantFrom('None', 'Same', 'All') }), { minLength: 1, maxLength: 2 }),
    sets: fc.array(fc.record({ ns: fc.constantFrom(...NS), gateway: fc.nat(1), listeners: fc.array(listener, { minLength: 1, maxLength: 2 }), created: fc.constantFrom(...TIMES) }), { maxLength: 2 }),
    routes: fc.array(route, { minLength: 1, maxLength: 5 }),
    grant: fc.boolean(),
  })

  type W = typeof workspace extends fc.Arbitrary<infer T> ? T : never

  function documents(w: W): string[] {
    const docs: unknown[] = []
    const listeners = (ls: W['gateways'][number]['listeners']) =>
      ls.map((l, i) => ({
        name: `l${i}`,
        port: l.port,
        protocol: l.protocol,
        ...(l.hostname && l.protocol !== 'TCP' && l.protocol !== 'UDP' ? { hostname: l.hostname } : {}),
        ...(l.protocol === 'HTTPS' || l.protocol === 'TLS' ? { tls: { mode: l.protocol === 'TLS' && l.port === 443 ? 'Passthrough' : 'Terminate', certificateRefs: [{ name: 'cert' }] } } : {}),
        allowedRoutes: { namespaces: { from: l.from } },
      }))
    w.gateways.forEach((g, i) => docs.push({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: `gw${i}`, namespace: g.ns }, spec: { gatewayClassName: 'x', allowedListeners: { namespaces: { from: g.sets } }, listeners: listeners(g.listeners) } }))
    w.sets.forEach((s, i) => {
      const gw = w.gateways[s.gateway % w.gateways.length]!
      docs.push({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'ListenerSet', metadata: { name: `ls${i}`, namespace: s.ns, ...(s.created ? { creationTimestamp: s.created } : {}) }, spec: { parentRef: { name: `gw${s.gateway % w.gateways.length}`, namespace: gw.ns }, listeners: listeners(s.listeners) } })
    })
    w.routes.forEach((r, i) => {
      const parentRefs = r.parents.map((p) => {
        const useSet = p.set && w.sets.length > 0
        const idx = p.index % (useSet ? w.sets.length : w.gateways.length)
        const ns = useSet ? w.sets[idx]!.ns : w.gateways[idx]!.ns
        return { kind: useSet ? 'ListenerSet' : 'Gateway', name: `${useSet ? 'ls' : 'gw'}${idx}`, namespace: ns, ...(p.section ? { sectionName: p.section } : {}) }
      })
      const spec: Record<string, unknown> = { parentRefs, rules: [{ backendRefs: [{ name: 'svc', namespace: r.backendNs, port: 80 }] }] }
      if (r.kind !== 'TCPRoute') spec.hostnames = r.hostnames
      docs.push({ apiVersion: 'gateway.networking.k8s.io/v1', kind: r.kind, metadata: { name: `r${i}`, namespace: r.ns, ...(r.created ? { creationTimestamp: r.created } : {}) }, spec })
    })
    for (const ns of NS) docs.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc', namespace: ns }, spec: { ports: [{ port: 80 }] } })
    if (w.grant) docs.push({ apiVersion: 'gateway.networking.k8s.io/v1beta1', kind: 'ReferenceGrant', metadata: { name: 'g', namespace: 'b' }, spec: { from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'a' }], to: [{ group: '', kind: 'Service' }] } })
    return docs.map((d) => stringify(d))
  }

  it('random workspaces', () => {
    fc.assert(
      fc.property(workspace, fc.integer(), (w, seed) => {
        const docs = documents(w)
        expect(outcome(shuffled(docs, seed))).toEqual(outcome(docs))
      }),
      { numRuns: 120 },
    )
    // Property runs are CPU-bound; the machine is shared, so allow for slow rounds.
  }, 120_000)
})
