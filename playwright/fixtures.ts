import { test as base, expect, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'

/**
 * Every page a test opens is watched: console errors, uncaught exceptions and any request that
 * leaves 127.0.0.1 fail the test. RouteLab works offline and sends nothing anywhere.
 */
export const test = base.extend<{ lab: Page }>({
  lab: async ({ page }, use) => {
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
    await use(page)
    expect(offsite, 'requests that left 127.0.0.1').toEqual([])
    expect(errors, 'console errors').toEqual([])
  },
})

export { expect }

/** Screenshots for people to look at; the folder is gitignored. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync('playwright/screenshots', { recursive: true })
  await page.screenshot({ path: `playwright/screenshots/${name}.png` })
}
