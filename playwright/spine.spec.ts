import { LabPage } from './pages/LabPage'
import { expect, snap, test } from './fixtures'

test('the example loads offline, with its resources on the graph', async ({ lab }) => {
  const app = new LabPage(lab)
  await app.open()
  await expect(lab.getByRole('heading', { name: 'RouteLab' })).toBeVisible()
  for (const label of ['Gateway shop/edge', 'HTTPRoute shop/checkout', 'HTTPRoute shop/catalog', 'Service shop/checkout-v1', 'Service shop/checkout-v2', 'Service shop/catalog-beta']) {
    await expect(app.node(label)).toBeVisible()
  }
  await expect(app.node('Listener shop/http')).toBeVisible()
  await expect(app.node('Listener shop/https')).toBeVisible()
  await expect(app.canvas.getByText('90%')).toBeVisible()
  await expect(app.canvas.getByText('10%')).toBeVisible()
  await expect(app.inspector).toBeVisible()
  await expect(lab.getByRole('tab', { name: 'Tester' })).toBeVisible()
  await expect(lab.getByRole('tab', { name: 'Status' })).toBeVisible()
  await snap(lab, 'example')
})

test('pasting a new HTTPRoute adds its node', async ({ lab }) => {
  const app = new LabPage(lab)
  await app.open()
  await expect(app.node('HTTPRoute shop/checkout')).toBeVisible()
  await app.appendText(
    ['---', 'apiVersion: gateway.networking.k8s.io/v1', 'kind: HTTPRoute', 'metadata:', '  name: search', '  namespace: shop', 'spec:', '  parentRefs:', '    - name: edge', '  rules:', '    - backendRefs:', '        - name: search', '          port: 80', ''].join('\n'),
  )
  await expect(app.node('HTTPRoute shop/search')).toBeVisible()
  await expect(app.node('Service shop/search')).toBeVisible()
  await snap(lab, 'pasted-route')
})

test('broken YAML shows an error and keeps the text exactly as typed', async ({ lab }) => {
  const app = new LabPage(lab)
  await app.open()
  await expect(app.node('HTTPRoute shop/checkout')).toBeVisible()
  const broken = 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: [unclosed\n  namespace: shop\n'
  await app.replaceText(broken)
  await expect(app.banner).toBeVisible()
  await expect(app.banner).toContainText('workspace.yaml:')
  expect(await app.text()).toBe(broken)
  // The graph keeps the last good model, greyed out.
  await expect(app.node('HTTPRoute shop/checkout')).toBeVisible()
  await expect(app.canvas).toHaveClass(/stale/)
  await expect(app.editor.locator('.squiggly-error').first()).toBeVisible()
  await snap(lab, 'broken-yaml')
})
