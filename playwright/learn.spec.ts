import { expect, snap, test } from './fixtures'
import { GuidePage } from './pages/GuidePage'

test('Learn mode from a link: predict with the keyboard, the engine reveals its answer and why', async ({ lab }) => {
  const app = new GuidePage(lab)
  await app.openAt('/#learn=attachment')
  await expect(app.learn).toBeVisible()
  await expect(app.learn.getByTestId('learn-step-title')).toHaveText('Canary split and header match')
  await expect(app.learn).toContainText('A Gateway is a set of listeners')

  const q = app.learn.locator('[data-question="attachment-section-name"]')
  const reveal = q.getByRole('button', { name: 'Reveal' })
  await expect(reveal).toBeDisabled()
  // Keyboard only: focus the first choice, move with the arrows, reveal with Enter.
  await q.getByRole('radio').first().focus()
  await lab.keyboard.press('ArrowDown')
  await expect(q.getByRole('radio', { name: '404 Not Found' })).toBeChecked()
  await lab.keyboard.press('Tab')
  await expect(reveal).toBeFocused()
  await lab.keyboard.press('Enter')
  const answer = q.getByTestId('engine-answer')
  await expect(answer).toContainText('Right. The engine says: 404 Not Found.')
  await expect(answer).toContainText('HTTPRoute shop/catalog: attached to listener https, not to http')
  await expect(app.learn.getByTestId('learn-score')).toHaveText('1/36 answered, 1 right')
  await expect(app.learn.getByTestId('learn-explanation')).toContainText('names the HTTPS listener with sectionName')

  // The engine answers for the manifests on screen: without sectionName the catalog takes HTTP too.
  await app.replaceText((await app.text()).replace(/\n\s*sectionName: https/, ''))
  await app.waitAnalysed()
  await expect(answer).toContainText('The manifests changed since this answer')
  await q.getByRole('button', { name: 'Ask the engine again' }).click()
  await expect(answer).toContainText('Not quite. The engine says: 200 from the catalog.')
  await snap(lab, 'learn')
})

test('Learn mode steps through lessons in new workspaces, keeps progress and edits, and leaves share links working', async ({ lab, openPage }) => {
  const app = new GuidePage(lab)
  await app.openAt('/')
  const own = await app.currentName()
  await app.openLearn()
  await expect(app.learn.getByTestId('learn-step-title')).toHaveText('Canary split and header match')
  expect(new URL(lab.url()).hash).toBe('#learn=attachment/1')

  await app.learn.getByRole('button', { name: /^Next: / }).click()
  await expect(app.menuButton).toContainText('Learn: Hostnames')
  await expect(app.learn.getByTestId('learn-step-title')).toHaveText('Hostnames: listeners and routes')
  expect(new URL(lab.url()).hash).toBe('#learn=attachment/2')
  const q = app.learn.locator('[data-question="attachment-listener-isolation"]')
  await q.getByRole('radio', { name: 'web/blog' }).check()
  await q.getByRole('button', { name: 'Reveal' }).click()
  await expect(q.getByTestId('engine-answer')).toContainText('The engine says: web/blog')

  // An untouched step workspace gives way to the next one; an edited one stays.
  await app.learn.getByRole('button', { name: /^Next: / }).click()
  await expect(app.menuButton).toContainText('Learn: ListenerSet')
  expect((await app.workspaceNames()).sort()).toEqual(['Learn: ListenerSet: a team adds its own listener', own].sort())
  await app.appendText('\n# tried something\n')
  await app.waitSaved()
  await app.learn
    .getByRole('navigation', { name: 'Lessons' })
    .getByRole('button', { name: /^Lesson 2:/ })
    .click()
  await expect(app.menuButton).toContainText('Learn: Path matching')
  expect(await app.workspaceNames()).toContain('Learn: ListenerSet: a team adds its own listener')
  expect(new URL(lab.url()).hash).toBe('#learn=matching/1')

  // Progress survives a reload, and the address brings Learn back where it was.
  await lab.reload()
  await expect(app.learn.getByTestId('learn-step-title')).toHaveText('Path matching: Exact, PathPrefix, RegularExpression', { timeout: 30_000 })
  await expect(app.learn.getByTestId('learn-score')).toHaveText('1/36 answered, 1 right')

  // A share link opened with Learn mode on still opens as a new workspace.
  const url = await app.shareLink()
  const other = new GuidePage(await openPage('same-context'))
  await other.openAt(new URL(url).pathname + new URL(url).hash)
  await expect(other.notices).toContainText('as a new workspace')
  expect(new URL(other.page.url()).hash).not.toContain('share=')
})
