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

test('3: adding a route from the palette and connecting it to a listener writes a parentRef, and the route turns Accepted', async ({ lab }) => {
  const app = new DesignerPage(lab)
  await app.open()
  await expect(app.badges('Listener shop/https')).toHaveText(['2'])
  await app.canvas.getByRole('button', { name: 'Add' }).click()
  await lab.getByRole('menuitem', { name: 'HTTPRoute' }).click()
  const route = app.node('HTTPRoute shop/http-route-1')
  await expect(route).toBeVisible()
  await expect(app.inspector).toContainText('HTTPRoute shop/http-route-1')
  expect(await app.text()).toContain('kind: HTTPRoute\nmetadata:\n  name: http-route-1\n  namespace: shop\n')
  // Not attached yet: no parent, so nothing is accepted.
  await expect(app.badges('HTTPRoute shop/http-route-1')).toHaveText(['No parent'])

  // From the listener's port to the route.
  await app.dragBetween(app.node('Listener shop/https').locator('.react-flow__handle'), route.locator('.react-flow__handle.target'))
  await expect.poll(() => app.text()).toContain('  name: http-route-1\n  namespace: shop\nspec:\n  rules:\n    - matches:\n        - path:\n            type: PathPrefix\n            value: /\n  parentRefs:\n    - name: edge\n      sectionName: https\n')
  await expect(app.badges('HTTPRoute shop/http-route-1')).toHaveText(['Accepted', 'ResolvedRefs'])
  await expect(app.badges('HTTPRoute shop/http-route-1').first()).toHaveClass(/tone-ok/)
  // The listener counts it, and the new edge leaves from that listener.
  await expect(app.badges('Listener shop/https')).toHaveText(['3'])
  const edge = app.edge('parentRef from shop/http-route-1 to shop/edge listener https')
  await expect(edge).toHaveCount(1)
  await expect(app.edgePath(edge)).not.toHaveClass(/invalid/)
  await snap(lab, 'route-accepted')

  await app.select('HTTPRoute shop/http-route-1')
  await lab.keyboard.press('Delete')
  await expect(route).toBeHidden()
  expect(await app.text()).not.toContain('http-route-1')
  await expect(app.badges('Listener shop/https')).toHaveText(['2'])
})

test('4: a cross-namespace backend shows "no ReferenceGrant", and accepting the offered grant turns it green', async ({ lab }) => {
  const app = new DesignerPage(lab)
  await app.open()
  await app.appendText('\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: pay\n  namespace: payments\nspec:\n  ports:\n    - port: 8080\n')
  const pay = app.node('Service payments/pay')
  await expect(pay).toBeVisible()
  await app.fitView()

  await app.dragBetween(app.rule(1, CHECKOUT).locator('.react-flow__handle.source'), pay.locator('.react-flow__handle.target'))
  await expect.poll(() => app.text()).toContain('        - name: pay\n          namespace: payments\n          port: 8080\n')
  const edge = app.edge('backendRef shop/checkout rule 1 to payments/pay')
  await expect(edge).toHaveCount(1)
  const tags = await app.edgeTags(edge)
  // Before: refused, so red and dashed, marked "no ReferenceGrant"; the route says why.
  await expect(tags.locator('.grant')).toHaveText('no ReferenceGrant')
  await expect(app.edgePath(edge)).toHaveClass(/invalid/)
  expect(await app.edgePath(edge).evaluate((p) => getComputedStyle(p).strokeDasharray)).not.toBe('none')
  await expect(app.badges(CHECKOUT)).toHaveText(['Accepted', 'RefNotPermitted'])
  const offer = lab.getByTestId('notice').getByRole('button', { name: 'Add ReferenceGrant in payments' })
  await expect(offer).toBeVisible()
  await snap(lab, 'no-reference-grant')

  await offer.click()
  await expect.poll(() => app.text()).toContain('kind: ReferenceGrant')
  // After: the grant that allows it is named, in green, and the edge is solid.
  await expect(tags.locator('.grant')).toHaveText(/^✓ grant allow-/)
  await expect(tags.locator('.grant')).toHaveClass(/ok/)
  await expect(app.edgePath(edge)).toHaveClass(/granted/)
  await expect(app.edgePath(edge)).not.toHaveClass(/invalid/)
  expect(await app.edgePath(edge).evaluate((p) => getComputedStyle(p).strokeDasharray)).toBe('none')
  await expect(app.badges(CHECKOUT)).toHaveText(['Accepted', 'ResolvedRefs'])
})

