import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRouteTests } from '../../src/engine'
import { examples } from '../../src/examples'
import { main } from '../../src/cli/main'

const ROOT = path.join(import.meta.dirname, '../..')
const fileOf = (id: string, name: string) => path.join('src/examples', id, name)

async function routelab(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, (s) => out.push(s), (s) => err.push(s))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('routelab test on every example’s own files', () => {
  it.each(examples.map((e) => [e.id, e] as const))('%s: workspace.yaml --cases cases.yaml passes every case', async (id, e) => {
    const read = readRouteTests(e.cases)
    if (!read.ok) throw new Error(read.message)
    const { code, out, err } = await routelab('test', fileOf(id, 'workspace.yaml'), '--cases', fileOf(id, 'cases.yaml'))
    expect(err).toBe('')
    expect(out).toBe(`${read.cases.length} passed, 0 failed`)
    expect(code).toBe(0)
  })

  it('runs as a real process, as CI would, and exits 1 when a case fails', () => {
    const run = (cases: string) => {
      try {
        return { code: 0, out: execFileSync('node', ['bin/routelab.js', 'test', fileOf('redirects', 'workspace.yaml'), '--cases', cases], { cwd: ROOT, encoding: 'utf8' }) }
      } catch (e) {
        const x = e as { status: number; stdout: string }
        return { code: x.status, out: x.stdout }
      }
    }
    const count = (id: string) => (examples.find((e) => e.id === id)!.cases.match(/^ {2}- name:/gm) ?? []).length
    expect(run(fileOf('redirects', 'cases.yaml'))).toEqual({ code: 0, out: `${count('redirects')} passed, 0 failed\n` })
    // Another example's cases against these manifests: they must fail, and say why.
    const wrong = run(fileOf('url-rewrite', 'cases.yaml'))
    expect(wrong.code).toBe(1)
    expect(wrong.out).toMatch(/^FAIL ReplacePrefixMatch swaps \/store for \/shop/m)
    expect(wrong.out).toMatch(new RegExp(`0 passed, ${count('url-rewrite')} failed\\n$`))
  }, 60_000)
})
