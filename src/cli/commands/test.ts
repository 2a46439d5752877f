import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parse as parseYaml } from 'yaml'
import { checkCase, simulate } from '../../engine'
import type { RouteTestCase, RouteTestDiff } from '../../model'
import { oneOf, UsageError } from '../io'
import { analyzeManifests, describeRequest } from './simulate'

export const testHelp = `routelab test [--services auto|declared|assumed] MANIFEST... --cases CASES.yaml
  Route tests for CI: simulates each case's request and checks its expect block (status, route,
  rule, backends with weights, location, forwarded host/path/headers, absent headers). Prints what
  differed for each failing case and ends with "N passed, M failed". Exit code 1 on any failure.`

function readCases(file: string): RouteTestCase[] {
  let data: unknown
  try {
    data = parseYaml(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0]}`)
  }
  const list = Array.isArray(data) ? data : (data as { cases?: unknown } | null)?.cases
  if (!Array.isArray(list)) throw new UsageError(`${file} must hold a list of cases (or {cases: [...]})`)
  list.forEach((c, i) => {
    if (typeof c !== 'object' || c === null || typeof (c as RouteTestCase).request !== 'object' || typeof (c as RouteTestCase).expect !== 'object') {
      throw new UsageError(`${file}: case ${i + 1} needs a request and an expect mapping`)
    }
  })
  return list as RouteTestCase[]
}

const show = (v: unknown) => (v === undefined ? '(nothing)' : JSON.stringify(v))

export function formatDiff(d: RouteTestDiff): string {
  return `    ${d.field}: expected ${show(d.expected)}, got ${show(d.actual)}`
}

export function testCommand(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { cases: { type: 'string' }, services: { type: 'string' } } })
  if (!values.cases) throw new UsageError('--cases CASES.yaml is required')
  const services = oneOf('services', values.services, ['auto', 'declared', 'assumed'] as const, 'auto')
  const cases = readCases(values.cases)
  const analysis = analyzeManifests(positionals, services)
  let passed = 0
  let failed = 0
  cases.forEach((c, i) => {
    const result = simulate(analysis, c.request, { trace: 'summary' })
    const diffs = checkCase(result, c.expect)
    const name = c.name ?? `case ${i + 1}`
    if (diffs.length === 0) {
      passed++
      return
    }
    failed++
    out(`FAIL ${name} (${describeRequest(c.request)})`)
    for (const d of diffs) out(formatDiff(d))
    const last = [...result.trace].reverse().find((t) => t.outcome === 'rejected' || t.outcome === 'selected')
    if (last) out(`    last step: ${last.step} ${last.subject}: ${last.reason}`)
  })
  out(`${passed} passed, ${failed} failed`)
  return failed > 0 ? 1 : 0
}
