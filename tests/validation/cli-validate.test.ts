import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dir = mkdtempSync(path.join(tmpdir(), 'routelab-cli-'))
const file = (name: string, text: string) => {
  const p = path.join(dir, name)
  writeFileSync(p, text)
  return p
}

const ROUTE = 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\nspec:\n  rules:\n  - matches: [{path: {value: /a//b}}]\n    backendRefs: [{name: svc, port: 80}]\n'
const ROUTE_ERROR = "7:16 error cel-rule spec.rules[0].matches[0].path: must not contain '//' when type one of ['Exact', 'PathPrefix']"
const RETRY = 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: retry\nspec:\n  rules:\n  - retry: {attempts: 2}\n'
const GOOD = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports: [{port: 80}]\n'

async function cli(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, (s) => out.push(s), (s) => err.push(s))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('routelab validate', () => {
  it('prints problems like a compiler and exits 1 on errors', async () => {
    const f = file('route.yaml', ROUTE)
    const r = await cli('validate', f)
    expect(r.code).toBe(1)
    expect(r.out).toBe(`${f}:${ROUTE_ERROR}`)
  })

  it('exits 0 when there are only warnings, and reads the channel', async () => {
    const f = file('retry.yaml', RETRY)
    expect((await cli('validate', f)).out).toBe('')
    const standard = await cli('validate', '--channel', 'standard', f)
    expect(standard.code).toBe(0)
    expect(standard.out).toBe(`${f}:7:5 warning experimental-field spec.rules[0].retry: "retry" is an experimental-channel field; a standard-channel cluster drops it`)
  })

  it('prints JSON', async () => {
    const r = await cli('validate', '--format', 'json', file('route2.yaml', ROUTE), file('good.yaml', GOOD))
    expect(r.code).toBe(1)
    const json = JSON.parse(r.out) as { problems: { code: string; line: number; path: string }[] }
    expect(json.problems.map((p) => [p.code, p.line, p.path])).toEqual([['cel-rule', 7, 'spec.rules[0].matches[0].path']])
  })

  it('finds duplicates across files', async () => {
    const r = await cli('validate', file('a.yaml', GOOD), file('b.yaml', GOOD))
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/b\.yaml:4:9 error duplicate-object /)
  })

  it.each([
    [['validate'], /no FILE given/],
    [['validate', '--channel', 'beta', 'x.yaml'], /--channel must be one of standard, experimental/],
    [['validate', '--format', 'xml', 'x.yaml'], /--format must be one of text, json/],
    [['validate', '--bogus', 'x.yaml'], /Unknown option/],
    [['validate', path.join(dir, 'missing.yaml')], /cannot read .*missing\.yaml: ENOENT/],
    [['validate', '-', '-'], /standard input \(-\) can be read only once/],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const r = await cli(...args)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })

  it('works as a real process: npm run --silent routelab -- validate - (standard input)', () => {
    const bad = spawnSync('npm', ['run', '--silent', 'routelab', '--', 'validate', '-'], { cwd: repo, input: ROUTE, encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(bad.stdout.trim()).toBe(`<stdin>:${ROUTE_ERROR}`)
    const good = spawnSync('node', ['bin/routelab.js', 'validate', '--format', 'json', '-'], { cwd: repo, input: GOOD, encoding: 'utf8' })
    expect(good.status).toBe(0)
    expect(JSON.parse(good.stdout)).toEqual({ problems: [] })
  }, 60_000)
})
