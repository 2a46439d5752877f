import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { expect, snap, test } from './fixtures'
import { GuidePage } from './pages/GuidePage'

// The examples as shipped, read from their folders: the gallery must offer each one.
const EXAMPLES = readdirSync('src/examples', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = `src/examples/${d.name}`
    const data = parse(readFileSync(`${dir}/cases.yaml`, 'utf8')) as unknown[] | { cases: unknown[] }
    const list = Array.isArray(data) ? data : data.cases
    return { id: d.name, text: readFileSync(`${dir}/workspace.yaml`, 'utf8'), cases: list, count: list.length }
  })

test('every example opens from the gallery as a new workspace, with its test cases, and they all pass', async ({ lab }) => {
  test.setTimeout(300_000)
  expect(EXAMPLES.length).toBeGreaterThanOrEqual(33)
  const app = new GuidePage(lab)
  await app.openAt('/')
  // The user's own work, which opening examples must leave alone.
  await app.menuAction('New workspace')
  await app.replaceText('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: mine\n')
  await app.waitSaved()
  const own = await app.currentName()

  await app.openGallery()
  await expect(app.gallery.locator('[data-example]')).toHaveCount(EXAMPLES.length)
  for (const ex of EXAMPLES) {
    const card = app.card(ex.id)
    const title = await card.getByRole('heading').innerText()
    await card.getByRole('button', { name: /as a new workspace$/ }).click()
    await expect(app.menuButton).toContainText(title.slice(0, 20))
    await expect(card).toHaveClass(/current/)
    // The workspace's cases are the example's, read by the engine; the case runner ran them in
    // the worker against the text now in the editor, and every one passes.
    await expect(card.getByTestId('case-results'), ex.id).toHaveText(`✓ ${ex.count}/${ex.count} cases pass`, { timeout: 20_000 })
    expect(await app.text()).toBe(ex.text)
    expect(await lab.evaluate(() => window.routelab?.cases())).toEqual(ex.cases)
  }
  const names = await app.workspaceNames()
  expect(names).toHaveLength(EXAMPLES.length + 2)
  await app.switchTo(own)
  expect(await app.text()).toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: mine\n')
})

test('the gallery filters by concept and words, marks broken examples with what they teach, and shows failing cases', async ({ lab }) => {
  const app = new GuidePage(lab)
  await app.openAt('/')
  await app.openGallery()
  await app.gallery.getByLabel('Concept', { exact: true }).selectOption({ label: 'gRPC routing' })
  const shown = app.gallery.locator('[data-example]')
  await expect(shown.first()).toBeVisible()
  for (const text of await shown.allInnerTexts()) expect(text).toContain('gRPC routing')
  await app.gallery.getByLabel('Concept', { exact: true }).selectOption({ label: 'Every concept' })
  await app.gallery.getByLabel('Search examples').fill('NotAllowedByListeners')
  const broken = app.card('broken-not-allowed-by-listeners')
  await expect(broken).toBeVisible()
  await expect(broken).toContainText('Broken on purpose')
  await expect(broken).toContainText('Teaches: HTTPRoute team-a/store gets Accepted=False, reason NotAllowedByListeners')
  await expect(broken).toContainText('Fix:')

  // A concept tag on a card narrows the list to that concept.
  await app.gallery.getByLabel('Search examples').fill('')
  await app.card('canary-weights').getByRole('button', { name: 'Canary weights', exact: true }).click()
  await expect(app.gallery.getByLabel('Concept', { exact: true })).toHaveValue('canary-weights')

  // Open one, then break a case: the badge says which case fails and why.
  await app
    .card('canary-weights')
    .getByRole('button', { name: /as a new workspace$/ })
    .click()
  const badge = app.card('canary-weights').getByTestId('case-results')
  await expect(badge).toContainText(/cases pass/)
  await app.replaceText((await app.text()).replace(/weight: 70/, 'weight: 20'))
  await expect(badge).toContainText(/of \d+ cases fail/)
  await badge.locator('summary').click()
  await expect(badge).toContainText('expected')
  await snap(lab, 'gallery')
})
