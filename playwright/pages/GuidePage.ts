import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { WorkspacePage } from './WorkspacePage'

/** The lab with its guide: the examples gallery, Learn mode, and the diagram and routing table export. */
export class GuidePage extends WorkspacePage {
  readonly gallery: Locator
  readonly learn: Locator
  readonly exportDialog: Locator

  constructor(page: Page) {
    super(page)
    this.gallery = page.getByTestId('examples-panel')
    this.learn = page.getByTestId('learn-panel')
    this.exportDialog = page.getByTestId('diagram-dialog')
  }

  async openGallery(): Promise<void> {
    await this.page.getByRole('button', { name: 'Examples', exact: true }).click()
    await expect(this.gallery.getByRole('heading', { name: 'Examples' })).toBeVisible()
  }

  /** An example's card in the gallery, by its id. */
  card(id: string): Locator {
    return this.gallery.locator(`[data-example="${id}"]`)
  }

  async openLearn(): Promise<void> {
    await this.page.getByRole('button', { name: 'Learn', exact: true }).click()
    await expect(this.learn.getByRole('heading', { name: 'Learn' })).toBeVisible()
  }

  async openExport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Diagram & table…' }).click()
    await expect(this.exportDialog).toBeVisible()
  }

  /** Clicks a button that downloads a file; returns the download and the file's bytes. */
  async download(button: Locator): Promise<{ download: Download; bytes: Buffer }> {
    const pending = this.page.waitForEvent('download')
    await button.click()
    const download = await pending
    return { download, bytes: await readFile(await download.path()) }
  }
}
