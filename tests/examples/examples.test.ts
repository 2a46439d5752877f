import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze, findCondition, readRouteTests, runRouteTests } from '../../src/engine'
import { CONCEPTS, examples, LESSON_IDS, starterExample, type Concept } from '../../src/examples'
import type { Analysis, Problem } from '../../src/model'

const EXAMPLES_DIR = path.join(import.meta.dirname, '../../src/examples')
const analyses = new Map<string, Analysis>()
const analysisOf = (id: string): Analysis => {
  const e = examples.find((x) => x.id === id)!
  if (!analyses.has(id)) analyses.set(id, analyze({ files: e.files }))
  return analyses.get(id)!
}
const show = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`
const sentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-Z"])/).filter(Boolean)
const working = examples.filter((e) => !e.expectedStatus)
const broken = examples.filter((e) => e.expectedStatus)

describe('the examples registry', () => {
  it('registers every example folder exactly once, under its folder name', () => {
    const folders = readdirSync(EXAMPLES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
    expect(examples.map((e) => e.id).sort()).toEqual(folders)
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length)
  })

  it('are all listed in the README, in the registry’s order', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Examples'), readme.indexOf('## Architecture'))
    const listed = [...section.matchAll(/\(src\/examples\/([a-z0-9-]+)\/workspace\.yaml\)/g)].map((m) => m[1])
    expect(listed).toEqual(examples.map((e) => e.id))
    expect(section).toContain(`${examples.length} examples`)
  })

  it('keeps canary-and-header as the starter, shown first', () => {
    expect(starterExample.id).toBe('canary-and-header')
    expect(examples[0]).toBe(starterExample)
  })

  it('lists the examples lesson by lesson, in the lessons’ order', () => {
    const order = examples.map((e) => LESSON_IDS.indexOf(e.lesson))
    expect(order.every((i) => i >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it.each(examples.map((e) => [e.id, e] as const))('%s: its text is the files on disk (read with ?raw), a title, 3–6 sentences and known concepts', (id, e) => {
    expect(e.files).toHaveLength(1)
    expect(e.files[0]!.name).toBe('workspace.yaml')
    expect(e.files[0]!.text).toBe(readFileSync(path.join(EXAMPLES_DIR, id, 'workspace.yaml'), 'utf8'))
    expect(e.cases).toBe(readFileSync(path.join(EXAMPLES_DIR, id, 'cases.yaml'), 'utf8'))
    expect(e.title.length).toBeGreaterThan(5)
    const n = sentences(e.explanation).length
    expect(n, e.explanation).toBeGreaterThanOrEqual(3)
    expect(n, e.explanation).toBeLessThanOrEqual(6)
    expect(e.concepts.length).toBeGreaterThan(0)
    for (const c of e.concepts) expect(Object.keys(CONCEPTS)).toContain(c)
    // Comments teach: every workspace explains itself in at least a few comment lines.
    expect(e.files[0]!.text.split('\n').filter((l) => l.trimStart().startsWith('#')).length).toBeGreaterThanOrEqual(3)
  })
})

describe('working examples', () => {
  it.each(working.map((e) => [e.id] as const))('%s analyses with no error problems, every route accepted and resolved, every listener programmed', (id) => {
    const a = analysisOf(id)
    expect(a.problems.filter((p) => p.severity === 'error').map(show)).toEqual([])
    expect(a.status.routes.length).toBeGreaterThan(0)
    for (const r of a.status.routes) {
      expect(r.status.parents.length, `${r.kind} ${r.namespace}/${r.name} has no parent`).toBeGreaterThan(0)
      for (const p of r.status.parents) {
        for (const c of p.conditions) {
          const healthy = c.type === 'PartiallyInvalid' ? c.status === 'False' : c.status === 'True'
          expect(healthy, `${r.kind} ${r.namespace}/${r.name} ${c.type}=${c.status} ${c.reason}: ${c.message}`).toBe(true)
        }
      }
    }
    for (const g of [...a.status.gateways, ...a.status.listenerSets]) {
      for (const l of g.status.listeners) {
        const programmed = l.conditions.find((c) => c.type === 'Programmed')
        expect(programmed?.status, `${g.kind} ${g.namespace}/${g.name} listener ${l.name}`).toBe('True')
      }
    }
  })
})

describe('broken-on-purpose examples', () => {
  it.each(broken.map((e) => [e.id, e] as const))('%s produces exactly its intended reason on the intended object', (id, e) => {
    const want = e.expectedStatus!
    const a = analysisOf(id)
    const found = findCondition(a.status, want)
    expect(found, `${want.kind} ${want.namespace}/${want.name} has no ${want.type} condition`).toBeDefined()
    expect({ status: found!.condition.status, reason: found!.condition.reason }).toEqual({ status: want.status, reason: want.reason })
    // The breakage is the intended one only: the intended object has a problem to show, and
    // every error points at it. (Warnings and infos elsewhere are advice, not breakage.)
    const target = (p: Problem) => p.object?.kind === want.kind && p.object.namespace === want.namespace && p.object.name === want.name
    expect(a.problems.filter((p) => p.severity !== 'info' && target(p)).length).toBeGreaterThan(0)
    expect(a.problems.filter((p) => p.severity === 'error' && !target(p)).map(show)).toEqual([])
    // Every other route is healthy, so the example teaches one reason at a time.
    for (const r of a.status.routes) {
      if (r.kind === want.kind && r.namespace === want.namespace && r.name === want.name) continue
      for (const p of r.status.parents) for (const c of p.conditions) if (c.type !== 'PartiallyInvalid') expect(c.status, `${r.kind} ${r.namespace}/${r.name} ${c.type}`).toBe('True')
    }
    expect(e.lesson).toBe('status')
    expect(e.concepts).toContain('status-reason')
    expect(e.files[0]!.text).toContain(want.reason)
    expect(e.explanation).toContain(want.reason)
    expect(want.fix.length).toBeGreaterThan(10)
  })
})

describe('every example’s route tests', () => {
  it.each(examples.map((e) => [e.id, e] as const))('%s: cases.yaml passes through the routelab test code path', (id, e) => {
    const read = readRouteTests(e.cases)
    if (!read.ok) throw new Error(`${id}/cases.yaml: ${read.message}`)
    expect(read.cases.length).toBeGreaterThan(0)
    for (const c of read.cases) expect(c.name, 'every case says what it shows').toBeTruthy()
    const failures = runRouteTests(analysisOf(id), read.cases).filter((o) => o.diffs.length > 0)
    expect(failures.map((f) => `${f.name}: ${JSON.stringify(f.diffs)}`)).toEqual([])
  })

  it('fail when the manifests change under them (the cases check something)', () => {
    const e = examples.find((x) => x.id === 'canary-weights')!
    const read = readRouteTests(e.cases)
    if (!read.ok) throw new Error(read.message)
    const changed = analyze({ files: [{ name: 'workspace.yaml', text: e.files[0]!.text.replace('weight: 70', 'weight: 60') }] })
    expect(runRouteTests(changed, read.cases).filter((o) => o.diffs.length > 0).map((o) => o.name)).toEqual(['checkout traffic is split 70/30, and v3 is in the rule with weight 0'])
  })
})

/** The concepts issue 8 lists, each with the concept ids that teach it. */
const ISSUE_CONCEPTS: [string, Concept[]][] = [
  ['hostname matching', ['hostname-matching']],
  ['path matching', ['path-matching']],
  ['header matching', ['header-matching']],
  ['method matching', ['method-matching']],
  ['query matching', ['query-matching']],
  ['precedence between routes', ['route-precedence']],
  ['canary weights', ['canary-weights']],
  ['header-based routing', ['header-routing']],
  ['URL rewrite (full and prefix)', ['url-rewrite-full', 'url-rewrite-prefix']],
  ['redirects, including HTTP → HTTPS', ['redirect', 'https-redirect']],
  ['request and response header modification', ['request-header-modification', 'response-header-modification']],
  ['request mirroring', ['request-mirroring']],
  ['cross-namespace routing with a ReferenceGrant', ['cross-namespace', 'reference-grant']],
  ['gRPC routing', ['grpc-routing']],
  ['TLS passthrough with TLSRoute', ['tls-passthrough']],
  ['TCP and UDP', ['tcp', 'udp']],
  ['ListenerSet', ['listenerset']],
]

describe('concept coverage', () => {
  it.each(ISSUE_CONCEPTS)('%s is taught by a working example', (_name, concepts) => {
    for (const c of concepts) expect(working.some((e) => e.concepts.includes(c)), c).toBe(true)
  })

  it('every concept in the table is taught somewhere', () => {
    for (const c of Object.keys(CONCEPTS) as Concept[]) expect(examples.some((e) => e.concepts.includes(c)), c).toBe(true)
  })

  // Every reason the status engine writes on route parents, and the listener, Gateway and
  // ListenerSet reasons a newcomer meets most (README "Status"), has its broken example.
  it.each([
    ['Accepted', 'NotAllowedByListeners'],
    ['Accepted', 'NoMatchingListenerHostname'],
    ['Accepted', 'NoMatchingParent'],
    ['Accepted', 'UnsupportedValue'],
    ['Accepted', 'IncompatibleFilters'],
    ['Accepted', 'HostnameConflict'],
    ['PartiallyInvalid', 'UnsupportedValue'],
    ['ResolvedRefs', 'RefNotPermitted'],
    ['ResolvedRefs', 'InvalidKind'],
    ['ResolvedRefs', 'BackendNotFound'],
    ['ResolvedRefs', 'UnsupportedProtocol'],
    ['Conflicted', 'HostnameConflict'],
    ['Conflicted', 'ProtocolConflict'],
    ['ResolvedRefs', 'InvalidCertificateRef'],
    ['Accepted', 'NotAllowed'],
  ])('%s %s has a broken-on-purpose example', (type, reason) => {
    expect(broken.some((e) => e.expectedStatus!.type === type && e.expectedStatus!.reason === reason)).toBe(true)
  })

  it('each broken example teaches a different reason', () => {
    const keys = broken.map((e) => `${e.expectedStatus!.kind} ${e.expectedStatus!.type} ${e.expectedStatus!.reason}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const e of broken) expect(existsSync(path.join(EXAMPLES_DIR, e.id, 'cases.yaml'))).toBe(true)
  })
})
