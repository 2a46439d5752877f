import { expect, snap, test } from './fixtures'
import { GuidePage } from './pages/GuidePage'

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

test('the graph downloads as an SVG that parses and names every node, and as a PNG of sensible size', async ({ lab }) => {
  const app = new GuidePage(lab)
  await app.openAt('/')
  await app.waitAnalysed()
  // The canvas's nodes (all mounted: the starter graph is small) and their accessible names.
  const onCanvas = await app.canvas
    .locator('.react-flow__node')
    .evaluateAll((els) =>
      els.flatMap((e) =>
        e.querySelector('[data-node-id]') ? [`${e.querySelector('[data-node-id]')!.getAttribute('data-node-id')} ${e.getAttribute('aria-label')}`] : [],
      ),
    )
  expect(onCanvas.length).toBeGreaterThan(5)
  await app.openExport()
  await expect(app.exportDialog.getByTestId('diagram-preview').locator('img')).toBeVisible()

  const svg = await app.download(app.exportDialog.getByRole('button', { name: 'Download SVG' }))
  expect(svg.download.suggestedFilename()).toMatch(/\.svg$/)
  const parsed = await lab.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    const root = doc.documentElement
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      nodes: [...doc.querySelectorAll('g.node')].map((g) => `${g.getAttribute('data-id')} ${g.querySelector(':scope > title')?.textContent}`),
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
    }
  }, svg.bytes.toString('utf8'))
  expect(parsed.error).toBe(0)
  expect(parsed.root).toBe('svg')
  expect(parsed.nodes.sort()).toEqual(onCanvas.sort())
  for (const word of ['edge', 'checkout', 'catalog-beta', 'checkout-v2', '90%', '10%', '/cart']) expect(parsed.text).toContain(word)

  const png = await app.download(app.exportDialog.getByRole('button', { name: 'Download PNG' }))
  expect(png.download.suggestedFilename()).toMatch(/\.png$/)
  const size = pngSize(png.bytes)
  expect(size).toEqual({ width: parsed.width * 2, height: parsed.height * 2 })
  expect(size.width).toBeGreaterThan(800)
  expect(size.height).toBeGreaterThan(300)
  // The browser decodes it, and it is not blank: the light background and dark text both occur.
  const pixels = await lab.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob())
    const c = new OffscreenCanvas(bitmap.width, bitmap.height)
    const ctx = c.getContext('2d')!
    ctx.drawImage(bitmap, 0, 0)
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data
    let dark = 0
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 80 && data[i + 1]! < 80 && data[i + 2]! < 80) dark++
    return { width: bitmap.width, corner: [...data.slice(0, 3)], dark }
  }, png.bytes.toString('base64'))
  expect(pixels.width).toBe(size.width)
  expect(pixels.corner).toEqual([0xf4, 0xf5, 0xf7])
  expect(pixels.dark).toBeGreaterThan(1000)

  // Dark, on a transparent background.
  await app.exportDialog.getByLabel('Dark').check()
  await app.exportDialog.getByLabel('Transparent background').check()
  const dark = (await app.download(app.exportDialog.getByRole('button', { name: 'Download SVG' }))).bytes.toString('utf8')
  expect(dark).toContain('#181c23')
  expect(dark).not.toContain('fill="#101318"')
  await snap(lab, 'diagram-dialog')
})

test('the routing table downloads and copies as Markdown and JSON, from the engine', async ({ lab }) => {
  const app = new GuidePage(lab)
  await app.openAt('/')
  await app.openExport()
  const preview = app.exportDialog.getByTestId('table-preview')
  await expect(app.exportDialog.getByTestId('table-summary')).toHaveText('2 listeners, 4 rows')
  await expect(preview).toContainText('## Gateway shop/edge · listener https (HTTPS :443, *.shop.example.com)')
  await expect(preview).toContainText('| 1 | PathPrefix `/`, header x-beta = `true` | shop/catalog | 0 |  | shop/catalog-beta:8080 100% |')
  const md = await app.download(app.exportDialog.getByRole('button', { name: 'Download .md' }))
  expect(md.download.suggestedFilename()).toMatch(/\.routes\.md$/)
  expect(md.bytes.toString('utf8')).toBe(await preview.innerText())

  await app.exportDialog.getByLabel('JSON').check()
  await expect(preview).toContainText('"listeners"')
  const json = await app.download(app.exportDialog.getByRole('button', { name: 'Download .json' }))
  const table = JSON.parse(json.bytes.toString('utf8')) as {
    listeners: { listener: string; hosts: { rows: { backends: { name: string; share: number }[] }[] }[] }[]
  }
  expect(table.listeners.map((l) => l.listener)).toEqual(['http', 'https'])
  const shares = table.listeners[0]!.hosts.flatMap((h) => h.rows.flatMap((r) => r.backends.map((b) => `${b.name} ${b.share}`)))
  expect(shares).toEqual(['checkout-v1 0.9', 'checkout-v2 0.1'])

  await lab.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await app.exportDialog.getByRole('button', { name: 'Copy JSON' }).click()
  await expect(app.notices).toContainText('The routing table is on the clipboard.')
  expect(JSON.parse(await lab.evaluate(() => navigator.clipboard.readText()))).toEqual(table)

  // The table follows the text: a new route shows up after an edit.
  await app.exportDialog.getByRole('button', { name: 'Close' }).click()
  await app.appendText(
    '\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: search, namespace: shop}\nspec:\n  parentRefs: [{name: edge}]\n  hostnames: [search.shop.example.com]\n  rules: [{backendRefs: [{name: search, port: 80}]}]\n',
  )
  await app.waitAnalysed()
  await app.openExport()
  await app.exportDialog.getByLabel('Markdown').check()
  await expect(preview).toContainText('### search.shop.example.com (HTTPRoute)')
})
