import LZString from 'lz-string'
import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import { kubectlList } from '../tests/helpers/kubectl-list'
import { makeLzBomb } from '../tests/helpers/lz-bomb'
import { expect, snap, test } from './fixtures'
import { WorkspacePage } from './pages/WorkspacePage'

const ROUTE = ['---', '# added in the test', 'apiVersion: gateway.networking.k8s.io/v1', 'kind: HTTPRoute', 'metadata:', '  name: search', '  namespace: shop', 'spec:', '  parentRefs:', '    - name: edge', '  rules:', '    - backendRefs:', '        - name: search', '          port: 80', ''].join('\n')

const shareLink = (payload: unknown) => `/#share=${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`

test('autosave survives a reload: text, and the open details tab', async ({ lab }) => {
  const app = new WorkspacePage(lab)
  await app.openAt('/')
  await app.appendText(ROUTE)
  await expect(app.node('HTTPRoute shop/search')).toBeVisible()
  await lab.getByRole('tab', { name: 'Status' }).click()
  await app.waitSaved()
  const text = await app.text()
  await lab.reload()
  await expect(app.editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 })
  await expect(app.node('HTTPRoute shop/search')).toBeVisible()
  expect(await app.text()).toBe(text)
  await expect(lab.getByRole('tab', { name: 'Status' })).toHaveAttribute('aria-selected', 'true')
})

test('named workspaces: new, rename, duplicate, switch, and delete with undo', async ({ lab }) => {
  const app = new WorkspacePage(lab)
  await app.openAt('/')
  const starter = await app.text()
  await app.menuAction('New workspace')
  await expect(app.menuButton).toContainText('Untitled')
  await app.replaceText('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n')
  await app.waitSaved()

  await app.menuButton.click()
  await lab.getByRole('button', { name: 'Rename Untitled' }).click()
  await lab.getByRole('dialog', { name: 'Rename workspace' }).getByLabel('Name').fill('Team A')
  await lab.getByRole('button', { name: 'Rename', exact: true }).click()
  await expect(app.menuButton).toContainText('Team A')

  await app.menuAction('Duplicate')
  await expect(app.menuButton).toContainText('Team A copy')
  expect(await app.text()).toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n')
  expect((await app.workspaceNames()).sort()).toEqual(['Canary split and header match', 'Team A', 'Team A copy'])

  await app.switchTo('Canary split and header match')
  expect(await app.text()).toBe(starter)

  await app.menuButton.click()
  await lab.getByRole('button', { name: 'Delete Team A copy' }).click()
  await expect(app.notices).toContainText('Deleted “Team A copy”.')
  expect((await app.workspaceNames()).sort()).toEqual(['Canary split and header match', 'Team A'])
  await app.notices.getByRole('button', { name: 'Undo' }).click()
  await expect(app.menuButton).toContainText('Team A copy')
  expect((await app.workspaceNames()).sort()).toEqual(['Canary split and header match', 'Team A', 'Team A copy'])
  await snap(lab, 'workspace-list')
})

test('export then import round-trips to identical text, in dependency order with comments', async ({ lab }) => {
  const app = new WorkspacePage(lab)
  await app.openAt('/')
  const unordered = [
    '# shop workspace',
    '---',
    '# the backend',
    'apiVersion: v1',
    'kind: Service',
    'metadata: {name: search, namespace: shop}',
    '---',
    'apiVersion: gateway.networking.k8s.io/v1',
    'kind: HTTPRoute',
    'metadata:',
    '  name: search  # keep this comment',
    '  namespace: shop',
    '  uid: 1234',
    'spec:',
    '  parentRefs: [{name: edge}]',
    'status: {parents: []}',
    '---',
    'apiVersion: gateway.networking.k8s.io/v1',
    'kind: Gateway',
    'metadata: {name: edge, namespace: shop}',
    'spec: {gatewayClassName: eg, listeners: [{name: http, port: 80, protocol: HTTP}]}',
    '---',
    'apiVersion: v1',
    'kind: Namespace',
    'metadata: {name: shop}',
    '',
  ].join('\n')
  await app.replaceText(unordered)
  await app.waitAnalysed()
  const exported = await app.exportDownload({ strip: true })
  expect(exported.match(/^kind: \w+/gm)).toEqual(['kind: Namespace', 'kind: Gateway', 'kind: HTTPRoute', 'kind: Service'])
  expect(exported).toContain('name: search  # keep this comment')
  expect(exported).toContain('# the backend')
  expect(exported).not.toMatch(/uid|status/)

  await app.replaceText('# something else\n')
  const review = await app.importFiles([{ name: 'export.yaml', text: exported }])
  await expect(review).toContainText('export.yaml: 1 Namespace, 1 Gateway, 1 HTTPRoute, 1 Service')
  await review.getByRole('button', { name: 'Replace workspace' }).click()
  await expect(review).toBeHidden()
  await expect.poll(() => app.text()).toBe(exported)
  await expect(app.node('HTTPRoute shop/search')).toBeVisible()
})

