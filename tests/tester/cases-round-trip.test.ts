import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main'
import { analyze, exportCases, readRouteTests, simulate } from '../../src/engine'
import { examples } from '../../src/examples'
import type { RouteTestCase } from '../../src/model'
import { caseFromResult } from '../../src/ui/tester/case-expect'

const dir = mkdtempSync(path.join(tmpdir(), 'routelab-cases-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function routelab(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, (s) => out.push(s), (s) => err.push(s))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** The cases a user gets by sending each of the example's requests in the tester and saving it. */
function savedInTheTester(id: string): { workspace: string; cases: RouteTestCase[] } {
  const e = examples.find((x) => x.id === id)!
  const analysis = analyze({ files: e.files })
  const read = readRouteTests(e.cases)
  if (!read.ok) throw new Error(read.message)
  const cases = read.cases.map((c, i) => caseFromResult(`saved ${i + 1}`, c.request, simulate(analysis, c.request)))
  const workspace = path.join(dir, `${id}.yaml`)
  writeFileSync(workspace, e.files.map((f) => f.text).join('\n---\n'))
  return { workspace, cases }
}

describe('cases exported from the browser run unchanged in `routelab test`', () => {
  it.each(['canary-and-header', 'redirects', 'url-rewrite', 'grpc-routing', 'tls-passthrough', 'broken-ref-not-permitted'])('%s: every saved case passes', async (id) => {
    const { workspace, cases } = savedInTheTester(id)
    expect(cases.length).toBeGreaterThan(0)
    const file = path.join(dir, `${id}.cases.yaml`)
    writeFileSync(file, exportCases(cases))
    const { code, out, err } = await routelab('test', workspace, '--cases', file)
    expect(err).toBe('')
    expect(out).toBe(`${cases.length} passed, 0 failed`)
    expect(code).toBe(0)
  })

  it('reads back as the same cases (import after export), and a changed expectation fails in the CLI', async () => {
    const { workspace, cases } = savedInTheTester('canary-and-header')
    const text = exportCases(cases)
    expect(text).toMatch(/^# .*\n#.*routelab test/)
    const back = readRouteTests(text)
    expect(back.ok && back.cases).toEqual(cases)

    const wrong = cases.map((c, i) => (i === 0 ? { ...c, expect: { ...c.expect, status: 503 } } : c))
    const file = path.join(dir, 'wrong.cases.yaml')
    writeFileSync(file, exportCases(wrong))
    const { code, out } = await routelab('test', workspace, '--cases', file)
    expect(code).toBe(1)
    expect(out).toContain(`${cases.length - 1} passed, 1 failed`)
  })
})
