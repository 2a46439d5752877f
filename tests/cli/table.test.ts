import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RoutingTable } from '../../src/model'
import { runCli } from '../helpers/run-cli'
import { gatewayDoc } from '../helpers/sim-analysis'

const dir = mkdtempSync(path.join(tmpdir(), 'routelab-table-'))
const starter = path.resolve('src/examples/canary-and-header/workspace.yaml')

const run = (...args: string[]) => runCli('table', ...args)

describe('routelab table', () => {
  it('prints the starter example as Markdown by default, exit code 0', async () => {
    const r = await run(starter)
    expect(r.code).toBe(0)
    expect(r.out.split('\n')[0]).toBe('# Routing table')
    expect(r.out).toContain('## Gateway shop/edge · listener https (HTTPS :443, *.shop.example.com)')
    expect(r.out).toContain('| 1 | PathPrefix `/`, header x-beta = `true` | shop/catalog | 0 |  | shop/catalog-beta:8080 100% |')
  })

  it('prints JSON in the documented shape with --format json', async () => {
    const r = await run('--format', 'json', starter)
    expect(r.code).toBe(0)
    const t = JSON.parse(r.out) as RoutingTable
    expect(t.listeners.map((l) => `${l.gateway} ${l.listener}`)).toEqual(['shop/edge http', 'shop/edge https'])
    const row = t.listeners[0]!.hosts[0]!.rows[0]!
    expect(Object.keys(row)).toEqual(['route', 'rule', 'match', 'matches', 'filters', 'backends', 'errorShare'])
    expect(row.backends.map((b) => b.share)).toEqual([0.9, 0.1])
  })

  it('resolves backends the way --services says', async () => {
    const p = path.join(dir, 'undeclared.yaml')
    writeFileSync(
      p,
      `${gatewayDoc('{name: http, protocol: HTTP, port: 80}')}---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  rules: [{backendRefs: [{name: ghost, port: 80}]}]
`,
    )
    const share = async (services: string) => (JSON.parse((await run('--services', services, '--format', 'json', p)).out) as RoutingTable).listeners[0]!.hosts[0]!.rows[0]!.errorShare
    expect(await share('assumed')).toBe(0)
    expect(await share('declared')).toBe(1)
  })

  it('exits 2 on usage errors', async () => {
    expect((await run('--format', 'csv', starter)).code).toBe(2)
    expect((await run()).code).toBe(2)
    expect((await run(path.join(dir, 'missing.yaml'))).code).toBe(2)
    expect((await run('--nope', starter)).code).toBe(2)
  })
})
