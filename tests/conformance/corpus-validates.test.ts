import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine'
import { PROBLEM_CODES } from '../../src/engine/problem-codes'
import type { Channel } from '../../src/model'

/**
 * Every manifest of the Gateway API conformance corpus (read in place: `../shared/conformance`
 * beside the repository, or ROUTELAB_CONFORMANCE_DIR) must get no reading or validation error, in
 * either channel: the API server accepts them all. Objects the suite creates from Go code (`create`
 * actions) are checked too, as JSON. (Status findings, such as a backendRef a test leaves
 * unresolved on purpose, come from the resolve stage and are checked by the status tests.)
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const corpusDir = path.resolve(repoRoot, process.env.ROUTELAB_CONFORMANCE_DIR ?? '../shared/conformance')

if (!existsSync(path.join(corpusDir, 'index.json'))) {
  throw new Error(
    `Conformance corpus not found at ${corpusDir}.\n` +
      'Put the shared folder beside the repository (../shared/conformance) or set ROUTELAB_CONFORMANCE_DIR to the corpus folder.',
  )
}

/**
 * Manifests whose own test expects an object to be rejected as invalid, with the reason. The
 * v1.6.1 corpus has none: its "invalid" tests are about status (unresolved references, unmatched
 * parents), never about objects the API server refuses.
 */
const EXPECTED_INVALID: Record<string, string> = {}

interface CreateAction {
  action: string
  object?: Record<string, unknown>
}

function corpusFiles(): { name: string; text: string }[] {
  const files = [{ name: 'base/manifests.yaml', text: readFileSync(path.join(corpusDir, 'base/manifests.yaml'), 'utf8') }]
  const tests = readdirSync(path.join(corpusDir, 'tests')).sort()
  for (const f of tests.filter((t) => t.endsWith('.yaml'))) files.push({ name: `tests/${f}`, text: readFileSync(path.join(corpusDir, 'tests', f), 'utf8') })
  for (const f of tests.filter((t) => t.endsWith('.json'))) {
    const steps = (JSON.parse(readFileSync(path.join(corpusDir, 'tests', f), 'utf8')) as { steps: { actions: CreateAction[] }[] }).steps
    steps.forEach((s, i) =>
      s.actions.forEach((a, j) => {
        if (a.action === 'create' && a.object) files.push({ name: `tests/${f}#steps[${i}].actions[${j}]`, text: JSON.stringify(a.object, null, 2) })
      }),
    )
  }
  return files
}

describe('conformance corpus validates', () => {
  const files = corpusFiles()

  it('finds the corpus', () => {
    expect(files.filter((f) => f.name.endsWith('.yaml')).length).toBeGreaterThan(100)
    expect(files.some((f) => f.name.includes('#steps'))).toBe(true)
  })

  it.each(['experimental', 'standard'] as Channel[])('no error problems in the %s channel', (channel) => {
    const errors: string[] = []
    let objects = 0
    for (const f of files) {
      const a = analyze({ files: [f], options: { channel } })
      objects += a.objects.length
      if (EXPECTED_INVALID[f.name]) continue
      for (const p of a.problems) if (p.severity === 'error' && p.code in PROBLEM_CODES) errors.push(`${p.file}:${p.line}:${p.column} ${p.code} ${p.path ?? ''} ${p.message}`)
    }
    expect(objects).toBeGreaterThan(300)
    expect(errors).toEqual([])
  })

  it('warns in the standard channel only about experimental fields', () => {
    const codes = new Set<string>()
    for (const f of files) for (const p of analyze({ files: [f], options: { channel: 'standard' } }).problems) if (p.severity === 'warning' && p.code in PROBLEM_CODES) codes.add(p.code)
    expect([...codes]).toEqual(['experimental-field'])
  })
})
