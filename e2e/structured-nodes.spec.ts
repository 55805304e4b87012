// The structured parts of the minutes in the editor: participants, agenda
// items with owners and time box, action items with a check box; each made
// by typing, seen by the other person, and exported as the Markdown it was.
import { join } from 'node:path'
import { alice, bob, expect, test } from './support/users'
import { clickToPlaceCaret, failOnPageErrors, minutes, openMeeting } from './support/editor'

const shot = (name: string) => join(test.info().project.outputDir, 'screenshots', name)

failOnPageErrors()


const markdown = `# 2024-07-24

## Participants

- @gtema
- @fkr (partially)

## Agenda

### Fallout from last recent CVE (@garloff, 5min)

- Patched within a day
- AI @garloff: write the post-mortem

### Open questions
`

test('participants, agenda items and action items show as such, are made by typing, and export as written', async ({ alicePage, bobPage }) => {
  const res = await alicePage.request.post('/api/meetings/import', { data: { title: 'Structured', markdown } })
  expect(res.status(), await res.text()).toBe(201)
  const { id, url } = (await res.json()) as { id: string; url: string }
  await openMeeting(alicePage, url)
  await openMeeting(bobPage, url)

  // Whoever opens the meeting is added to the participants node, by the server.
  const people = minutes(bobPage).locator('ul[data-participants] > li')
  await expect(people).toHaveText(['@gtema', '@fkr (partially)', `@${alice.login}`, `@${bob.login}`])
  await expect(people.nth(1)).toHaveAttribute('data-participant', 'fkr')

  const item = minutes(bobPage).locator('h3[data-agenda-item]')
  await expect(item).toHaveAttribute('data-owners', 'garloff')
  await expect(item).toHaveAttribute('data-minutes', '5')
  await expect(item.locator('.agenda-owner')).toHaveText('@garloff')
  await expect(item.locator('.agenda-timebox')).toHaveText('5min')

  // An H3 gains owners and a time box as they are typed.
  await clickToPlaceCaret(minutes(alicePage).locator('h3', { hasText: 'Open questions' }))
  await alicePage.keyboard.press('End')
  await alicePage.keyboard.type(' (@alice-e2e, 10min)')
  await expect(minutes(bobPage).locator('h3[data-agenda-item]', { hasText: 'Open questions' })).toHaveAttribute('data-minutes', '10')

  // A list item becomes an action item as `AI @x: ` is typed.
  await alicePage.keyboard.press('Enter')
  await alicePage.keyboard.type('- AI @bob-e2e: ')
  const typed = minutes(bobPage).locator('li.action-item', { hasText: 'AI @bob-e2e:' })
  await expect(typed.getByRole('checkbox')).toHaveAttribute('aria-checked', 'false')
  await alicePage.keyboard.type('check the backports')

  // Tab nests an action item under the ordinary item before it, Shift-Tab takes it back out; it stays an action item.
  const postMortem = minutes(alicePage).locator('li.action-item', { hasText: 'post-mortem' })
  await postMortem.getByText('write the post-mortem').click()
  // The editor takes up a click's caret a moment later; Bob seeing it there is the sign that Tab will act on that item.
  await expect(minutes(bobPage).locator('li.action-item', { hasText: 'post-mortem' }).locator('.collab-caret[data-login="alice-e2e"]')).toBeAttached()
  await alicePage.keyboard.press('Tab')
  await expect(minutes(bobPage).locator('ul ul > li.action-item')).toContainText('AI @garloff: write the post-mortem')
  await alicePage.keyboard.press('Shift+Tab')
  await expect(minutes(bobPage).locator('ul ul > li.action-item')).toHaveCount(0)
  await expect(minutes(bobPage).locator('li.action-item', { hasText: 'post-mortem' })).toBeVisible()

  // One person ticks an item off; the other sees it done.
  await expect(postMortem.locator('.action-item-assignee')).toHaveText('AI @garloff:')
  await postMortem.getByRole('checkbox', { name: /Mark done: AI @garloff/ }).click()
  const seenByBob = minutes(bobPage).locator('li.action-item', { hasText: 'post-mortem' })
  await expect(seenByBob.getByRole('checkbox')).toHaveAttribute('aria-checked', 'true')
  await expect(seenByBob).toHaveClass(/action-item-done/)
  await expect(alicePage.getByTestId('unsaved-count')).toHaveAttribute('data-count', '0')
  await alicePage.screenshot({ path: shot('structured-nodes.png'), fullPage: true })

  const exported = await (await alicePage.request.get(`/api/meetings/${id}/markdown`)).text()
  expect(exported).toBe(`# 2024-07-24

## Participants

- @gtema
- @fkr (partially)
- @${alice.login}
- @${bob.login}

## Agenda

### Fallout from last recent CVE (@garloff, 5min)

- Patched within a day
- ~~AI @garloff: write the post-mortem~~

### Open questions (@alice-e2e, 10min)

- AI @bob-e2e: check the backports
`)
})
