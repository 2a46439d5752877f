import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../main'

const EXAMPLE = 'src/examples/canary-and-header/workspace.yaml'
const CASES = 'src/examples/canary-and-header/cases.yaml'

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, (s) => out.push(s), (s) => err.push(s))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('routelab simulate and routelab test', () => {
  it('simulate --request prints a JSON list of results', async () => {
    const { code, out } = await cli('simulate', EXAMPLE, '--request', '{"protocol":"HTTP","host":"checkout.shop.example.com","path":"/cart"}')
    expect(code).toBe(0)
    const results = JSON.parse(out)
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ status: 200, listener: 'http', route: { name: 'checkout' } })
  })

  it('simulate --requests FILE (YAML) in text form shows the trace in words', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'routelab-'))
    const file = path.join(dir, 'requests.yaml')
    writeFileSync(file, '- {protocol: HTTPS, host: catalog.shop.example.com, path: /, headers: {x-beta: "true"}}\n- {protocol: HTTP, host: nope.example.org}\n')
    const { code, out } = await cli('simulate', '--format', 'text', EXAMPLE, '--requests', file)
    expect(code).toBe(0)
    expect(out).toMatch(/→ 200, listener https, HTTPRoute shop\/catalog rule 0 match 0/)
    expect(out).toMatch(/rejected match +HTTPRoute shop\/catalog rule 1 match 0: also matches/)
    expect(out).toMatch(/→ 404/)
  })

  it('test passes the example cases and exits 0', async () => {
    const { code, out } = await cli('test', EXAMPLE, '--cases', CASES)
    expect(out.trim().split('\n').at(-1)).toBe('5 passed, 0 failed')
    expect(code).toBe(0)
  })

  it('test prints what differed and exits 1 on a failing case', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'routelab-'))
    const file = path.join(dir, 'cases.yaml')
    writeFileSync(file, 'cases:\n  - name: wrong\n    request: {protocol: HTTP, host: checkout.shop.example.com, path: /cart}\n    expect: {status: 404, backends: [{name: checkout-v1, weight: 50}]}\n')
    const { code, out } = await cli('test', EXAMPLE, '--cases', file)
    expect(code).toBe(1)
    expect(out).toMatch(/FAIL wrong/)
    expect(out).toMatch(/status: expected 404, got 200/)
    expect(out).toMatch(/backends: expected/)
    expect(out.trim().split('\n').at(-1)).toBe('0 passed, 1 failed')
  })
})

describe('usage errors', () => {
  it('simulate needs exactly one of --request and --requests; test needs --cases', async () => {
    expect((await cli('simulate', EXAMPLE)).code).toBe(2)
    expect((await cli('simulate', EXAMPLE, '--request', 'not json')).code).toBe(2)
    expect((await cli('test', EXAMPLE)).code).toBe(2)
  })
})
