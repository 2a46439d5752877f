import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze, checkCase, simulate } from '../../src/engine'
import { HINTS } from '../../src/engine/hints'
import type { Analysis, Problem, SimRequest } from '../../src/model'
import { applyIntents } from '../helpers/apply-intents'
import { loadHintFixtures } from './fixtures'

const fixtures = loadHintFixtures()

const keyOf = (p: Problem) => `${p.code} ${p.object?.kind} ${p.object?.namespace}/${p.object?.name} ${p.path}`
const hintsOf = (a: Analysis) => a.problems.filter((p) => p.code.startsWith('hint-'))
const errorsOf = (a: Analysis) => new Set(a.problems.filter((p) => p.severity === 'error').map(keyOf))

/**
 * What a request's routing comes to: the parts a fix that changes no routing must keep. Not the
 * rule index: removing an unreachable rule renumbers the rules after it, and the backends say
 * which rule answered anyway.
 */
function routing(a: Analysis, r: SimRequest) {
  const s = simulate(a, r, { trace: 'summary' })
  return { status: s.status, route: s.route, backends: s.backends.map((b) => `${b.namespace}/${b.name} ${b.probability}`), location: s.response.headers.location, forwarded: s.forwarded }
}

describe('hints from YAML fixtures', () => {
  for (const f of fixtures) {
    describe(f.name, () => {
      const a = analyze({ files: [{ name: `${f.name}.yaml`, text: f.text }], options: f.options })

      it('reports exactly the expected hints (near misses stay quiet)', () => {
        expect(a.problems.filter((p) => p.code.startsWith('yaml-') || p.code === 'hint-internal-error')).toEqual([])
        expect(hintsOf(a).map(keyOf).sort()).toEqual([...f.hints].sort())
      })

      it('puts each hint on its own field, with the severity of the hint table', () => {
        for (const p of hintsOf(a)) {
          const o = a.objects.find((x) => x.kind === p.object?.kind && x.metadata.namespace === p.object.namespace && x.metadata.name === p.object.name)
          expect(o?.source.fields[p.path!], `${keyOf(p)} points at a written field`).toBeDefined()
          expect(p.severity).toBe(HINTS[p.code as keyof typeof HINTS].severity)
          expect(p.line).toBeGreaterThan(0)
        }
      })

      for (const fix of f.fixes) {
        it(`fix "${fix.title}" works when applied`, () => {
          const p = hintsOf(a).find((x) => keyOf(x) === fix.hint)
          expect(p, fix.hint).toBeDefined()
          const offered = p!.fixes?.find((x) => x.title === fix.title)
          expect(offered, `titles: ${p!.fixes?.map((x) => x.title).join(' | ')}`).toBeDefined()
          const after = analyze({ files: [{ name: `${f.name}.yaml`, text: applyIntents(f.text, offered!.edits) }], options: f.options })
          expect(hintsOf(after).map(keyOf)).not.toContain(fix.hint)
          const before = errorsOf(a)
          expect([...errorsOf(after)].filter((e) => !before.has(e))).toEqual([])
          for (const r of fix.unchanged ?? []) expect(routing(after, r), JSON.stringify(r)).toEqual(routing(a, r))
          for (const c of fix.cases ?? []) expect(checkCase(simulate(after, c.request), c.expect), c.name).toEqual([])
        })
      }

      it('gives the same hints whatever the order of the documents', () => {
        const docs = f.text.split(/^---[ \t]*$/m).filter((d) => d.trim())
        const sig = (x: Analysis) => hintsOf(x).map((p) => `${keyOf(p)} ${p.message} ${JSON.stringify(p.fixes ?? [])}`).sort()
        const reference = sig(a)
        fc.assert(
          fc.property(fc.shuffledSubarray(docs, { minLength: docs.length }), (order) => {
            expect(sig(analyze({ files: [{ name: `${f.name}.yaml`, text: order.join('\n---\n') }], options: f.options }))).toEqual(reference)
          }),
          { numRuns: 15 },
        )
      }, 60_000)
    })
  }
})

describe('hint fixture coverage', () => {
  it('fires every hint code in at least one fixture, and offers a fix for every code that has one', () => {
    const fired = new Set(fixtures.flatMap((f) => f.hints.map((h) => h.split(' ')[0])))
    expect(Object.keys(HINTS).filter((c) => !fired.has(c))).toEqual([])
    const fixed = new Set(fixtures.flatMap((f) => f.fixes.map((x) => x.hint.split(' ')[0])))
    const withoutFix = ['hint-route-shadowed']
    expect(Object.keys(HINTS).filter((c) => !fixed.has(c) && !withoutFix.includes(c))).toEqual([])
  })
})