test('a share link opens as a new workspace in another browser, with the same graph and test cases, leaving its workspaces alone', async ({ lab, openPage }) => {
  const sender = new WorkspacePage(lab)
  const cases = [{ name: 'cart goes to checkout', request: { host: 'www.shop.example.com', path: '/cart' }, expect: { route: 'shop/checkout' } }]
  // The sender's workspace gets test cases the way a recipient would: from a link.
  await sender.openAt('/')
  const starter = await sender.text()
  await sender.openAt(shareLink({ v: 1, name: 'Checkout review', text: starter, cases }))
  await expect(sender.menuButton).toContainText('Checkout review')
  await sender.appendText(ROUTE)
  await expect(sender.node('HTTPRoute shop/search')).toBeVisible()
  await sender.waitAnalysed()
  const graph = await sender.graphLabels()
  const url = await sender.shareLink()
  expect(new URL(url).origin).toBe(new URL(lab.url()).origin)

  const recipient = new WorkspacePage(await openPage('fresh-context'))
  await recipient.openAt('/')
  await recipient.replaceText('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: mine\n')
  await recipient.waitSaved()
  const own = await recipient.currentName()

  await recipient.openAt(new URL(url).pathname + new URL(url).hash)
  await expect(recipient.menuButton).toContainText('Checkout review')
  await expect(recipient.notices).toContainText('as a new workspace')
  await expect(recipient.node('HTTPRoute shop/search')).toBeVisible()
  await recipient.waitAnalysed()
  expect(await recipient.graphLabels()).toEqual(graph)
  expect(await recipient.page.evaluate(() => window.routelab?.cases())).toEqual(cases)
  expect(parse(await recipient.exportCases())).toEqual(cases)
  expect(recipient.page.url()).not.toContain('#share=')

  expect((await recipient.workspaceNames()).sort()).toEqual(['Checkout review', own].sort())
  await recipient.switchTo(own)
  expect(await recipient.text()).toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: mine\n')
  await snap(recipient.page, 'share-recipient')
})

