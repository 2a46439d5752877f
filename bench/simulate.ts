/**
 * Request matching benchmarks (notes/performance.md §2, §7 scenarios 1–3). Every figure is a
 * ratio against a baseline measured in the same run: the median of per-round ratios over 7
 * interleaved rounds whose order rotates. Before any timing, candidate and baseline must agree
 * on every request, or the benchmark stops.
 *
 * - path-only tables vs find-my-way (Fastify's router) on the same paths;
 * - full Gateway API tables vs a naive scan of the precedence-sorted list;
 * - rebuilding the index after a one-route edit vs a full build.
 */
import FindMyWay from 'find-my-way'
import { buildIndex, listenerKey, type SimIndex } from '../src/engine/simulate/build-index'
import type { HttpEntry } from '../src/engine/simulate/compile-route'
import { normalizeRequest, type NormalRequest } from '../src/engine/simulate/normalize-request'
import { buildReferenceList, scanReference } from '../src/engine/simulate/reference-scan'
import { matchHttp } from '../src/engine/simulate/simulate-http'
import type { HTTPRouteObject } from '../src/model'
import { fullTable, LISTENER, pathTable, tableOf } from './gen-match-tables'
import { printTable } from './table'

const ROUNDS = 7
const MIN_SAMPLE_MS = 60
const KEY = listenerKey(LISTENER.owner, LISTENER.name)

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

/** ns per call of `fn(i)`, with the iteration count doubled until a sample lasts long enough. */
function nsPerOp(fn: (i: number) => unknown, calibrated: { n: number }): number {
  for (;;) {
    const t0 = performance.now()
    for (let i = 0; i < calibrated.n; i++) fn(i)
    const ms = performance.now() - t0
    if (ms >= MIN_SAMPLE_MS) return (ms * 1e6) / calibrated.n
    calibrated.n *= 2
  }
}

/** Interleaved, rotated rounds; returns the median ns of each candidate and median ratios to the first. */
function compare(candidates: Record<string, (i: number) => unknown>): { ns: Record<string, number>; ratio: Record<string, number> } {
  const names = Object.keys(candidates)
  const cal = Object.fromEntries(names.map((n) => [n, { n: 64 }]))
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  for (let round = 0; round < ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]!)
    for (const n of order) samples[n]!.push(nsPerOp(candidates[n]!, cal[n]!))
  }
  const base = names[0]!
  const ratio: Record<string, number> = {}
  for (const n of names) ratio[n] = median(samples[n]!.map((v, r) => v / samples[base]![r]!))
  return { ns: Object.fromEntries(names.map((n) => [n, median(samples[n]!)])), ratio }
}

const sig = (e: HttpEntry | undefined) => (e ? `${e.route.ref.name}#${e.rule}` : 'none')
const fmt = (x: number, digits = 2) => x.toFixed(digits)

function pathOnly(n: number): string[] {
  const t = pathTable(n)
  const router = FindMyWay({ ignoreTrailingSlash: false, ignoreDuplicateSlashes: false })
  const noop = () => {}
  t.paths.forEach((p, i) => {
    const id = `r${Math.floor(i / 10)}#${i % 10}`
    if (p.path === '/') {
      router.on('GET', '/', noop, { id })
      router.on('GET', '/*', noop, { id })
    } else {
      router.on('GET', p.path, noop, { id })
      if (p.type === 'PathPrefix') router.on('GET', `${p.path}/*`, noop, { id })
    }
  })
  const index = buildIndex(t.input)
  const li = index.byListener.get(KEY)!
  const base = normalizeRequest({ protocol: 'HTTP', path: '/' })
  // The request object a lookup needs, built per lookup from the URL, as find-my-way parses it.
  const ours = (url: string) => {
    const q = url.indexOf('?')
    return matchHttp(li, { ...base, path: q < 0 ? url : url.slice(0, q) })
  }
  const fmw = (url: string) => (router.find('GET', url)?.store as { id: string } | undefined)?.id ?? 'none'
  for (const url of t.requests) {
    if (sig(ours(url)) !== fmw(url)) throw new Error(`path-only ${n}: ${url} → ours ${sig(ours(url))}, find-my-way ${fmw(url)}`)
  }
  const reqs = t.requests
  const len = reqs.length
  const r = compare({ fmw: (i) => router.find('GET', reqs[i % len]!), indexed: (i) => ours(reqs[i % len]!) })
  return [String(n), fmt(r.ns.fmw!, 0), fmt(r.ns.indexed!, 0), `${fmt(r.ratio.indexed!)}×`, n <= 100 ? '≤ 2×' : '≤ 1×']
}

