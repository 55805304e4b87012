// Two people, two browser contexts, one meeting: live co-editing, presence,
// and what happens to typing when a browser loses the network.
import type { Page } from '@playwright/test'
import { createMeeting } from './support/meetings'
import { alice, bob, expect, test } from './support/users'
import { clickToPlaceCaret, failOnPageErrors, minutes, openMeeting, paste } from './support/editor'

const shots = 'test-results/screenshots'

failOnPageErrors()


const firstParagraph = (page: Page) => minutes(page).locator('p').first()
/** The text as written, without the other people's caret labels that sit inside it. */
const writtenText = (page: Page) =>
  minutes(page).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement
    for (const caret of copy.querySelectorAll('.collab-caret')) caret.remove()
    return copy.innerText.trim()
  })
const unsavedCount = (page: Page) => page.getByTestId('unsaved-count')

test('two people write in the same paragraph at once and see each other', async ({ alicePage, bobPage }) => {
  const meeting = await createMeeting(alicePage, { title: 'Co-editing check', date: '2024-07-24' })
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)

  await clickToPlaceCaret(minutes(alicePage))
  await alicePage.keyboard.type('Agreed: ship on Friday.')
  await expect(firstParagraph(bobPage)).toHaveText(/Agreed: ship on Friday\./)

  // Alice appends while Bob prepends, both at the same time.
  await firstParagraph(alicePage).click()
  await alicePage.keyboard.press('End')
  await firstParagraph(bobPage).click()
  await bobPage.keyboard.press('Home')
  await Promise.all([
    alicePage.keyboard.type(' Alice checks the release notes.', { delay: 25 }),
    bobPage.keyboard.type('Bob: ', { delay: 25 }),
  ])

  const expected = 'Bob: Agreed: ship on Friday. Alice checks the release notes.'
  await expect.poll(() => writtenText(alicePage)).toBe(expected)
  await expect.poll(() => writtenText(bobPage)).toBe(expected)

  // Each sees the other: a named caret in the text and an avatar in the row.
  await expect(alicePage.locator('.collab-caret[data-login="bob-e2e"]')).toContainText(bob.name)
  await expect(bobPage.locator('.collab-caret[data-login="alice-e2e"]')).toContainText(alice.name)
  await expect(alicePage.getByTestId('presence').locator('[data-login="bob-e2e"]')).toBeVisible()
  await expect(bobPage.getByTestId('presence').locator('[data-login="alice-e2e"]')).toBeVisible()
  await expect(alicePage.getByTestId('presence').locator('[data-login]')).toHaveCount(2)
  await expect(unsavedCount(alicePage)).toHaveAttribute('data-count', '0')

  await alicePage.getByTestId('presence').locator('[data-login="bob-e2e"] [tabindex]').hover()
  await expect(alicePage.getByRole('tooltip').filter({ hasText: '@bob-e2e' })).toBeVisible()
  await alicePage.screenshot({ path: `${shots}/coediting-alice.png` })
  await bobPage.screenshot({ path: `${shots}/coediting-bob.png` })
})

test('the same person in two tabs shows once in the row', async ({ alicePage, aliceContext, bobPage }) => {
  const meeting = await createMeeting(alicePage, { title: 'Two tabs' })
  await openMeeting(alicePage, meeting.url)
  const secondTab = await aliceContext.newPage()
  await openMeeting(secondTab, meeting.url)
  await openMeeting(bobPage, meeting.url)

  await expect(bobPage.getByTestId('presence').locator('[data-login]')).toHaveCount(2)
  await expect(bobPage.getByTestId('presence').locator('[data-login="alice-e2e"]')).toHaveCount(1)
  await secondTab.close()
})

