import { expect, snap, test } from './fixtures'
import { changedLines, DesignerPage } from './pages/DesignerPage'

const CHECKOUT = 'HTTPRoute shop/checkout'

test('1: dragging a weight slider changes exactly one YAML line, with comments kept', async ({ lab }) => {
  const app = new DesignerPage(lab)
  await app.open()
  await app.select(`Rule 1 of ${CHECKOUT}`)
  const before = await app.text()
  const slider = app.weightSlider('checkout-v1')
  await expect(slider).toHaveValue('90')
  await app.dragSlider(slider, 0.4)
  await expect.poll(async () => changedLines(before, await app.text()).added.join('\n')).toMatch(/^ {10}weight: \d+$/)
  await app.settled()
  const after = await app.text()
  const diff = changedLines(before, after)
  expect(diff.removed).toEqual(['          weight: 90'])
  expect(diff.added).toHaveLength(1)
  const weight = Number(diff.added[0]!.split(':')[1])
  expect(weight).toBeGreaterThan(20)
  expect(weight).toBeLessThan(60)
  expect(after).toContain('# 90% of checkout traffic stays on v1, 10% tries v2.')
  // The graph and the inspector both show the new split.
  const share = `${Math.round((weight / (weight + 10)) * 1000) / 10}%`
  await expect(app.share('checkout-v1')).toHaveText(share)
  await expect(app.canvas.getByText(share, { exact: true })).toBeVisible()
  await snap(lab, 'weight-slider')
})

test('2: editing a path in the YAML changes the rule node', async ({ lab }) => {
  const app = new DesignerPage(lab)
  await app.open()
  const rule = app.rule(1, CHECKOUT)
  await expect(rule).toContainText('/cart')
  await app.goToEndOf('value: /cart')
  await lab.keyboard.type('/items')
  await expect(rule).toContainText('/cart/items')
  // Typing in a path never moves the graph.
  const box = await rule.boundingBox()
  await lab.keyboard.type('/x')
  await expect(rule).toContainText('/cart/items/x')
  expect(await rule.boundingBox()).toEqual(box)
})

test('5: broken YAML shows the banner, keeps the text, and pauses visual editing', async ({ lab }) => {
  const app = new DesignerPage(lab)
  await app.open()
  await app.select(`Rule 1 of ${CHECKOUT}`)
  await expect(app.weightSlider('checkout-v1')).toBeEnabled()
  await app.goToEndOf('  name: checkout')
  await lab.keyboard.type(': oops')
  await expect(app.banner).toBeVisible()
  await expect(app.banner).toContainText('workspace.yaml:')
  await expect(app.banner).toContainText('visual editing is paused')
  expect(await app.text()).toContain('  name: checkout: oops\n')
  await expect(app.canvas).toHaveClass(/stale/)
  await expect(app.rule(1, CHECKOUT)).toBeVisible()
  await expect(app.weightSlider('checkout-v1')).toBeDisabled()
  await snap(lab, 'broken-yaml-paused')
  for (let i = 0; i < ': oops'.length; i++) await lab.keyboard.press('Backspace')
  await expect(app.banner).toBeHidden()
  await expect(app.weightSlider('checkout-v1')).toBeEnabled()
})

test('6: undo and redo work across a visual and a text edit', async ({ lab }) => {
  const app = new DesignerPage(lab)
  await app.open()
  const original = await app.text()
  await app.select(`Rule 1 of ${CHECKOUT}`)
  // A visual edit: one slider drag (many values on the way, one undo entry).
  await app.dragSlider(app.weightSlider('checkout-v1'), 0.2)
  await expect.poll(async () => changedLines(original, await app.text()).added.length).toBe(1)
  await app.settled()
  const visual = await app.text()
  // A text edit after it.
  await app.goToEndOf('- checkout.shop.example.com')
  await lab.keyboard.type('.test')
  await expect.poll(() => app.text()).toContain('- checkout.shop.example.com.test')
  const both = await app.text()

  await lab.keyboard.press('ControlOrMeta+Z')
  await expect.poll(() => app.text()).toBe(visual)
  await lab.keyboard.press('ControlOrMeta+Z')
  await expect.poll(() => app.text()).toBe(original)
  await expect(app.canvas.getByText('90%', { exact: true })).toBeVisible()

  // Redo from outside the editor: the canvas sends the keys to the same history.
  await app.canvas.locator('.react-flow__pane').click({ position: { x: 400, y: 500 } })
  await lab.keyboard.press('ControlOrMeta+Shift+Z')
  await expect.poll(() => app.text()).toBe(visual)
  await lab.keyboard.press('ControlOrMeta+Shift+Z')
  await expect.poll(() => app.text()).toBe(both)
})

test('the palette adds a route; dragging it onto a listener writes a parentRef; Delete removes it', async ({ lab }) => {
  const app = new DesignerPage(lab)
  await app.open()
  await app.canvas.getByRole('button', { name: 'Add' }).click()
  await lab.getByRole('menuitem', { name: 'HTTPRoute' }).click()
  const route = app.node('HTTPRoute shop/http-route-1')
  await expect(route).toBeVisible()
  await expect(app.inspector).toContainText('HTTPRoute shop/http-route-1')
  expect(await app.text()).toContain('kind: HTTPRoute\nmetadata:\n  name: http-route-1\n  namespace: shop\n')

  // From the listener's port to the route.
  const from = app.node('Listener shop/https').locator('.react-flow__handle')
  const to = route.locator('.react-flow__handle.target')
  const a = (await from.boundingBox())!
  const b = (await to.boundingBox())!
  await lab.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await lab.mouse.down()
  await lab.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 })
  await lab.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 })
  await lab.mouse.up()
  await expect.poll(() => app.text()).toContain('  name: http-route-1\n  namespace: shop\nspec:\n  rules:\n    - matches:\n        - path:\n            type: PathPrefix\n            value: /\n  parentRefs:\n    - name: edge\n      sectionName: https\n')

  await app.select('HTTPRoute shop/http-route-1')
  await lab.keyboard.press('Delete')
  await expect(route).toBeHidden()
  expect(await app.text()).not.toContain('http-route-1')
})
