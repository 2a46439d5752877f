/**
 * Every status expectation of the shared conformance corpus (route parent conditions, listener
 * attachedRoutes, supportedKinds and conditions, Gateway and ListenerSet conditions), replayed
 * step by step and checked against the engine. Prints `N passed, M failed, K skipped`; only
 * expectations the corpus marks `notSimulable` may be skipped, and each skip says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine'
import type { Analysis } from '../../src/model'
import { checkStatus, type Verdict } from './check-status'
import { Corpus, corpusDir, type CaseFile, type ObjectId } from './corpus'
import { optionsFor } from './options'
import { Workspace } from './workspace'

const { dir, tried } = corpusDir()
const counts = { passed: 0, failed: 0, skipped: 0 }

function replay(corpus: Corpus, c: CaseFile): Map<string, Verdict> {
  const verdicts = new Map<string, Verdict>()
  const ws = new Workspace(corpus)
  for (const step of c.steps) {
    const before = new Map<string, number>()
    for (const e of step.expectations) {
      if (e.check !== 'generationChanged') continue
      const id = e.object as ObjectId
      before.set(`${id.kind}/${id.namespace}/${id.name}`, ws.generation(id))
    }
    for (const a of step.actions) ws.perform(a)
    let analysis: Analysis | undefined
    for (const e of step.expectations) {
      if (e.type !== 'status' || e.notSimulable?.length) continue
      analysis ??= analyze({ files: [{ name: `${c.shortName}.yaml`, text: ws.toText() }], options: optionsFor(c) })
      verdicts.set(e.id, checkStatus(analysis, e, ws, before))
    }
  }
  return verdicts
}

describe('conformance corpus: status expectations', () => {
  if (!Corpus.exists(dir)) {
    it('finds the conformance corpus', () => {
      throw new Error(`CONFORMANCE CORPUS MISSING: no index.json in ${tried.join(' or ')}. Set ROUTELAB_CONFORMANCE_DIR to the corpus folder (../shared/conformance).`)
    })
    return
  }
  const corpus = new Corpus(dir)

  afterAll(() => {
    console.log(`conformance status expectations: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
  })

  for (const c of corpus.cases()) {
    const expectations = c.steps.flatMap((s) => s.expectations).filter((e) => e.type === 'status')
    if (expectations.length === 0) continue
    describe(c.shortName, () => {
      let verdicts = new Map<string, Verdict>()
      beforeAll(() => {
        verdicts = replay(corpus, c)
      }, 60_000)
      for (const e of expectations) {
        const reason = e.notSimulable?.map((n) => n.reason).join('; ')
        if (reason) {
          counts.skipped++
          it.skip(`${e.id} ${e.check} (skipped: ${reason})`, () => {})
          continue
        }
        it(`${e.id} ${e.check}`, () => {
          const v = verdicts.get(e.id)
          if (v?.ok) counts.passed++
          else counts.failed++
          expect(v?.why ?? (v ? '' : 'not evaluated')).toBe('')
        })
      }
    })
  }
})
