import { expect, type Locator } from '@playwright/test'
import { LabPage } from './LabPage'

/** The designer: graph nodes, the inspector's controls, and the one undo history. */
export class DesignerPage extends LabPage {
  /** A rule node, e.g. `rule(1, 'HTTPRoute shop/checkout')`. */
  rule(index: number, route: string): Locator {
    return this.node(`Rule ${index} of ${route}`)
  }

  async select(label: string): Promise<void> {
    await this.node(label).click()
  }

  weightSlider(backend: string): Locator {
    return this.inspector.getByRole('slider', { name: `Weight of ${backend}`, exact: true })
  }

  share(backend: string): Locator {
    return this.inspector.getByLabel(`Share of ${backend}`)
  }

  /** Drags a range input from its thumb to `fraction` of its width, in several mouse moves (one gesture). */
  async dragSlider(slider: Locator, fraction: number): Promise<void> {
    await slider.scrollIntoViewIfNeeded()
    const box = await slider.boundingBox()
    if (!box) throw new Error('slider not visible')
    const value = Number(await slider.inputValue())
    const max = Number(await slider.getAttribute('max'))
    const thumb = 8
    const xOf = (f: number) => box.x + thumb + f * (box.width - 2 * thumb)
    const y = box.y + box.height / 2
    await this.page.mouse.move(xOf(value / max), y)
    await this.page.mouse.down()
    for (let i = 1; i <= 8; i++) await this.page.mouse.move(xOf(value / max + ((fraction - value / max) * i) / 8), y)
    await this.page.mouse.up()
  }

  /** Moves the editor's cursor to the end of the first line containing `needle`. */
  async goToEndOf(needle: string): Promise<void> {
    const text = await this.text()
    const line = text.slice(0, text.indexOf(needle)).split('\n').length
    await this.focusEditor()
    await this.page.keyboard.press('ControlOrMeta+G')
    await this.page.keyboard.type(String(line))
    await this.page.keyboard.press('Enter')
    await this.page.keyboard.press('End')
  }

  /** Waits until the engine has analysed the current text. */
  async settled(): Promise<void> {
    await expect.poll(() => this.page.evaluate(() => window.routelab?.analysisVersion() === window.routelab?.version())).toBe(true)
  }
}

export { changedLines } from '../../tests/helpers/changed-lines'
