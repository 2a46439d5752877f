import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS } from '../../playwright.config'
import { generateWorkspace } from './generate'
import { serveDist } from './serve'
const server = await serveDist()
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
await context.addInitScript('globalThis.__name = (f) => f')
const page = await context.newPage()
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)))
await page.goto(server.url)
await page.locator('.view-lines').waitFor()
let t = Date.now()
await page.evaluate((x) => window.routelab!.load(x), generateWorkspace(500, 11))
await page.waitForFunction(() => window.routelab!.analysisVersion() === window.routelab!.version(), undefined, { timeout: 120000 })
console.log('settled', Date.now() - t)
t = Date.now()
await page.evaluate(() => window.routelabCanvas!.frame('rt:HTTPRoute/team-c/route-250'))
console.log('framed', Date.now() - t, await page.evaluate(() => window.routelabCanvas!.getViewport()))
await page.waitForTimeout(500)
console.log('count', await page.locator('[aria-label="Show the rules of HTTPRoute team-c/route-250"]').count(), await page.locator('.react-flow__node').count())
await page.locator('[aria-label="Show the rules of HTTPRoute team-c/route-250"]').click()
for (let i = 0; i < 12; i++) {
  const t1 = Date.now()
  const v = await page.evaluate(() => [window.routelab!.version(), window.routelab!.analysisVersion(), document.querySelectorAll('.react-flow__node').length])
  console.log('tick', i, Date.now() - t1, 'ms', v)
  await page.waitForTimeout(1000)
}
await page.evaluate(() => window.routelabCanvas!.frame('ru:HTTPRoute/team-c/route-250#0'))
await page.waitForTimeout(1000)
console.log('rule', await page.locator('[aria-label="Rule 1 of HTTPRoute team-c/route-250"]').count())
await page.screenshot({ path: '/tmp/dbg500.png' })
await browser.close(); await server.close()
