/**
 * Readable status fixtures (tests/fixtures/status/*.yaml): the first YAML document says what to
 * expect, the rest are the manifests. Expectations use the shape people read in `routelab status`:
 * `Accepted: False NotAllowedByListeners`, keyed by `Kind namespace/name` (and `#listener`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { AnalyzeOptions } from '../../src/model'

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
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(path.join(FIXTURE_DIR, f), 'utf8')
      const cut = raw.indexOf('\n---\n')
      const head = parse(raw.slice(0, cut)) as { expect: Partial<Fixture> }
      const e = head.expect
      return {
        name: f.replace(/\.yaml$/, ''),
        text: raw.slice(cut + 5),
        options: e.options ?? {},
        routes: e.routes ?? {},
        listeners: e.listeners ?? {},
        gateways: e.gateways ?? {},
        listenerSets: e.listenerSets ?? {},
        bindings: e.bindings ?? {},
        problems: e.problems ?? [],
        fixes: e.fixes ?? [],
      }
    })
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
