/**
 * Request latency for `npm run bench:ui`: Enter pressed in the tester's path field, until the
 * result for that request is in the page (answered), and until the next frame is painted. The request crosses to the
 * engine worker and back, the result view renders and the path lights up on the graph. Each
 * request changes its query (`?rl=N`), so every one is a new answer the page has to show.
 */
import type { Page } from 'playwright-core'

/** The first route's first hostname and first path value in the page's text: a request that meets a route. */
async function requestFor(page: Page): Promise<{ host: string; path: string }> {
  const text = await page.evaluate(() => window.routelab!.text())
  const at = text.indexOf('kind: HTTPRoute')
  const host = /hostnames:\s*\n\s*- "?([^"\s]+)"?/.exec(text.slice(at))?.[1] ?? 'example.com'
  const path = /value: "?(\/[^"\s]*)"?/.exec(text.slice(at))?.[1] ?? '/'
  return { host, path }
}

export interface RequestTimes {
  answered: number[]
  painted: number[]
}

/** Opens the tester, fills in a request, then sends it `count` times; answers each round trip in ms. */
export async function requestTimes(page: Page, count: number): Promise<RequestTimes> {
  const { host, path } = await requestFor(page)
  await page.locator('button[role=tab]', { hasText: 'Tester' }).click()
  const form = page.locator('form[aria-label=Request]')
  await form.waitFor({ timeout: 60_000 })
  await form.locator('select').first().selectOption('HTTP')
  await form.locator('.rf-field', { hasText: 'Host' }).locator('input').fill(host)
  const field = form.locator('.rf-field', { hasText: 'Path and query' }).locator('input')
  await field.focus()
  const out: RequestTimes = { answered: [], painted: [] }
  // One request before measuring: the tester's code and the worker's simulation warm up.
  for (let i = -1; i < count; i++) {
    const sent = `${path}?rl=${i + 1}`
    await field.fill(sent)
    await page.evaluate((want) => {
      const w = window as unknown as { __rq: Promise<[number, number]> }
      w.__rq = new Promise((resolve) => {
        let t0 = 0
        setTimeout(() => resolve([-1, -1]), 20_000)
        document.addEventListener('keydown', () => (t0 = performance.now()), { once: true, capture: true })
        const shown = () => document.querySelector('[data-testid=tester-result]')?.getAttribute('data-path') === want
        const mo = new MutationObserver(() => {
          if (t0 && shown()) {
            mo.disconnect()
            const answered = performance.now() - t0
            requestAnimationFrame(() => resolve([answered, performance.now() - t0]))
          }
        })
        mo.observe(document.querySelector('.tester')!, { subtree: true, childList: true, attributes: true, characterData: true })
      })
    }, sent)
    await page.keyboard.press('Enter')
    const [answered, painted] = await page.evaluate(() => (window as unknown as { __rq: Promise<[number, number]> }).__rq)
    if (answered < 0) throw new Error(`no answer to request ${sent} within 20 s`)
    if (i >= 0) {
      out.answered.push(answered)
      out.painted.push(painted)
    }
  }
  return out
}

const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((q / 100) * xs.length) - 1))] ?? NaN

/** One frame at 60 Hz: "requests to the example answer within one frame". */
const FRAME_MS = 1000 / 60

/**
 * Requests to the example against the same requests on the baseline page, in rounds whose order
 * alternates; each page opened fresh by `run`. Prints the table; ratios are medians of the
 * per-round p50 ratios (notes/performance.md §1).
 */
export async function benchRequests(rounds: number, perRound: number, run: (page: 'baseline' | 'example', fn: (page: Page) => Promise<RequestTimes>) => Promise<RequestTimes>, print: (title: string, header: string[], rows: string[][]) => void): Promise<void> {
  const all = { baseline: { answered: [] as number[], painted: [] as number[] }, example: { answered: [] as number[], painted: [] as number[] } }
  const ratios = { answered: [] as number[], painted: [] as number[] }
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? (['example', 'baseline'] as const) : (['baseline', 'example'] as const)
    const round: Partial<Record<'baseline' | 'example', RequestTimes>> = {}
    for (const name of order) round[name] = await run(name, (page) => requestTimes(page, perRound))
    for (const k of ['answered', 'painted'] as const) {
      for (const name of order) all[name][k].push(...round[name]![k])
      ratios[k].push(p(round.example![k], 50) / p(round.baseline![k], 50))
    }
  }
  const ms = (x: number) => x.toFixed(1)
  const row = (what: string, name: 'baseline' | 'example', k: 'answered' | 'painted', target: boolean) => {
    const xs = all[name][k]
    const ok = target ? (p(xs, 50) < FRAME_MS ? 'ok' : 'OVER') : ''
    return [`${name}: ${what}`, ms(p(xs, 50)), ms(p(xs, 95)), name === 'example' ? `${p(ratios[k], 50).toFixed(2)}×` : '', target ? `< ${ms(FRAME_MS)} (one frame)` : '', ok]
  }
  print(`Tester request (ms from Enter; ${rounds} rounds × ${perRound} requests)`, ['page', 'p50', 'p95', 'p50 ratio', 'target p50', ''], [
    row('result in the page', 'example', 'answered', true),
    row('next frame painted', 'example', 'painted', false),
    row('result in the page', 'baseline', 'answered', false),
    row('next frame painted', 'baseline', 'painted', false),
  ])
}
