/**
 * `npm run bench:ui`: the designer in Chromium (playwright-core, the flags of playwright.config.ts),
 * served from the production build on 127.0.0.1.
 *
 * - Keystroke to graph: a key typed into a rule's path in Monaco, until the rule node on the canvas
 *   shows the new text and the next frame is painted; for the example and for 500 routes. Each
 *   round opens the page fresh; its first WARM keys are typing that has just begun (code not yet
 *   compiled, the YAML worker still validating the text just loaded): they are not counted in the
 *   percentiles, and the first key of each page is reported on its own.
 * - Pan frames: 60 scripted viewport moves at zoom 1, frame to frame, with 1,000 routes.
 *
 * Each is measured against a 100-node baseline page in the same run, in interleaved rounds whose
 * order rotates (../shared/notes/performance.md §1); ratios are medians of per-round ratios.
 */
import { printTable } from '../table'
import { benchRequests } from './requests'
import { benchSpecs, keystrokes, median, pan, PAN_FRAMES, percentile, withLab, type Lab } from './lab'
import { serveDist } from './serve'

// ROUNDS, KEYS, WARM, REQUESTS: sample sizes; ONLY=pan skips the keystroke part, ONLY=requests does only the tester's; VERBOSE=1 narrates page set-up.
const ROUNDS = Number(process.env.ROUNDS ?? 3)
const KEYS_PER_ROUND = Number(process.env.KEYS ?? 20)
const WARM = Number(process.env.WARM ?? 2)
const REQUESTS_PER_ROUND = Number(process.env.REQUESTS ?? 12)

async function main(): Promise<void> {
  const server = await serveDist()
  const { baseline, example, r500, r1000 } = benchSpecs()
  const counts = new Map<string, number>()
  const nodes = async (l: Lab) => counts.set(l.name, await l.page.evaluate(() => window.routelabCanvas!.nodeCount()))
  try {
    // The tester's requests first: typing below changes the routes they go to.
    if (!process.env.ONLY || process.env.ONLY === 'requests') await benchRequests(ROUNDS, REQUESTS_PER_ROUND, (name, fn) => withLab(server.url, name === 'example' ? example : baseline, (lab) => fn(lab.page)), printTable)
    if (process.env.ONLY === 'requests') return
    const keys = new Map<string, number[]>()
    const firsts = new Map<string, number[]>()
    const keyRatios = new Map<string, number[]>()
    const pans = new Map<string, number[]>()
    const panRatios: number[] = []
    for (let r = 0; r < ROUNDS; r++) {
      const order = process.env.ONLY === 'pan' ? [] : [baseline, example, r500]
      for (let k = 0; k < r % order.length; k++) order.push(order.shift()!)
      const round = new Map<string, number[]>()
      for (const spec of order) {
        const typed = await withLab(server.url, spec, async (lab) => (await nodes(lab), keystrokes(lab, WARM + KEYS_PER_ROUND)))
        firsts.set(spec.name, [...(firsts.get(spec.name) ?? []), typed[0]!])
        round.set(spec.name, typed.slice(WARM))
      }
      for (const [name, xs] of round) keys.set(name, [...(keys.get(name) ?? []), ...xs])
      if (order.length) for (const name of ['example', '500 routes']) keyRatios.set(name, [...(keyRatios.get(name) ?? []), percentile(round.get(name)!, 95) / percentile(round.get('baseline')!, 95)])

      const panOrder = r % 2 ? [r1000, baseline] : [baseline, r1000]
      const pr = new Map<string, number[]>()
      for (const spec of panOrder) pr.set(spec.name, await withLab(server.url, spec, async (lab) => (await nodes(lab), pan(lab))))
      for (const [name, xs] of pr) pans.set(name, [...(pans.get(name) ?? []), ...xs])
      panRatios.push(median(pr.get('1,000 routes')!) / median(pr.get('baseline')!))
      console.log(`round ${r + 1}/${ROUNDS} done`)
    }
    console.log(`graph nodes in React Flow: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`)

    const ms = (x: number) => x.toFixed(1)
    const b = keys.get('baseline') ?? []
    const first = (name: string) => (firsts.get(name) ?? []).map((x) => x.toFixed(0)).join(' / ')
    if (b.length) printTable(`Keystroke to graph (ms; ${ROUNDS} rounds × ${KEYS_PER_ROUND} keys after ${WARM} uncounted; baseline: ${counts.get('baseline')}-node page)`, ['page', 'p50', 'p95', 'baseline p95', 'p95 ratio', 'target p95', '', 'first key per round'], [
      ...(['example', '500 routes'] as const).map((name) => {
        const xs = keys.get(name)!
        const target = name === 'example' ? 50 : 150
        return [name, ms(median(xs)), ms(percentile(xs, 95)), ms(percentile(b, 95)), `${median(keyRatios.get(name)!).toFixed(2)}×`, `< ${target}`, percentile(xs, 95) < target ? 'ok' : 'OVER', first(name)]
      }),
      ['baseline', ms(median(b)), ms(percentile(b, 95)), '', '', '', '', first('baseline')],
    ])
    const pb = pans.get('baseline')!
    const p1 = pans.get('1,000 routes')!
    const ratio = median(panRatios)
    printTable(`Pan frames at zoom 1 (ms; ${ROUNDS} rounds × ${PAN_FRAMES} frames)`, ['page', 'p50', 'p95', 'p50 ratio', 'target', ''], [
      ['1,000 routes', ms(median(p1)), ms(percentile(p1, 95)), `${ratio.toFixed(2)}×`, '≤ 1.25×', ratio <= 1.25 ? 'ok' : 'OVER'],
      ['baseline', ms(median(pb)), ms(percentile(pb, 95)), '', '', ''],
    ])
  } finally {
    await server.close()
  }
}

await main()