test('hostile share links are refused, or rendered as inert text, and change nothing', async ({ lab }) => {
  // Five refused links and a 50 MB address: slow on a busy machine, whatever the app does.
  test.setTimeout(150_000)
  const app = new WorkspacePage(lab)
  await app.openAt('/')
  const before = { text: await app.text(), names: await app.workspaceNames() }

  const refused = [
    { link: `/#share=${makeLzBomb(10_000).payload}`, message: 'expands to more than' },
    { link: `/#share=${'A'.repeat(1_500_000)}`, message: 'links are at most' },
    { link: '/#share=%%%not*compressed%%%', message: 'damaged' },
    { link: `/#share=${LZString.compressToEncodedURIComponent('{"v":1,"text":42}')}`, message: 'not valid' },
  ]
  for (const { link, message } of refused) {
    await app.openAt(link)
    await expect(app.notices.getByRole('alert').last()).toContainText(message)
    expect(await app.text()).toBe(before.text)
    expect(await app.workspaceNames()).toEqual(before.names)
  }

  // A 50 MB fragment set on a running page: refused (or dropped by the browser); nothing changes.
  await lab.evaluate(() => {
    location.hash = `share=${'A'.repeat(50 * 1024 * 1024)}`
  })
  // A page handling a 50 MB address is slow on a loaded machine; give each look time.
  await expect.poll(() => app.workspaceNames(), { timeout: 30_000 }).toEqual(before.names)
  expect(await app.text()).toBe(before.text)

  const html = '<img src=x onerror="window.__pwned=1"><b>bold</b>'
  await app.openAt(shareLink({ v: 1, name: html, text: `# ${html}\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n` }))
  await expect(app.menuButton).toContainText('<img src=x onerror="window.__pwned=1"><b>bold</b>')
  await expect(app.notices).toContainText(html)
  expect(await lab.locator('img[src="x"], b:text("bold")').count()).toBe(0)
  expect(await lab.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
  await snap(lab, 'hostile-link-inert')
})

test('files that are not Kubernetes YAML get a clear message and nothing is replaced', async ({ lab }) => {
  const app = new WorkspacePage(lab)
  await app.openAt('/')
  const before = await app.text()
  const review = await app.importFiles([
    { name: 'notes.txt', text: 'shopping list\n- eggs\n' },
    { name: 'compose.yaml', text: 'services:\n  web:\n    image: nginx\n' },
  ])
  await expect(review).toContainText('Nothing to import')
  await expect(review).toContainText('compose.yaml is not Kubernetes YAML: document 1 has no apiVersion or kind')
  await expect(review).toContainText('notes.txt')
  await review.getByRole('button', { name: 'Close' }).click()
  expect(await app.text()).toBe(before)
})

test('pasted kubectl output is unwrapped and cleaned on request, appended as new documents', async ({ lab }) => {
  const app = new WorkspacePage(lab)
  await app.openAt('/')
  const before = await app.text()
  await lab.getByRole('button', { name: 'Paste…' }).click()
  const kubectl = 'apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: pasted\n    namespace: shop\n    uid: 42\n    resourceVersion: "7"\n    creationTimestamp: "2024-01-01T00:00:00Z"\n  spec:\n    ports: [{port: 80}]\n  status: {loadBalancer: {}}\nkind: List\nmetadata:\n  resourceVersion: ""\n'
  await lab.getByLabel('Manifests to import').fill(kubectl)
  await lab.getByRole('button', { name: 'Continue' }).click()
  const review = lab.getByTestId('import-review')
  await expect(review).toContainText('1 Service (unwrapped from kind: List)')
  await expect(review.getByLabel(/Remove status and server fields/)).toBeChecked()
  await review.getByRole('button', { name: 'Append to workspace' }).click()
  await expect.poll(() => app.text()).toBe(`${before}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: pasted\n  namespace: shop\n  creationTimestamp: "2024-01-01T00:00:00Z"\nspec:\n  ports: [{port: 80}]\n`)
  // One undo step brings the previous text back.
  await app.focusEditor()
  await lab.keyboard.press('ControlOrMeta+Z')
  await expect.poll(() => app.text()).toBe(before)
})

test('a 5 MB kubectl List imports with a progress bar while the page stays responsive', async ({ lab }) => {
  test.setTimeout(180_000)
  const app = new WorkspacePage(lab)
  await app.openAt('/')
  const text = kubectlList(2300)
  expect(text.length).toBeGreaterThan(5_000_000)
  const review = await app.importFiles([{ name: 'routes.yaml', text }])
  const bar = lab.getByRole('progressbar', { name: 'Import progress' })
  await expect(bar).toBeVisible()
  // While the worker reads, the main thread is free: the page keeps answering scripts, and the
  // bar moves through values between 0 and 100.
  const seen = new Set<string>()
  for (;;) {
    const now = await lab.evaluate(() => {
      const bar = document.querySelector('[role="progressbar"]')
      return bar ? (bar.getAttribute('aria-valuenow') ?? 'indeterminate') : 'gone'
    })
    if (now === 'gone') break
    seen.add(now)
  }
  expect([...seen].some((v) => Number(v) > 0 && Number(v) < 100), `intermediate progress values seen: ${[...seen].join(', ')}`).toBe(true)
  await expect(review).toContainText('routes.yaml: 2300 HTTPRoute (unwrapped from kind: List)')
  await expect(review).toContainText('found in 2300 objects')
  await review.getByRole('button', { name: 'Open as new workspace' }).click()
  await expect(app.menuButton).toContainText('routes', { timeout: 60_000 })
  await expect.poll(() => app.text(), { timeout: 60_000 }).toMatch(/^apiVersion: gateway\.networking\.k8s\.io\/v1\nkind: HTTPRoute\nmetadata:\n {2}creationTimestamp: "2024-05-01T10:00:00Z"\n {2}name: route-0\n/)
  const imported = await app.text()
  expect(imported.match(/^kind: HTTPRoute$/gm)).toHaveLength(2300)
  expect(imported).not.toMatch(/managedFields|resourceVersion|uid:|status:|last-applied/)
  await app.waitSaved()
  await snap(lab, 'import-5mb')
})

test("a second tab follows the first, and never silently overwrites the first tab's work", async ({ lab, openPage }) => {
  // Timers are under the test's control (for both tabs: the clock belongs to the browser
  // context), so the order in which the two tabs' autosaves fire is known.
  await lab.clock.install()
  const a = new WorkspacePage(lab)
  await a.openAt('/')
  const b = new WorkspacePage(await openPage('same-context'))
  await b.openAt('/')
  await expect(a.saveStatus).toContainText('also open in another tab')
  await expect(b.saveStatus).toContainText('also open in another tab')

  // B has nothing unsaved: it follows what A saves.
  await a.appendText(ROUTE)
  await a.waitSaved()
  await expect.poll(() => b.text()).toBe(await a.text())
  await expect(b.notices).toContainText('updated with changes saved in another tab')

  // Both change it before either has saved. Whichever autosave lands first is kept; the other
  // tab is asked what to do with its changes. (Each page runs its own timers, so which one
  // fires first is not fixed.)
  await lab.clock.pauseAt((await lab.evaluate(() => Date.now())) + 1000)
  await a.appendText('# change made in tab A\n')
  await b.appendText('# change made in tab B\n')
  const texts = new Map([[a, await a.text()], [b, await b.text()]])
  await lab.clock.runFor(2000)
  await lab.clock.resume()
  const banner = (p: WorkspacePage) => p.page.getByTestId('conflict-banner')
  await expect.poll(async () => (await banner(a).count()) + (await banner(b).count())).toBe(1)
  const [asked, kept] = (await banner(a).count()) ? [a, b] : [b, a]
  await kept.waitSaved()
  await expect(banner(asked)).toContainText('was changed in another tab')
  await expect(asked.saveStatus).toContainText('Not saved')
  expect(await asked.text()).toBe(texts.get(asked))
  expect(await kept.text()).toBe(texts.get(kept))
  await snap(asked.page, 'two-tabs-conflict')

  // The asked tab keeps both: its version becomes a new workspace; the other stays as saved.
  await asked.page.getByRole('button', { name: 'Save mine as a new workspace' }).click()
  await expect(asked.menuButton).toContainText('(this tab)')
  await asked.waitSaved()
  expect(await asked.text()).toBe(texts.get(asked))
  await asked.switchTo('Canary split and header match')
  expect(await asked.text()).toBe(texts.get(kept))
  expect(await kept.text()).toBe(texts.get(kept))
})

test('dropped files import; one resource exports from the inspector; copy matches download', async ({ lab }) => {
  const app = new WorkspacePage(lab)
  await app.openAt('/')
  await lab.context().grantPermissions(['clipboard-read', 'clipboard-write'])

  // One resource, from the inspector: the document that declares it, comments included.
  await app.node('HTTPRoute shop/checkout').click()
  const download = lab.waitForEvent('download')
  await lab.getByRole('button', { name: 'Download YAML' }).click()
  const route = await readFile(await (await download).path(), 'utf8')
  expect(route).toMatch(/^# 90% of checkout traffic stays on v1, 10% tries v2\.\napiVersion: gateway\.networking\.k8s\.io\/v1\nkind: HTTPRoute\nmetadata:\n {2}name: checkout\n/)
  expect(route).not.toContain('kind: Gateway')

  // Copy to clipboard gives the same text as the download.
  const downloaded = await app.exportDownload()
  await lab.getByRole('button', { name: 'Export…' }).click()
  await lab.getByTestId('export-dialog').getByRole('button', { name: 'Copy to clipboard' }).click()
  await expect(app.notices).toContainText('to the clipboard')
  expect(await lab.evaluate(() => navigator.clipboard.readText())).toBe(downloaded)
  await lab.getByTestId('export-dialog').getByRole('button', { name: 'Close' }).click()

  // Two files dropped on the page: the drop target shows, and both are read.
  await lab.evaluate(() => {
    const data = new DataTransfer()
    data.items.add(new File(['apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dropped\n'], 'ns.yaml'))
    data.items.add(new File(['{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "svc"}}'], 'svc.json'))
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }))
    ;(window as { __drop?: DataTransfer }).__drop = data
  })
  await expect(lab.getByText('Drop .yaml or .json files to import them')).toBeVisible()
  await lab.evaluate(() => {
    const data = (window as { __drop?: DataTransfer }).__drop
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data ?? null, bubbles: true, cancelable: true }))
  })
  const review = lab.getByTestId('import-review')
  await expect(review).toContainText('ns.yaml: 1 Namespace')
  await expect(review).toContainText('svc.json: 1 Service (converted from JSON to YAML)')
  await review.getByRole('button', { name: 'Replace workspace' }).click()
  await expect.poll(() => app.text()).toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dropped\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n')
})

test('a workspace too large for a link says so and offers a download instead', async ({ lab }) => {
  const app = new WorkspacePage(lab)
  await app.openAt('/')
  // 60,000 characters of noise compress to far more than a link may hold.
  let seed = 7
  const noise = Array.from({ length: 1500 }, () => {
    seed = (seed * 48271) % 2147483647
    return `# ${seed.toString(36)}${(seed * 31).toString(36)}${(seed * 17).toString(36)}`
  }).join('\n')
  const text = `${noise}\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: big\n`
  const review = await app.importFiles([{ name: 'big.yaml', text }])
  await review.getByRole('button', { name: 'Replace workspace' }).click()
  await expect.poll(() => app.text()).toBe(text)
  await lab.getByRole('button', { name: 'Share…' }).click()
  const dialog = lab.getByTestId('share-dialog')
  await expect(dialog.getByRole('alert')).toContainText('links are limited to 32,000. Download it as a file instead.')
  const download = lab.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download instead' }).click()
  expect(await readFile(await (await download).path(), 'utf8')).toBe(text)
})
