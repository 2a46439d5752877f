/**
 * Reading benchmark: parse + decode + validate of generated HTTPRoutes, as a ratio to a bare
 * `yaml.parseAllDocuments` of the same text; and the cost of re-analysing after a one-character
 * edit inside one document of a 2,000-route text, as a ratio to a full analysis. Targets (issue:
 * "Engine, part 1"): ≤ 1.5× at every size; ≤ 5% for the edit.
 *
 *   node bin/run-ts.js bench/analyze.ts      (also part of `npm run bench`)
 */
import { parseAllDocuments } from 'yaml'
import { analyze, AnalysisCache } from '../src/engine'
import { decodeDocument } from '../src/engine/decode/decode-document'
import { parseFile } from '../src/engine/parse/parse-file'
import { PROBLEM_CODES } from '../src/engine/problem-codes'
import { forgetAnswers } from '../src/engine/validate/run-rules'
import { generateRoutes } from './gen-routes'
import { measureRatio } from './ratio'
import { printTable } from './table'

const READ_TARGET = 1.5
const EDIT_TARGET = 0.05

/**
 * The reading stages alone, without the incremental cache and with no CEL or pattern answer
 * remembered from earlier runs: what a first load costs.
 */
function readAll(text: string): number {
  forgetAnswers()
  let objects = 0
  for (const d of parseFile('bench.yaml', text).documents) objects += decodeDocument(d, 'experimental').objects.length
  return objects
}

export function benchReading(sizes = [10, 100, 1_000, 5_000]): string[][] {
  const rows: string[][] = []
  for (const n of sizes) {
    const text = generateRoutes(n)
    // Agreement before timing: every route is read, and none has a reading or validation problem
    // (the routes' Gateway is not in the text, which only the resolve stage remarks on).
    const a = analyze({ files: [{ name: 'bench.yaml', text }] })
    const problems = a.problems.filter((p) => p.code in PROBLEM_CODES)
    if (a.objects.length !== n || problems.length > 0) throw new Error(`${n} routes: read ${a.objects.length} objects, ${problems.length} problems`)
    // Small texts take more rounds: each is short, so one slow moment moves its ratio most.
    const r = measureRatio(() => readAll(text), () => parseAllDocuments(text), { rounds: n >= 5_000 ? 5 : n <= 100 ? 15 : 7 })
    rows.push([`${n} HTTPRoutes (${(text.length / 1024).toFixed(0)} KB)`, r.baselineMs.toFixed(1), r.candidateMs.toFixed(1), `${r.ratio.toFixed(2)}×`, `≤ ${READ_TARGET}×`, r.ratio <= READ_TARGET ? 'ok' : 'MISSED'])
  }
  return rows
}

export function benchEdit(n = 2_000): string[][] {
  const text = generateRoutes(n)
  const at = text.indexOf(`value: /svc${n >> 1}/`) + 'value: /svc'.length
  const edited = text.slice(0, at) + 'x' + text.slice(at)
  const cache = new AnalysisCache()
  analyze({ files: [{ name: 'bench.yaml', text }] }, cache)
  const before = new Set(cache.documents.values())
  const after = analyze({ files: [{ name: 'bench.yaml', text: edited }] }, cache)
  const reparsed = [...cache.documents.values()].filter((d) => !before.has(d)).length
  if (reparsed !== 1 || after.objects.length !== n) throw new Error(`edit re-parsed ${reparsed} documents`)

  const prime = () => analyze({ files: [{ name: 'bench.yaml', text }] }, cache)
  const edit = () => analyze({ files: [{ name: 'bench.yaml', text: edited }] }, cache)
  const full = () => analyze({ files: [{ name: 'bench.yaml', text: edited }] })
  const whole = measureRatio(edit, full, { rounds: 5, setup: prime, minMs: 50 })
  // The same edit, counting only the reading stages (parse, decode, validate) on both sides.
  const stages = (t: Record<string, number>) => (t.parse ?? 0) + (t.decode ?? 0)
  const readEdit: number[] = []
  const readFull: number[] = []
  for (let i = 0; i < 5; i++) {
    prime()
    readEdit.push(stages(edit().timings))
    readFull.push(stages(full().timings))
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
  const readRatio = med(readEdit.map((e, i) => e / readFull[i]!))
  const row = (what: string, base: number, cand: number, ratio: number) => [what, base.toFixed(1), cand.toFixed(1), `${(ratio * 100).toFixed(1)}%`, `≤ ${EDIT_TARGET * 100}%`, ratio <= EDIT_TARGET ? 'ok' : 'MISSED']
  return [
    row(`edit, reading stages (${reparsed} of ${n} documents re-parsed)`, med(readFull), med(readEdit), readRatio),
    row('edit, whole analyze() incl. graph and duplicates', whole.baselineMs, whole.candidateMs, whole.ratio),
  ]
}

export function printAnalyzeBench(): void {
  printTable('Parse + decode + validate vs yaml.parseAllDocuments (median of per-round ratios)', ['input', 'parseAll ms', 'ours ms', 'ratio', 'target', ''], benchReading())
  printTable('One-character edit in a 2,000-route text vs a full analysis', ['what', 'full ms', 'edit ms', 'ratio', 'target', ''], benchEdit())
}

if (import.meta.url === `file://${process.argv[1]}`) printAnalyzeBench()
