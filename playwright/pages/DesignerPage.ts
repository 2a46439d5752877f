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

  /** The status badges of a node (`HTTPRoute shop/web`) or of a listener port (`Listener shop/http`). */
  badges(label: string): Locator {
    return this.node(label).locator('.badges').first().locator('.badge')
  }

  /** An edge by the start of its accessible name, e.g. `parentRef from team/web`. */
  edge(name: string): Locator {
    return this.canvas.locator(`.react-flow__edge[aria-label^="${name}"]`)
  }

  /** The drawn path of an edge, whose classes say its state (`invalid`, `no-grant`, `granted`). */
  edgePath(edge: Locator): Locator {
    return edge.locator('path.lab-edge')
  }

  /** The labels drawn on an edge (share, ReferenceGrant, reason). */
  async edgeTags(edge: Locator): Promise<Locator> {
    const id = await edge.getAttribute('data-id')
    return this.canvas.locator(`.edge-label[data-edge-id="${id}"]`)
  }

  /** Frames the whole graph (the zoom controls' fit button). */
  async fitView(): Promise<void> {
    await this.canvas.locator('.react-flow__controls-fitview').click()
    await this.page.waitForTimeout(300)
  }

  /** Drags from one handle to another in small moves, as a hand would. */
  async dragBetween(from: Locator, to: Locator): Promise<void> {
    const a = (await from.boundingBox())!
    const b = (await to.boundingBox())!
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
    await this.page.mouse.down()
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 })
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 })
    await this.page.mouse.up()
  }

  /** Waits until the engine has analysed the current text. */
  async settled(): Promise<void> {
    await expect.poll(() => this.page.evaluate(() => window.routelab?.analysisVersion() === window.routelab?.version())).toBe(true)
  }
}

export { changedLines } from '../../tests/helpers/changed-lines'