function fullTableRow(n: number): string[] {
  const t = fullTable(n)
  const index = buildIndex(t.input)
  const li = index.byListener.get(KEY)!
  const rows = buildReferenceList(t.input, KEY)
  const reqs: NormalRequest[] = t.requests.map((r) => normalizeRequest({ protocol: 'HTTP', ...r }))
  let matched = 0
  for (const q of reqs) {
    const want = sig(scanReference(rows, q))
    if (sig(matchHttp(li, q)) !== want) throw new Error(`full ${n}: ${q.host}${q.path} → indexed ${sig(matchHttp(li, q))}, scan ${want}`)
    if (want !== 'none') matched++
  }
  const len = reqs.length
  const r = compare({ scan: (i) => scanReference(rows, reqs[i % len]!), indexed: (i) => matchHttp(li, reqs[i % len]!) })
  const speedup = 1 / r.ratio.indexed!
  return [String(n), String(t.input.objects.length), `${Math.round((100 * matched) / len)}%`, fmt(r.ns.scan!, 0), fmt(r.ns.indexed!, 0), `${fmt(speedup, 1)}×`, n === 1000 ? '≥ 10×' : '']
}

/** Times `build` once per round on fresh inputs made outside the timing. */
function timeBuilds(make: () => () => SimIndex): number[] {
  const out: number[] = []
  for (let i = 0; i < 5; i++) {
    const run = make()
    const t0 = performance.now()
    run()
    out.push(performance.now() - t0)
  }
  return out
}

function rebuildRow(n: number): string[] {
  const t = fullTable(n)
  const routes = t.input.objects as HTTPRouteObject[]
  const fresh = () => tableOf(structuredClone(routes))
  // The previous index holds these very route objects: an edit replaces one of them.
  const previous = buildIndex(t.input)
  const target = routes.findIndex((r) => (r.spec.hostnames ?? []).length > 0)
  const full: number[] = []
  const edit: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const runs = [
      () => full.push(median(timeBuilds(() => { const input = fresh(); return () => buildIndex(input) }))),
      () =>
        edit.push(
          median(
            timeBuilds(() => {
              // The edited analysis keeps every other route object, as an incremental analyze does.
              const changed = structuredClone(routes[target]!)
              const first = changed.spec.rules[0]!.matches[0]!
              first.path = { type: 'Exact', value: `${first.path.value}-edited-${round}` }
              const objects = routes.map((r, i) => (i === target ? changed : r))
              const input = tableOf(objects)
              return () => buildIndex(input, previous)
            }),
          ),
        ),
    ]
    for (const run of round % 2 ? runs.reverse() : runs) run()
  }
  const ratio = median(edit.map((e, i) => e / full[i]!))
  return [String(n), fmt(median(full)), fmt(median(edit)), `${fmt(100 * ratio, 1)}%`, '< 10%']
}

export function runRebuildOnly(): void {
  printTable('Index rebuild after a one-route edit vs a full build (ms)', ['entries', 'full build', 'one-route rebuild', 'rebuild / full', 'target'], [1000, 10000].map(rebuildRow))
}

export function runSimulateBenchmarks(): void {
  printTable(
    'Path-only lookup vs find-my-way (same paths; ns per lookup; ratio = median of per-round ratios)',
    ['rules', 'find-my-way ns', 'indexed ns', 'indexed / fmw', 'target'],
    [10, 100, 1000, 10000].map(pathOnly),
  )
  printTable(
    'Full Gateway API tables vs naive scan of the precedence-sorted list (2,048 requests)',
    ['entries', 'routes', 'matched', 'scan ns', 'indexed ns', 'speed-up', 'target'],
    [10, 100, 1000, 10000].map(fullTableRow),
  )
  printTable('Index rebuild after a one-route edit vs a full build (ms)', ['entries', 'full build', 'one-route rebuild', 'rebuild / full', 'target'], [1000, 10000].map(rebuildRow))
}

// `node bin/run-ts.js bench/simulate.ts` runs these alone.
if (import.meta.url === `file://${process.argv[1]}`) runSimulateBenchmarks()
