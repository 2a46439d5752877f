/**
 * Readable hint fixtures (tests/fixtures/hints/*.yaml): the first YAML document lists every hint
 * the manifests must produce, as `code Kind namespace/name field.path` (so any other hint, a near
 * miss that fired, fails the test), and the fixes to apply: each by the hint it belongs to and
 * its title, with requests whose routing it must leave alone and route tests that must pass
 * after it.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AnalyzeOptions, RouteTestCase, SimRequest } from '../../src/model'
import { readExpectationFixtures } from '../helpers/expectation-fixtures'

export const HINT_FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hints')

export interface FixExpectation {
  hint: string
  title: string
  unchanged?: SimRequest[]
  cases?: RouteTestCase[]
}

export interface HintFixture {
  name: string
  text: string
  options: AnalyzeOptions
  hints: string[]
  fixes: FixExpectation[]
}

export function loadHintFixtures(): HintFixture[] {
  return readExpectationFixtures<HintFixture>(HINT_FIXTURE_DIR).map(({ name, text, expect: e }) => ({ name, text, options: e.options ?? {}, hints: e.hints ?? [], fixes: e.fixes ?? [] }))
}
