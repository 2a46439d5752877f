/**
 * Readable status fixtures (tests/fixtures/status/*.yaml): the first YAML document says what to
 * expect, the rest are the manifests. Expectations use the shape people read in `routelab status`:
 * `Accepted: False NotAllowedByListeners`, keyed by `Kind namespace/name` (and `#listener`).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AnalyzeOptions } from '../../src/model'
import { readExpectationFixtures } from '../helpers/expectation-fixtures'

export const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/status')

export type Fields = Record<string, unknown>

export interface Fixture {
  name: string
  /** The manifests, exactly as written in the file after the expectation document. */
  text: string
  /** Number of lines before the manifests, so positions can be mapped back if needed. */
  options: AnalyzeOptions
  routes: Record<string, (Fields & { parent: string })[]>
  listeners: Record<string, Fields>
  gateways: Record<string, Fields>
  listenerSets: Record<string, Fields>
  bindings: Record<string, string[]>
  problems: string[]
  fixes: string[]
}

export function loadFixtures(): Fixture[] {
  return readExpectationFixtures<Fixture>(FIXTURE_DIR).map(({ name, text, expect: e }) => ({
    name,
    text,
    options: e.options ?? {},
    routes: e.routes ?? {},
    listeners: e.listeners ?? {},
    gateways: e.gateways ?? {},
    listenerSets: e.listenerSets ?? {},
    bindings: e.bindings ?? {},
    problems: e.problems ?? [],
    fixes: e.fixes ?? [],
  }))
}

/** `True Accepted` → `{status: 'True', reason: 'Accepted'}`; other fields are not conditions. */
export function conditionsIn(fields: Fields): { type: string; status: string; reason: string }[] {
  return Object.entries(fields)
    .filter(([, v]) => typeof v === 'string' && /^(True|False|Unknown) \S+$/.test(v))
    .map(([type, v]) => {
      const [status, reason] = (v as string).split(' ')
      return { type, status: status!, reason: reason! }
    })
}
