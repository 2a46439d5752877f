import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { changedLines } from '../tests/helpers/changed-lines'
import { expect, snap, test } from './fixtures'
import { TesterPage } from './pages/TesterPage'

const example = (id: string) => readFileSync(`src/examples/${id}/workspace.yaml`, 'utf8')

test('1: a request to the canary shows the 90/10 split, and "Send 1,000" roughly 900/100', async ({ lab }) => {
  const app = new TesterPage(lab)
  await app.openWith()
  await app.send({ protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart/items?id=7' })
  await expect(app.result.getByTestId('result-status')).toHaveText('200')
  await expect(app.backend('checkout-v1')).toContainText('90%')
  await expect(app.backend('checkout-v2')).toContainText('10%')
  await expect(app.result.getByRole('list', { name: 'Path' })).toContainText('HTTPRoute shop/checkout')
  await snap(lab, 'tester-result')

  await lab.getByRole('tab', { name: 'Why' }).click()
  await expect(lab.getByTestId('tester-why')).toContainText('shop/checkout')
  await snap(lab, 'tester-why')

  await lab.getByRole('tab', { name: 'Traffic split' }).click()
  await lab.getByRole('button', { name: 'Send 1,000' }).click()
  const bucket = (name: string) => lab.getByTestId('traffic-bucket').filter({ hasText: name })
  await expect(bucket('checkout-v1')).toBeVisible()
  const v1 = Number(await bucket('checkout-v1').getAttribute('data-reached'))
  const v2 = Number(await bucket('checkout-v2').getAttribute('data-reached'))
  expect(v1 + v2).toBe(1000)
  // 1,000 draws at p = 0.1: the standard deviation is under 10, so 50 either way is far out.
  expect(v1).toBeGreaterThan(850)
  expect(v1).toBeLessThan(950)
  await expect(lab.getByTestId('traffic-summary')).toContainText('1,000 × 200')
  await snap(lab, 'tester-traffic')
})

test('2: a header-matched request reaches its backend, and its path lights up on the graph', async ({ lab }) => {
  const app = new TesterPage(lab)
  await app.openWith()
  await app.send({ protocol: 'HTTPS', host: 'catalog.shop.example.com', path: '/shoes', headers: { 'x-beta': 'true' } })
  await expect(app.result.getByTestId('result-backend')).toHaveCount(1)
  await expect(app.backend('catalog-beta')).toContainText('100%')
  for (const id of ['gw:Gateway/shop/edge', 'rt:HTTPRoute/shop/catalog', 'ru:HTTPRoute/shop/catalog#0', 'be:Service/shop/catalog-beta']) await expect(app.graphNode(id)).toHaveClass(/path-on/)
  // The rest dims: the other rule, its backend and the other route.
  for (const id of ['ru:HTTPRoute/shop/catalog#1', 'be:Service/shop/catalog', 'rt:HTTPRoute/shop/checkout']) await expect(app.graphNode(id)).toHaveClass(/path-off/)
  await expect(app.canvas.locator('.port.on-path')).toHaveText(/https/)
  await snap(lab, 'tester-path')

  // Without the header the other rule answers, and the highlight follows.
  await app.send({ headers: {} })
  await expect(app.backend('shop/catalog:')).toContainText('100%')
  await expect(app.graphNode('be:Service/shop/catalog')).toHaveClass(/path-on/)
  await expect(app.graphNode('be:Service/shop/catalog-beta')).toHaveClass(/path-off/)
  await lab.getByRole('button', { name: 'Clear path' }).click()
  await expect(app.graphNode('be:Service/shop/catalog')).toHaveClass(/path-none/)

  // The same request as a pasted curl command: the form is filled in and the request sent.
  await lab.getByText('Paste curl').click()
  await lab.getByLabel('curl command').fill("curl -sS -H 'X-Beta: true' --max-time 3 https://catalog.shop.example.com/shoes?size=42")
  await lab.getByLabel('curl command').press('Enter')
  await expect(lab.getByRole('status').filter({ hasText: 'Request filled in and sent' })).toContainText('--max-time 3')
  await expect(app.form.getByLabel('Protocol')).toHaveValue('HTTPS')
  await expect(app.form.getByLabel('Header 1 value')).toHaveValue('true')
  await expect(app.backend('catalog-beta')).toContainText('100%')
  await expect(app.graphNode('be:Service/shop/catalog-beta')).toHaveClass(/path-on/)
})

test('3: a redirect shows its location', async ({ lab }) => {
  const app = new TesterPage(lab)
  await app.openWith(example('redirects'))
  await app.send({ protocol: 'HTTPS', host: 'www.example.com', path: '/old-blog/2024/hello' })
  await expect(app.result.getByTestId('result-status')).toHaveText('302')
  await expect(app.result.getByTestId('result-location')).toHaveText('https://www.example.com/blog/2024/hello')
  await snap(lab, 'tester-redirect')
})

test('4: a cross-namespace backend without a grant shows RefNotPermitted; Fix adds the grant as one undoable edit', async ({ lab }) => {
  const app = new TesterPage(lab)
  await app.openWith(example('broken-ref-not-permitted'))
  await expect(app.counts).toContainText('1 error')
  await expect(app.counts).toContainText('1/1 route accepted')
  await app.tab('Status')
  const route = lab.getByRole('region', { name: 'HTTPRoute store/storefront' })
  const refs = route.locator('[data-testid="condition"][data-type="ResolvedRefs"]')
  await expect(refs).toHaveAttribute('data-status', 'False')
  await expect(refs).toHaveAttribute('data-reason', 'RefNotPermitted')
  await snap(lab, 'status-ref-not-permitted')
  const before = await app.text()

  await route.getByRole('button', { name: /^Fix: Add a ReferenceGrant in payments/ }).click()
  await expect(refs).toHaveAttribute('data-status', 'True')
  await expect(refs).toHaveAttribute('data-reason', 'ResolvedRefs')
  await expect(route).toHaveClass(/healthy/)
  await expect(app.counts).toContainText('0 errors')
  const after = await app.text()
  // The fix only adds lines: a ReferenceGrant in the Service's namespace.
  const diff = changedLines(before, after)
  expect(diff.removed).toEqual([])
  expect(diff.added.join('\n')).toMatch(/kind: ReferenceGrant[\s\S]*namespace: payments/)
  await snap(lab, 'status-fixed')

  // One undo takes the whole fix back.
  await app.focusEditor()
  await lab.keyboard.press('ControlOrMeta+Z')
  await expect.poll(() => app.text()).toBe(before)
  await expect(refs).toHaveAttribute('data-status', 'False')
})

test('5: a saved case fails after an edit that changes its route, and passes after undo', async ({ lab }) => {
  const app = new TesterPage(lab)
  await app.openWith()
  await app.send({ protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' })
  await lab.getByRole('button', { name: 'Save as case' }).click()
  await app.tab(/^Cases/)
  const saved = lab.getByTestId('case').last()
  await expect(saved).toContainText('checkout.shop.example.com/cart')
  await expect(saved.getByTestId('case-badge')).toHaveText('✓ pass')
  const before = await app.text()

  // The route now serves /basket: the saved /cart request no longer reaches it.
  await app.replaceText(before.replace('value: /cart', 'value: /basket'))
  await expect(saved.getByTestId('case-badge')).toHaveText('✗ fail')
  await expect(saved.locator('.case-diffs')).toContainText('404')
  await expect(lab.getByRole('tab', { name: /^Cases/ })).toContainText(/\d/)
  await snap(lab, 'case-failing')

  await app.focusEditor()
  await lab.keyboard.press('ControlOrMeta+Z')
  await expect.poll(() => app.text()).toBe(before)
  await expect(saved.getByTestId('case-badge')).toHaveText('✓ pass')

  // Exported, the cases (the example's five and the saved one) pass `routelab test` as CI runs it.
  const download = lab.waitForEvent('download')
  await lab.getByRole('button', { name: 'Export', exact: true }).click()
  const dir = mkdtempSync(path.join(tmpdir(), 'routelab-e2e-'))
  const cases = path.join(dir, 'suite.cases.yaml')
  await (await download).saveAs(cases)
  const manifests = path.join(dir, 'workspace.yaml')
  writeFileSync(manifests, before)
  const out = execFileSync('node', ['bin/routelab.js', 'test', manifests, '--cases', cases], { encoding: 'utf8' })
  expect(out).toBe('6 passed, 0 failed\n')
  rmSync(dir, { recursive: true, force: true })
})

test('6: a ReDoS regex in the YAML does not freeze the page', async ({ lab }) => {
  const app = new TesterPage(lab)
  await app.openWith()
  await app.appendText(
    ['---', 'apiVersion: gateway.networking.k8s.io/v1', 'kind: HTTPRoute', 'metadata:', '  name: redos', '  namespace: shop', 'spec:', '  parentRefs:', '    - name: edge', '  hostnames:', '    - redos.shop.example.com', '  rules:', '    - matches:', '        - path:', '            type: RegularExpression', '            value: "/(a+)+$"', '      backendRefs:', '        - name: catalog', '          port: 8080', ''].join('\n'),
  )
  await expect(app.graphNode('rt:HTTPRoute/shop/redos')).toBeVisible()
  // A backtracking engine would take minutes on this path; re2js answers in linear time.
  await app.send({ protocol: 'HTTP', host: 'redos.shop.example.com', path: `/${'a'.repeat(40)}!` })
  await expect(app.result.getByTestId('result-status')).toHaveText('404')
  await app.send({ path: `/${'a'.repeat(40)}` })
  await expect(app.result.getByTestId('result-status')).toHaveText('200')
  // The page still answers: typing in the editor reaches the graph.
  await app.appendText('# still responsive\n')
  await expect.poll(() => app.text()).toContain('# still responsive')
  await expect.poll(() => lab.evaluate(() => window.routelab?.analysisVersion() === window.routelab?.version())).toBe(true)
})

test('clicking a problem shows its line in the YAML and selects its node on the graph', async ({ lab }) => {
  const app = new TesterPage(lab)
  await app.openWith(example('broken-ref-not-permitted'))
  await app.tab(/^Problems/)
  const problem = lab.getByTestId('problem').filter({ hasText: 'RefNotPermitted' }).or(lab.getByTestId('problem').filter({ hasText: 'ReferenceGrant' })).first()
  await problem.getByRole('button').first().click()
  const line = await problem.locator('.problem-where').textContent()
  const at = /workspace\.yaml:(\d+):/.exec(line ?? '')?.[1]
  expect(at).toBeDefined()
  await expect(app.editor.locator('.active-line-number')).toHaveText(at!)
  await expect(lab.locator('.lab-node.selected, .react-flow__node.selected .lab-node')).toHaveCount(1)
})

test('an engine that stops answering is replaced, with a notice that does not block, and the text is kept', async ({ lab }) => {
  // Lets the test make the running engine worker deaf, as a hung engine is: it receives no more
  // calls. Workers started afterwards (the replacement) answer normally.
  await lab.addInitScript(() => {
    const Real = window.Worker
    const live: { deaf: boolean; name?: string }[] = []
    class Watched extends Real {
      deaf = false
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options)
        if (options?.name === 'routelab-engine') live.push(this)
      }
      override postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
        if (!this.deaf) super.postMessage(message, transfer as StructuredSerializeOptions)
      }
    }
    window.Worker = Watched
    ;(window as unknown as { hangEngine: () => void }).hangEngine = () => live.forEach((w) => (w.deaf = true))
  })
  const app = new TesterPage(lab)
  await app.openWith()
  await app.send({ protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' })
  const text = await app.text()
  await lab.evaluate(() => (window as unknown as { hangEngine: () => void }).hangEngine())
  await app.form.getByLabel('Path and query').fill('/cart/2')
  await app.form.getByLabel('Path and query').press('Enter')
  const notice = lab.getByTestId('notice')
  await expect(notice).toContainText('did not answer within 2 s while simulating a request, so it was restarted. Your text is safe.')
  // Non-blocking: the page goes on working while the notice shows, on the new engine.
  await app.form.getByLabel('Path and query').fill('/cartoon')
  await app.form.getByLabel('Path and query').press('Enter')
  await expect(app.result.getByTestId('result-status')).toHaveText('404')
  expect(await app.text()).toBe(text)
  await snap(lab, 'engine-replaced')
})
