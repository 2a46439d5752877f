/**
 * Every request expectation of the shared conformance corpus (HTTP, gRPC, and the static part of
 * TLS, TCP, UDP, weight and mirror checks), replayed step by step and simulated. Prints two
 * counts: expectations the corpus can fully check (`notSimulable` absent), which must all pass,
 * and the static part of the `notSimulable` ones (which backend, weights, mirror percentages).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine'
import type { Analysis } from '../../src/model'
import { checkRequest, REQUEST_TYPES, type Verdict } from './check-request'
import { Corpus, corpusDir, type CaseFile } from './corpus'
import { optionsFor } from './options'
import { Workspace } from './workspace'

const { dir, tried } = corpusDir()
const counts = { full: { passed: 0, failed: 0 }, static: { passed: 0, failed: 0, skipped: 0 } }

/**
 * Static checks a data-free simulator cannot make, by what the corpus says is not simulable:
 * a 421 needs the TLS session's SNI next to the Host header, and HTTPS client-certificate
 * checks need a handshake. These few are reported, not failed.
 */
function staticOnlyLimit(e: { notSimulable?: { what: string }[]; response?: unknown }): string | undefined {
  const codes = ((e.response ?? {}) as { statusCodes?: number[] }).statusCodes ?? []
  if (codes.includes(421)) return 'misdirected-request detection (421) compares the TLS SNI with the Host header; a request here has one host'
  if (e.notSimulable?.some((n) => n.what === 'client certificate validation')) return 'the outcome depends on the client certificate presented in the TLS handshake'
  return undefined
}

function replay(corpus: Corpus, c: CaseFile): Map<string, Verdict> {
  const verdicts = new Map<string, Verdict>()
  const ws = new Workspace(corpus)
  for (const step of c.steps) {
    for (const a of step.actions) ws.perform(a)
    let analysis: Analysis | undefined
    for (const e of step.expectations) {
      if (!REQUEST_TYPES.includes(e.type)) continue
      analysis ??= analyze({ files: [{ name: `${c.shortName}.yaml`, text: ws.toText() }], options: optionsFor(c) })
      verdicts.set(e.id, checkRequest(analysis, e))
    }
  }
  return verdicts
}

describe('conformance corpus: request expectations', () => {
  if (!Corpus.exists(dir)) {
    it('finds the conformance corpus', () => {
      throw new Error(`CONFORMANCE CORPUS MISSING: no index.json in ${tried.join(' or ')}. Set ROUTELAB_CONFORMANCE_DIR to the corpus folder (../shared/conformance).`)
    })
    return
  }
  const corpus = new Corpus(dir)
  afterAll(() => {
    const { full, static: st } = counts
    console.log(`conformance request expectations: ${full.passed} passed, ${full.failed} failed`)
    console.log(`conformance notSimulable expectations, static part: ${st.passed} passed, ${st.failed} failed, ${st.skipped} skipped (reasons in the test names)`)
  })

  for (const c of corpus.cases()) {
    const expectations = c.steps.flatMap((s) => s.expectations).filter((e) => REQUEST_TYPES.includes(e.type))
    if (expectations.length === 0) continue
    describe(c.shortName, () => {
      let verdicts = new Map<string, Verdict>()
      beforeAll(() => {
        verdicts = replay(corpus, c)
      })
      for (const e of expectations) {
        const partial = (e.notSimulable?.length ?? 0) > 0
        const limit = partial ? staticOnlyLimit(e) : undefined
        if (limit) {
          counts.static.skipped++
          it.skip(`${e.id} ${e.type} (skipped, static part not checkable: ${limit})`, () => {})
          continue
        }
        it(`${e.id} ${e.type}${partial ? ' (static part)' : ''}`, () => {
          const v = verdicts.get(e.id)
          const bucket = partial ? counts.static : counts.full
          if (v?.ok) bucket.passed++
          else bucket.failed++
          expect(v?.why ?? (v ? '' : 'not evaluated')).toBe('')
        })
      }
    })
  }
})