test('typing offline is kept, counted, and merged when the network is back', async ({ alicePage, bobPage, bobContext }) => {
  const meeting = await createMeeting(alicePage, { title: 'Offline check' })
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)
  await clickToPlaceCaret(minutes(alicePage))
  await alicePage.keyboard.type('Attendees: Alice, Bob')
  await expect(firstParagraph(bobPage)).toContainText('Attendees: Alice, Bob')

  await bobContext.setOffline(true)
  await expect(bobPage.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline')
  await expect(bobPage.getByTestId('connection-status')).toContainText('Offline')
  // Offline, Bob only sees himself; the others come back with the connection.
  await expect(bobPage.getByTestId('presence').locator('[data-login]')).toHaveCount(1)

  await clickToPlaceCaret(minutes(bobPage))
  await bobPage.keyboard.press('ControlOrMeta+End')
  await bobPage.keyboard.press('Enter')
  await bobPage.keyboard.type('Bob wrote this offline.')
  await expect(unsavedCount(bobPage)).not.toHaveAttribute('data-count', '0')
  await expect(unsavedCount(bobPage)).toContainText(/\d+ changes? not yet saved/)

  await clickToPlaceCaret(minutes(alicePage))
  await alicePage.keyboard.press('ControlOrMeta+End')
  await alicePage.keyboard.press('Enter')
  await alicePage.keyboard.type('Alice kept going online.')
  await expect(minutes(alicePage)).toContainText('Alice kept going online.')
  await expect(minutes(alicePage)).not.toContainText('Bob wrote this offline.')
  await bobPage.screenshot({ path: `${shots}/offline-bob.png` })

  await bobContext.setOffline(false)
  await expect(bobPage.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(unsavedCount(bobPage)).toHaveAttribute('data-count', '0')
  await expect(minutes(alicePage)).toContainText('Bob wrote this offline.')
  await expect(minutes(bobPage)).toContainText('Alice kept going online.')
  await expect.poll(async () => (await writtenText(bobPage)) === (await writtenText(alicePage))).toBe(true)
  await expect(bobPage.getByTestId('presence').locator('[data-login="alice-e2e"]')).toBeVisible()
  await expect(alicePage.getByTestId('presence').locator('[data-login="bob-e2e"]')).toHaveCount(1)
  await bobPage.screenshot({ path: `${shots}/reconnected-bob.png` })

  const merged = await writtenText(alicePage)
  await bobPage.reload()
  await expect(minutes(bobPage)).toBeVisible()
  await expect.poll(() => writtenText(bobPage)).toBe(merged)
  await expect(bobPage.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
})

test('a tab closed while offline still has its text when opened again', async ({ alicePage, aliceContext, bobPage }) => {
  const meeting = await createMeeting(alicePage, { title: 'Closed while offline' })
  await openMeeting(alicePage, meeting.url)

  await aliceContext.setOffline(true)
  await expect(alicePage.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline')
  await clickToPlaceCaret(minutes(alicePage))
  await alicePage.keyboard.type('Typed on a train, tab closed before the tunnel ended.')
  await expect(unsavedCount(alicePage)).not.toHaveAttribute('data-count', '0')
  // What a careful person would wait for: the page says the typing is on disk here.
  await expect(alicePage.getByTestId('connection-status')).toHaveAttribute('data-stored-in-browser', 'true')
  await alicePage.close()

  // Nothing reached the server: a colleague sees empty minutes.
  await openMeeting(bobPage, meeting.url)
  await expect(minutes(bobPage)).not.toContainText('Typed on a train')

  await aliceContext.setOffline(false)
  const reopened = await aliceContext.newPage()
  await openMeeting(reopened, meeting.url)
  await expect(minutes(reopened)).toContainText('Typed on a train, tab closed before the tunnel ended.')
  await expect(unsavedCount(reopened)).toHaveAttribute('data-count', '0')
  await expect(minutes(bobPage)).toContainText('Typed on a train, tab closed before the tunnel ended.')
  await reopened.screenshot({ path: `${shots}/reopened-after-offline.png` })
})

test('undo takes back only your own typing', async ({ alicePage, bobPage }) => {
  const meeting = await createMeeting(alicePage, { title: 'Undo check' })
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)

  await clickToPlaceCaret(minutes(alicePage))
  await alicePage.keyboard.type('From Alice.')
  await expect(minutes(bobPage)).toContainText('From Alice.')
  await clickToPlaceCaret(minutes(bobPage))
  await bobPage.keyboard.press('ControlOrMeta+End')
  await bobPage.keyboard.press('Enter')
  await bobPage.keyboard.type('From Bob.')
  await expect(minutes(alicePage)).toContainText('From Bob.')

  await alicePage.getByRole('button', { name: 'Undo your last change' }).click()
  await expect(minutes(alicePage)).not.toContainText('From Alice.')
  await expect(minutes(alicePage)).toContainText('From Bob.')
  await expect(minutes(bobPage)).not.toContainText('From Alice.')

  await alicePage.getByRole('button', { name: 'Redo' }).click()
  await expect(minutes(bobPage)).toContainText('From Alice.')
})

test('a paste right after typing is undone alone, the typing stays', async ({ alicePage, bobPage }) => {
  const meeting = await createMeeting(alicePage, { title: 'Paste undo check' })
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)
  await clickToPlaceCaret(minutes(alicePage))
  // Within the half second in which Yjs' undo manager would merge the two.
  await alicePage.keyboard.type('Typed first. ')
  await paste(alicePage, { 'text/plain': 'Pasted second.' })
  await expect(minutes(bobPage)).toContainText('Typed first. Pasted second.')
  await alicePage.keyboard.press('ControlOrMeta+z')
  await expect(minutes(bobPage)).not.toContainText('Pasted second.')
  await expect(minutes(bobPage)).toContainText('Typed first.')
  await expect(minutes(alicePage)).toContainText('Typed first.')
})

test('the toolbar formats text and shows what applies at the caret', async ({ alicePage }) => {
  const meeting = await createMeeting(alicePage, { title: 'Formatting check' })
  await openMeeting(alicePage, meeting.url)
  await expect(alicePage.locator('.is-editor-empty')).toHaveAttribute('data-placeholder', /Write the minutes/)
  await alicePage.screenshot({ path: `${shots}/empty-meeting.png` })
  await clickToPlaceCaret(minutes(alicePage))

  await alicePage.getByRole('button', { name: 'Heading 2' }).click()
  await alicePage.keyboard.type('Decisions')
  await expect(minutes(alicePage).locator('h2')).toHaveText('Decisions')
  await expect(alicePage.getByRole('button', { name: 'Heading 2' })).toHaveAttribute('aria-pressed', 'true')

  await alicePage.keyboard.press('Enter')
  // Markdown input rules: "- " starts a list, "**x**" makes bold.
  await alicePage.keyboard.type('- Ship the **release** on Friday')
  await expect(minutes(alicePage).locator('ul > li strong')).toHaveText('release')
  await expect(alicePage.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute('aria-pressed', 'true')

  await alicePage.keyboard.press('Enter')
  await alicePage.keyboard.press('Tab')
  await alicePage.keyboard.type('nested point')
  await expect(minutes(alicePage).locator('ul ul li')).toHaveText('nested point')

  await alicePage.keyboard.press('Enter')
  await alicePage.keyboard.press('Enter')
  await alicePage.keyboard.press('Enter')
  await alicePage.getByRole('button', { name: 'Link' }).click()
  await alicePage.getByLabel('Link address').fill('example.org/notes')
  await alicePage.getByRole('button', { name: 'Apply' }).click()
  await expect(minutes(alicePage).locator('a[href="https://example.org/notes"]')).toHaveText('example.org/notes')

  await alicePage.keyboard.press('Enter')
  await alicePage.keyboard.type('``` npm start')
  await expect(minutes(alicePage).locator('pre code')).toHaveText('npm start')
  await alicePage.screenshot({ path: `${shots}/formatting.png`, fullPage: true })
})

test('an expired session is explained, and what was typed stays', async ({ alicePage, aliceContext }) => {
  const meeting = await createMeeting(alicePage, { title: 'Session check' })
  await openMeeting(alicePage, meeting.url)

  await aliceContext.clearCookies()
  // Dropping the link makes the page reconnect, which the server now refuses.
  await aliceContext.setOffline(true)
  await expect(alicePage.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline')
  await clickToPlaceCaret(minutes(alicePage))
  await alicePage.keyboard.type('Still here after the session ran out.')
  await aliceContext.setOffline(false)

  const problem = alicePage.getByRole('alert').filter({ hasText: 'Your session has expired' })
  await expect(problem).toBeVisible()
  await expect(problem.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', /^\/signin\?callbackUrl=/)
  await expect(alicePage.getByTestId('connection-status')).toHaveAttribute('data-state', 'closed')
  await expect(minutes(alicePage)).toContainText('Still here after the session ran out.')
  await expect(minutes(alicePage)).toHaveAttribute('contenteditable', 'true')
  await alicePage.screenshot({ path: `${shots}/session-expired.png` })
})

test('a change too large to save is explained, kept, and can be undone', async ({ alicePage, bobPage }) => {
  const meeting = await createMeeting(alicePage, { title: 'Too large check' })
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)
  await clickToPlaceCaret(minutes(alicePage))
  await alicePage.keyboard.type('Small and saved. ')
  await expect(minutes(bobPage)).toContainText('Small and saved.')

  // A paste bigger than the server takes in one message (2 MB by default),
  // as a web page would put it on the clipboard.
  const text = 'x'.repeat(2_200_000)
  await paste(alicePage, { 'text/plain': text, 'text/html': `<p>${text}</p>` })

  const problem = alicePage.getByRole('alert').filter({ hasText: 'Your last change is too large to save' })
  await expect(problem).toBeVisible()
  await expect(problem).toContainText('kept in this browser')
  await expect(alicePage.getByTestId('connection-status')).toHaveAttribute('data-state', 'closed')
  await expect(minutes(alicePage)).toContainText('xxxxxxxxxx')
  await alicePage.screenshot({ path: `${shots}/too-large.png` })
  // The others never got it, and nobody else was disconnected.
  await expect(bobPage.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(minutes(bobPage)).not.toContainText('xxxxxxxxxx')

  await alicePage.keyboard.press('ControlOrMeta+z')
  await expect(minutes(alicePage)).not.toContainText('xxxxxxxxxx')
  await expect(alicePage.getByTestId('connection-status')).toHaveAttribute('data-stored-in-browser', 'true')
  await problem.getByRole('button', { name: 'Reload' }).click()
  await expect(alicePage.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(unsavedCount(alicePage)).toHaveAttribute('data-count', '0')
  await expect(minutes(alicePage)).toContainText('Small and saved.')
})
