import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main'

const dir = mkdtempSync(path.join(tmpdir(), 'routelab-status-'))
const file = (name: string, text: string) => {
  const p = path.join(dir, name)
  writeFileSync(p, text)
  return p
}

const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: infra}
spec:
  gatewayClassName: example
  listeners:
    - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}
`
const ROUTE = (backend: string) => `---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: apps}
spec:
  parentRefs: [{name: edge, namespace: infra, sectionName: http}]
  rules:
    - backendRefs: [{name: ${backend}, port: 8080}]
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: apps}
spec: {ports: [{port: 8080}]}
`

async function run(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(['status', ...args], (s) => out.push(s), (s) => err.push(s))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('routelab status', () => {
  it('prints the documented JSON shape and exits 0 when every parent is accepted and resolved', async () => {
    const r = await run('--format', 'json', file('ok.yaml', GATEWAY + ROUTE('web')))
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(Object.keys(doc)).toEqual(['gateways', 'listenerSets', 'routes', 'problems'])
    expect(doc.gateways[0]).toMatchObject({ kind: 'Gateway', namespace: 'infra', name: 'edge' })
    expect(Object.keys(doc.gateways[0].status)).toEqual(['conditions', 'listeners'])
    expect(doc.gateways[0].status.listeners[0]).toEqual({
      name: 'http',
      attachedRoutes: 1,
      supportedKinds: [
        { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' },
        { group: 'gateway.networking.k8s.io', kind: 'GRPCRoute' },
      ],
      conditions: expect.any(Array),
    })
    const parent = doc.routes[0].status.parents[0]
    expect(parent.parentRef).toEqual({ group: 'gateway.networking.k8s.io', kind: 'Gateway', namespace: 'infra', name: 'edge', sectionName: 'http' })
    expect(parent.controllerName).toBe('routelab.dev/simulator')
    expect(Object.keys(parent.conditions[0])).toEqual(['type', 'status', 'reason', 'message'])
    expect(parent.conditions.map((c: { type: string; status: string }) => `${c.type}=${c.status}`)).toEqual(['Accepted=True', 'ResolvedRefs=True'])
  })

  it('exits 1 when a backend does not resolve, and explains it in the text table', async () => {
    const r = await run(file('missing.yaml', GATEWAY + ROUTE('nope')))
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/HTTPRoute apps\/web/)
    expect(r.out).toMatch(/ResolvedRefs=False BackendNotFound: .*Service apps\/nope is not declared/)
  })

  it('treats undeclared Services as present with --services assumed', async () => {
    expect((await run('--services', 'assumed', file('assumed.yaml', GATEWAY + ROUTE('nope')))).code).toBe(0)
    expect((await run('--services', 'declared', file('declared.yaml', GATEWAY + ROUTE('nope')))).code).toBe(1)
  })

  it('exits 1 when a parentRef names a Gateway that is not declared', async () => {
    const r = await run('--format', 'yaml', file('orphan.yaml', ROUTE('web')))
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/code: route-parent-not-found/)
  })

  it('exits 2 on usage errors', async () => {
    expect((await run('--format', 'xml', file('x.yaml', GATEWAY))).code).toBe(2)
    expect((await run('--services', 'maybe', file('y.yaml', GATEWAY))).code).toBe(2)
    expect((await run()).code).toBe(2)
  })
})
