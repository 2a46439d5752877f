import { expect, type Locator, type Page } from '@playwright/test'
import { LabPage } from './LabPage'

/** The lab with its bottom panel: the request tester, the test cases, status and problems. */
export class TesterPage extends LabPage {
  readonly form: Locator
  readonly result: Locator

  constructor(page: Page) {
    super(page)
    this.form = page.getByRole('form', { name: 'Request' })
    this.result = page.getByTestId('tester-result')
  }

  /** Opens the lab with `text` loaded in place of the starter example (a load, not an edit). */
  async openWith(text?: string): Promise<void> {
    await this.open()
    if (text === undefined) return
    await this.page.evaluate((t) => window.routelab?.load(t), text)
    await expect.poll(() => this.page.evaluate(() => window.routelab?.analysisVersion() === window.routelab?.version())).toBe(true)
  }

  async tab(name: RegExp | string): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }

  /** Fills the request form and sends it by pressing Enter in the path field. */
  async send(r: { protocol?: string; host?: string; path?: string; headers?: Record<string, string> }): Promise<void> {
    await this.tab('Tester')
    if (r.protocol) await this.form.getByLabel('Protocol').selectOption(r.protocol)
    if (r.host !== undefined) await this.form.getByLabel('Host').fill(r.host)
    const headers = Object.entries(r.headers ?? {})
    // Clear the header rows the form was offered with, then add ours.
    while ((await this.form.getByRole('button', { name: /^Remove header/ }).count()) > 0) await this.form.getByRole('button', { name: /^Remove header/ }).first().click()
    for (const [i, [name, value]] of headers.entries()) {
      await this.form.getByRole('button', { name: '+ header' }).click()
      await this.form.getByLabel(`Header ${i + 1} name`).fill(name)
      await this.form.getByLabel(`Header ${i + 1} value`).fill(value)
    }
    const path = this.form.getByLabel('Path and query')
    if (r.path !== undefined) await path.fill(r.path)
    await path.press('Enter')
    await expect(this.result).toBeVisible()
  }

  /** A graph item by its id: `rt:HTTPRoute/shop/checkout`, `be:Service/shop/catalog`. */
  graphNode(id: string): Locator {
    return this.canvas.locator(`[data-node-id="${id}"]`)
  }

  backend(name: string): Locator {
    return this.result.getByTestId('result-backend').filter({ hasText: name })
  }
}
