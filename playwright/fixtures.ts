import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'

/**
 * Watches a page: console errors, uncaught exceptions and any request that leaves 127.0.0.1 are
 * collected; `check()` fails the test if there were any. RouteLab works offline and sends nothing
 * anywhere.
 */
export function watch(page: Page): { check(): void } {
  const errors: string[] = []
  const offsite: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return
    if (url.hostname !== '127.0.0.1') offsite.push(r.url())
  })
  return {
    check() {
      expect(offsite, 'requests that left 127.0.0.1').toEqual([])
      expect(errors, 'console errors').toEqual([])
    },
  }
}

/**
 * `lab` is the test's page, watched. `openPage` opens more watched pages: in the same browser
 * context (another tab, sharing storage) or in a fresh one (another person's browser).
 */
export const test = base.extend<{ lab: Page; openPage: (where?: 'same-context' | 'fresh-context') => Promise<Page> }>({
  lab: async ({ page }, use) => {
    const watcher = watch(page)
    await use(page)
    watcher.check()
  },
  openPage: async ({ context, browser }, use) => {
    const watchers: { check(): void }[] = []
    const contexts: BrowserContext[] = []
    await use(async (where = 'same-context') => {
      const ctx = where === 'same-context' ? context : await newContext(browser, contexts)
      const page = await ctx.newPage()
      watchers.push(watch(page))
      return page
    })
    for (const w of watchers) w.check()
    for (const c of contexts) await c.close()
  },
})

async function newContext(browser: Browser, contexts: BrowserContext[]): Promise<BrowserContext> {
  const ctx = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 1280, height: 800 } })
  contexts.push(ctx)
  return ctx
}

export { expect }

/** Screenshots for people to look at; the folder is gitignored. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync('playwright/screenshots', { recursive: true })
  await page.screenshot({ path: `playwright/screenshots/${name}.png` })
}
