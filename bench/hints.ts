/**
 * The hints stage's cost: for the status benchmark's workspace (1,000 HTTPRoutes on 50
 * Gateways), with every fourth route's Exact /health written as a regex so the regex checks have
 * work to do, the `hints` timing of full analyses is compared with parsing the same text with
 * `yaml`, and taken as a share of the whole analysis. It includes building the simulator's
 * per-listener tables, which hints read (and simulate then reuses). Also timed: building the
 * routing table from an analysed workspace. Median of per-round ratios over interleaved, rotated
 * rounds (notes/performance.md §1). Target: hints under 10% of parsing.
 */
import { parseAllDocuments } from 'yaml'
import { analyze, routingTable } from '../src/engine'
import { statusWorkspace } from './status'
import { printTable } from './table'

const ROUNDS = 7
const TARGET = 0.1

export function hintsWorkspace(): string {
  let n = 0
  return statusWorkspace().replace(/path: \{type: Exact, value: \/health\}/g, (m) => (n++ % 4 === 0 ? 'path: {type: RegularExpression, value: "^/health$"}' : m))
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function sample(fn: () => number, iterations: number): number {
  let total = 0
  for (let i = 0; i < iterations; i++) total += fn()
  return total / iterations
}

export function benchHints(): { hintsOverParse: number; hintsShareOfAnalysis: number } {
  const text = hintsWorkspace()
  const files = [{ name: 'bench.yaml', text }]
  const probe = analyze({ files })
  const hints = probe.problems.filter((p) => p.code.startsWith('hint-'))
  if (hints.length === 0 || probe.problems.some((p) => p.code === 'hint-internal-error')) throw new Error('the hints stage reported nothing (or failed) on the benchmark workspace')
  const counts = new Map<string, number>()
  for (const h of hints) counts.set(h.code, (counts.get(h.code) ?? 0) + 1)

  // Each candidate returns the milliseconds it is judged on; analyses report their stages' own timings.
  let last = { hints: 0, total: 0 }
  const candidates: Record<string, () => number> = {
    parse: () => {
      const t0 = performance.now()
      parseAllDocuments(text)
      return performance.now() - t0
    },
    analyze: () => {
      const t0 = performance.now()
      const a = analyze({ files })
      last = { hints: a.timings.hints ?? 0, total: performance.now() - t0 }
      return last.total
    },
    table: () => {
      const a = analyze({ files })
      const t0 = performance.now()
      routingTable(a)
      return performance.now() - t0
    },
  }
  const names = Object.keys(candidates)
  const times: Record<string, number[]> = { parse: [], analyze: [], hints: [], table: [] }
  const overParse: number[] = []
  const share: number[] = []
  const tableOverParse: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]!)
    const t: Record<string, number> = {}
    let hintsMs = 0
    for (const name of order) {
      t[name] = sample(candidates[name]!, 2)
      if (name === 'analyze') hintsMs = last.hints
    }
    times.parse!.push(t.parse!)
    times.analyze!.push(t.analyze!)
    times.table!.push(t.table!)
    times.hints!.push(hintsMs)
    overParse.push(hintsMs / t.parse!)
    share.push(hintsMs / t.analyze!)
    tableOverParse.push(t.table! / t.parse!)
  }
  const ratio = median(overParse)
  const shareOfAnalysis = median(share)
  printTable(
    `Hints stage, ${probe.status.routes.length} HTTPRoutes on 50 Gateways (${(text.length / 1024).toFixed(0)} KB; ${hints.length} hints: ${[...counts].map(([c, n]) => `${n} ${c}`).join(', ')}; median of ${ROUNDS} rounds)`,
    ['what', 'ms (median)', 'ratio', 'target', ''],
    [
      ['yaml parseAllDocuments (baseline)', median(times.parse!).toFixed(1), '1.00', '', ''],
      ['hints stage (incl. compiled listener tables)', median(times.hints!).toFixed(1), ratio.toFixed(3), `< ${TARGET}`, ratio < TARGET ? 'ok' : 'OVER'],
      ['full analysis', median(times.analyze!).toFixed(1), median(times.analyze!.map((a, i) => a / times.parse![i]!)).toFixed(2), '', ''],
      ['hints as share of full analysis', '', shareOfAnalysis.toFixed(3), '', ''],
      ['routing table from an analysis', median(times.table!).toFixed(1), median(tableOverParse).toFixed(3), '', ''],
    ],
  )
  return { hintsOverParse: ratio, hintsShareOfAnalysis: shareOfAnalysis }
}

if (import.meta.url === `file://${process.argv[1]}`) benchHints()
