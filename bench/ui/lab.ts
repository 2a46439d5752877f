/**
 * The pieces of the UI benchmarks: opening a lab page on the production build, typing keys into a
 * rule's path until the graph shows them, and panning. Used by `run.ts` and `trace.ts`.
 */
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS } from '../../playwright.config'
import { generateWorkspace } from './generate'

export const PAN_FRAMES = 60

export interface Lab {
  name: string
  page: Page
  route: string
  line: number
  close(): Promise<void>
}

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN
}
export const median = (xs: number[]) => percentile(xs, 50)

export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.routelab !== undefined && window.routelab.analysisVersion() === window.routelab.version(), undefined, { timeout: 120_000, polling: 50 })
}

/**
 * Opens the lab with `text` (or the starter example) and makes the first rule of `route` visible.
 * Each page gets its own browser: headless Chromium gives animation frames only to the page in
 * front of its window, and the measurements here are made of frames.
 */
export async function open(url: string, name: string, text: string | undefined, route: string): Promise<Lab> {
  const browser = await chromium.launch({ executablePath: process.env.ROUTELAB_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  // tsx names functions with an `__name` helper; the page scripts below need it to exist there too.
  await context.addInitScript('globalThis.__name = (f) => f')
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error(`[${name}]`, e))
  page.on('crash', () => console.error(`[${name}] the page crashed`))
  const step = (what: string) => process.env.VERBOSE && console.log(`  [${name}] ${what}`)
  step('loading')
  await page.goto(url)
  await page.locator('.view-lines').waitFor({ timeout: 60_000 })
  await settled(page)
  if (text !== undefined) {
    step('replacing the text')
    await page.evaluate((t) => window.routelab!.load(t), text)
    await settled(page)
  }
  step('finding the rule')
  // CSS selectors, not role queries: those walk the accessibility tree of thousands of nodes.
  const rule = page.locator(`[aria-label="Rule 1 of ${route}"]`)
  // Rules are folded in large workspaces: unfold this route's, as a user would. Only nodes in view
  // are mounted there, and the canvas may take a moment after the analysis to show a new graph, so
  // frame the route until its rule or its fold button shows.
  const id = `rt:${route.replace(' ', '/')}`
  const fold = page.locator(`[aria-label="Show the rules of ${route}"]`)
  const either = page.locator(`[aria-label="Rule 1 of ${route}"], [aria-label="Show the rules of ${route}"]`).first()
  for (let i = 0; i < 100 && !(await either.isVisible()) && (await rule.count()) === 0; i++) {
    step(`framing the route (${i})`)
    await page.evaluate((n) => window.routelabCanvas?.frame(n), id)
    await page.waitForTimeout(200)
  }
  if ((await rule.count()) === 0) {
    step('unfolding the route')
    await fold.click()
    await settled(page)
  }
  // The node exists once React Flow has taken the new graph; frame it until it is on screen.
  for (let i = 0; i < 100 && !(await rule.isVisible()); i++) {
    step(`framing the rule (${i})`)
    await page.evaluate((id) => window.routelabCanvas?.frame(id), `ru:${route.replace(' ', '/')}#0`)
    await page.waitForTimeout(200)
  }
  await rule.waitFor()
  const all = await page.evaluate(() => window.routelab!.text())
  const [, , ns, routeName] = /^(\S+) (\S+)\/(\S+)$/.exec(route) ?? []
  const at = all.indexOf(`  name: ${routeName}\n  namespace: ${ns}\n`)
  const valueAt = all.indexOf('value: /', at)
  const line = all.slice(0, valueAt).split('\n').length
  return { name, page, route, line, close: () => browser.close() }
}

/** Types keys at the end of the rule's path; each until the rule node shows it, plus one frame. */
export async function keystrokes(lab: Lab, count: number): Promise<number[]> {
  const { page } = lab
  if (process.env.VERBOSE) console.log(`  [${lab.name}] typing ${count} keys`)
  await page.locator('[data-testid=yaml-editor]').click({ position: { x: 150, y: 20 } })
  await page.keyboard.press('ControlOrMeta+G')
  await page.keyboard.type(String(lab.line))
  await page.keyboard.press('Enter')
  await page.keyboard.press('End')
  const label = `Rule 1 of ${lab.route}`
  const out: number[] = []
  for (let i = 0; i < count; i++) {
    await page.evaluate((l) => {
      const w = window as unknown as { __ks: Promise<number> }
      const node = () => document.querySelector(`[aria-label="${l}"] .match-lines`)
      const before = node()?.textContent
      w.__ks = new Promise((resolve) => {
        let t0 = 0
        setTimeout(() => resolve(-1), 20_000)
        document.addEventListener('keydown', () => (t0 = performance.now()), { once: true, capture: true })
        const mo = new MutationObserver(() => {
          if (t0 && node()?.textContent !== before) {
            mo.disconnect()
            requestAnimationFrame(() => resolve(performance.now() - t0))
          }
        })
        mo.observe(document.querySelector('.react-flow__nodes')!, { subtree: true, childList: true, characterData: true })
      })
    }, label)
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)))
    const ms = await page.evaluate(() => (window as unknown as { __ks: Promise<number> }).__ks)
    if (ms < 0) throw new Error(`[${lab.name}] the graph did not show keystroke ${i + 1} within 20 s`)
    out.push(ms)
  }
  return out
}

/** Pans the viewport down in steps at zoom 1, one step per frame; answers frame-to-frame times. */
export async function pan(lab: Lab): Promise<number[]> {
  await lab.page.bringToFront()
  return lab.page.evaluate(async (frames) => {
    const c = window.routelabCanvas!
    const raf = () => new Promise<number>((r) => requestAnimationFrame(r))
    c.setViewport(30, 30, 1)
    await raf()
    await raf()
    const deltas: number[] = []
    let last = performance.now()
    for (let i = 1; i <= frames; i++) {
      c.setViewport(30 - (i % 2) * 6, 30 - i * 14, 1)
      await raf()
      const now = performance.now()
      deltas.push(now - last)
      last = now
    }
    return deltas
  }, PAN_FRAMES)
}

export interface Spec {
  name: string
  text: () => string | undefined
  route: string
}

/**
 * One browser at a time: headless Chromium stops giving animation frames to a browser that is not
 * the newest, and every measurement here is made of frames. So each block of a round opens its
 * page fresh, measures, and closes.
 */
export async function withLab<T>(url: string, spec: Spec, fn: (lab: Lab) => Promise<T>): Promise<T> {
  const lab = await open(url, spec.name, spec.text(), spec.route)
  try {
    return await fn(lab)
  } finally {
    await lab.close()
  }
}

/** The pages measured: the 100-node baseline, the starter example, 500 and 1,000 routes (texts made once). */
export function benchSpecs(): Record<'baseline' | 'example' | 'r500' | 'r1000', Spec> {
  const texts = new Map<string, string>()
  const cached = (key: string, make: () => string) => () => texts.get(key) ?? (texts.set(key, make()), texts.get(key)!)
  return {
    baseline: { name: 'baseline', text: cached('b', () => generateWorkspace(17, 7)), route: 'HTTPRoute team-b/route-9' },
    example: { name: 'example', text: () => undefined, route: 'HTTPRoute shop/checkout' },
    r500: { name: '500 routes', text: cached('500', () => generateWorkspace(500, 11)), route: 'HTTPRoute team-c/route-250' },
    r1000: { name: '1,000 routes', text: cached('1000', () => generateWorkspace(1000, 13)), route: 'HTTPRoute team-a/route-500' },
  }
}
