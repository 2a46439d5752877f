import { expect, type Locator, type Page } from '@playwright/test'

/** The lab as a user sees it: graph, YAML editor, header and panels. */
export class LabPage {
  readonly canvas: Locator
  readonly editor: Locator
  readonly banner: Locator
  readonly counts: Locator
  readonly inspector: Locator

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId('canvas')
    this.editor = page.getByTestId('yaml-editor')
    this.banner = page.getByTestId('syntax-banner')
    this.counts = page.getByTestId('header-counts')
    this.inspector = page.getByRole('region', { name: 'Inspector' })
  }

  async open(): Promise<void> {
    await this.page.goto('/')
    await expect(this.editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 })
  }

  /** A graph node by its accessible name, e.g. `HTTPRoute shop/checkout`. */
  node(label: string): Locator {
    return this.canvas.getByLabel(label, { exact: true })
  }

  /** The full editor text, read from the app's test handle (Monaco renders only visible lines). */
  async text(): Promise<string> {
    return this.page.evaluate(() => window.routelab?.text() ?? '')
  }

  /** Puts the keyboard focus in the editor (its text layer is taller than the view, so click near the top). */
  async focusEditor(): Promise<void> {
    await this.editor.click({ position: { x: 120, y: 20 } })
  }

  /** Pastes through the real clipboard, as a user would (typing would trigger auto-indent). */
  async paste(text: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text)
    await this.page.keyboard.press('ControlOrMeta+V')
  }

  /** Selects everything in the editor and pastes `text` over it. */
  async replaceText(text: string): Promise<void> {
    await this.focusEditor()
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.paste(text)
  }

  /** Moves the cursor to the end of the document and pastes `text` there. */
  async appendText(text: string): Promise<void> {
    await this.focusEditor()
    await this.page.keyboard.press('ControlOrMeta+End')
    await this.paste(text)
  }
}
