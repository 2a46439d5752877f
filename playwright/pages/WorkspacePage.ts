import { expect, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { LabPage } from './LabPage'

/** The lab with its workspace controls: the workspace list, save state, import, export and share. */
export class WorkspacePage extends LabPage {
  readonly menuButton: Locator
  readonly saveStatus: Locator
  readonly notices: Locator
  readonly fileInput: Locator

  constructor(page: Page) {
    super(page)
    this.menuButton = page.getByTestId('workspace-menu')
    this.saveStatus = page.getByTestId('save-status')
    this.notices = page.getByTestId('notices')
    this.fileInput = page.getByTestId('open-files')
  }

  /** Opens the app at `path` (a share link's `/#share=…`, say) and waits for the editor. */
  async openAt(path: string): Promise<void> {
    await this.page.goto(path)
    await expect(this.editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 })
    await expect(this.saveStatus).toBeVisible()
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved/)
  }

  /** Waits until the engine has analysed the current text (the header counts are up to date). */
  async waitAnalysed(): Promise<void> {
    await expect.poll(() => this.page.evaluate(() => window.routelab?.version() === window.routelab?.analysisVersion())).toBe(true)
  }

  currentName(): Promise<string> {
    return this.menuButton.locator('.ws-menu-name').innerText()
  }

  async workspaceNames(): Promise<string[]> {
    await this.menuButton.click()
    const names = await this.page.getByRole('dialog', { name: 'Workspaces' }).locator('.ws-row-name').allInnerTexts()
    await this.page.keyboard.press('Escape')
    return names
  }

  async menuAction(name: string): Promise<void> {
    await this.menuButton.click()
    await this.page.getByRole('dialog', { name: 'Workspaces' }).getByRole('button', { name, exact: true }).click()
  }

  async switchTo(workspace: string): Promise<void> {
    await this.menuButton.click()
    await this.page.getByRole('dialog', { name: 'Workspaces' }).locator('.ws-row-open').filter({ has: this.page.getByText(workspace, { exact: true }) }).click()
    await expect(this.menuButton).toContainText(workspace)
  }

  /** Every node on the canvas by its accessible name, sorted: "the same graph" compares these. */
  async graphLabels(): Promise<string[]> {
    const labels = await this.canvas.locator('[data-node-id]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
    return labels.sort()
  }

  /** Export → Download .yaml, with the options given; returns the downloaded file's text. */
  async exportDownload(options: { strip?: boolean } = {}): Promise<string> {
    await this.page.getByRole('button', { name: 'Export…' }).click()
    const dialog = this.page.getByTestId('export-dialog')
    if (options.strip) await dialog.getByLabel(/Remove status and server fields/).check()
    const download = this.page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download .yaml' }).click()
    const file = await (await download).path()
    await dialog.getByRole('button', { name: 'Close' }).click()
    return readFile(file, 'utf8')
  }

  /** Export → Download test cases; returns the file's text. */
  async exportCases(): Promise<string> {
    await this.page.getByRole('button', { name: 'Export…' }).click()
    const dialog = this.page.getByTestId('export-dialog')
    const download = this.page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download test cases' }).click()
    const file = await (await download).path()
    await dialog.getByRole('button', { name: 'Close' }).click()
    return readFile(file, 'utf8')
  }

  /** Opens files through the Open… button's file input. */
  async importFiles(files: { name: string; text: string }[]): Promise<Locator> {
    await this.fileInput.setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/yaml', buffer: Buffer.from(f.text) })))
    return this.page.getByTestId('import-review')
  }

  /** Share… → the link shown in the dialog. */
  async shareLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Share…' }).click()
    const input = this.page.getByTestId('share-link')
    await expect(input).toHaveValue(/#share=/)
    const url = await input.inputValue()
    await this.page.getByTestId('share-dialog').getByRole('button', { name: 'Close' }).click()
    return url
  }
}