test('a route the listener does not allow gets a red dashed edge with its reason, explained on hover and in the inspector', async ({ lab }) => {
  const app = new DesignerPage(lab)
  await app.open()
  await app.appendText('\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: web\n  namespace: team\nspec:\n  parentRefs:\n    - name: edge\n      namespace: shop\n      sectionName: http\n')
  const route = app.node('HTTPRoute team/web')
  await expect(route).toBeVisible()
  await app.fitView()
  await expect(app.badges('HTTPRoute team/web')).toHaveText(['Not accepted', 'ResolvedRefs'])
  await expect(app.badges('HTTPRoute team/web').first()).toHaveClass(/tone-error/)

  const edge = app.edge('parentRef from team/web to shop/edge listener http')
  await expect(edge).toHaveCount(1)
  await expect(edge).toHaveAttribute('aria-label', /not accepted: NotAllowedByListeners$/)
  await expect(app.edgePath(edge)).toHaveClass(/invalid/)
  const style = await app.edgePath(edge).evaluate((p) => ({ dash: getComputedStyle(p).strokeDasharray, stroke: getComputedStyle(p).stroke, error: getComputedStyle(document.documentElement).getPropertyValue('--error').trim() }))
  expect(style.dash).not.toBe('none')
  expect(style.stroke).toBe(hexToRgb(style.error))
  const reason = (await app.edgeTags(edge)).locator('.reason')
  await expect(reason).toHaveText('✕ NotAllowedByListeners')
  await expect(reason).toHaveAttribute('title', /allowedRoutes\.namespaces\.from: Same/)

  // Hovering the badges opens the status card, at screen size.
  await app.badges('HTTPRoute team/web').first().hover()
  const tip = lab.getByRole('tooltip')
  await expect(tip).toContainText('HTTPRoute team/web: status')
  await expect(tip).toContainText('Accepted=False (NotAllowedByListeners)')
  await snap(lab, 'not-allowed-by-listeners')

  // Selecting the edge explains it in the inspector.
  await edge.focus()
  await lab.keyboard.press('Enter')
  await expect(app.inspector.getByRole('heading', { name: 'Status' })).toBeVisible()
  await expect(app.inspector).toContainText('NotAllowedByListeners')
  await expect(app.inspector).toContainText('allows routes from namespace shop only')
})

test('keyboard focus on a listener port shows its status card', async ({ lab }) => {
  const app = new DesignerPage(lab)
  await app.open()
  const port = app.node('Listener shop/https')
  await port.focus()
  // Focus from the keyboard, not the mouse: the card is for people who cannot hover.
  await lab.keyboard.press('Shift+Tab')
  await lab.keyboard.press('Tab')
  await expect(port).toBeFocused()
  const tip = lab.getByRole('tooltip')
  await expect(tip).toContainText('Listener https of Gateway shop/edge')
  await expect(tip).toContainText('attachedRoutes: 2')
  await expect(port).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!)
})

test('the editor says how to turn on screen reader mode, which then mirrors its lines and is remembered', async ({ lab }) => {
  const app = new DesignerPage(lab)
  await app.open()
  const area = app.editor.getByRole('textbox')
  const button = lab.getByRole('button', { name: 'Screen reader mode' })
  await expect(button).toHaveAttribute('aria-pressed', 'false')
  await expect(area).toHaveAttribute('aria-label', /screen reader optimized mode, use Shift\+Alt\+F1/)
  await app.focusEditor()
  await lab.keyboard.press('Shift+Alt+F1')
  await expect(button).toHaveAttribute('aria-pressed', 'true')
  await expect(area).toHaveAttribute('aria-label', 'Manifests (YAML)')
  // The lines around the caret are in the text area for the screen reader to read.
  await lab.keyboard.press('ArrowDown')
  await expect.poll(() => area.inputValue()).toContain('apiVersion: gateway.networking.k8s.io/v1')
  await app.open()
  await expect(button).toHaveAttribute('aria-pressed', 'true')
  await button.click()
  await expect(area).toHaveAttribute('aria-label', /not accessible at this time/)
})

/** `#c9303e` → `rgb(201, 48, 62)`, as computed styles report colours. */
function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}
