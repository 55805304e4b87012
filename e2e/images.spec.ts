// Pasted and dropped images: stored by the server, linked relatively in the
// minutes, seen by everyone in the meeting, refused in words when they cannot be.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { makePng } from '../server/images/testing/make-png'
import { createMeeting } from './support/meetings'
import { transfer } from './support/transfer-files'
import { expect, test } from './support/users'
import { clickToPlaceCaret, failOnPageErrors, minutes, openMeeting } from './support/editor'

const shot = (name: string) => join(test.info().project.outputDir, 'screenshots', name)
const uuidPng = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.png$/

failOnPageErrors()

// ProseMirror keeps an empty <img> of its own at the end of some lines.
const images = (page: Page) => minutes(page).locator('img:not(.ProseMirror-separator)')


/** A new meeting open in each page, with `text` typed at its end by the first. */
async function meetingWithText(pages: Page[], input: { title: string; date: string }, text: string) {
  const meeting = await createMeeting(pages[0]!, input)
  for (const page of pages) await openMeeting(page, meeting.url)
  await minutes(pages[0]!).click()
  await pages[0]!.keyboard.press('Control+End')
  if (text) await pages[0]!.keyboard.type(text)
  return meeting
}

async function downloadMarkdown(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download .md' }).click()])
  return readFileSync(await download.path(), 'utf8')
}

test('an image pasted by one person is stored, linked relatively, and seen by both', async ({ alicePage, bobPage, aliceContext, browser, baseURL }) => {
  const meeting = await meetingWithText([alicePage, bobPage], { title: 'Pictures', date: '2024-07-24' }, 'Load chart: ')

  // Held at the server's door, so the placeholder can be seen.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await alicePage.route('**/images', async (route) => {
    await held
    await route.continue()
  })
  const png = makePng(160, 90, [37, 99, 235])
  await transfer(alicePage, 'paste', [{ name: 'image.png', type: 'image/png', bytes: Array.from(png) }])
  await expect(alicePage.getByRole('status', { name: 'Uploading image.png' })).toBeVisible()
  await alicePage.screenshot({ path: shot('image-uploading.png') })
  await expect(images(bobPage)).toHaveCount(0)
  // Typing on while it uploads: the image lands where it was pasted, before the
  // new text, and where it was pasted stays put while someone else writes before it.
  await alicePage.keyboard.type(' (p99)')
  await clickToPlaceCaret(minutes(bobPage))
  await bobPage.keyboard.press('Control+Home')
  await bobPage.keyboard.type('Bob: ')
  await expect(minutes(alicePage).locator('p').first()).toHaveText(/^Bob: .*Load chart:/)
  release()

  for (const page of [alicePage, bobPage]) {
    const img = images(page)
    await expect(img).toHaveCount(1)
    await expect(img).toHaveAttribute('src', new RegExp(`^/api/meetings/${meeting.id}/images/[0-9a-f-]{36}\\.png$`))
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(160)
  }
  await expect(alicePage.getByRole('status', { name: /Uploading/ })).toHaveCount(0)
  const src = (await images(alicePage).getAttribute('src'))!
  const fileName = src.split('/').pop()!
  expect(fileName).toMatch(uuidPng)

  const markdown = await downloadMarkdown(bobPage)
  expect(markdown).toContain(`Bob: Load chart: ![](${fileName}) (p99)`)

  const served = await aliceContext.request.get(src)
  expect(served.status()).toBe(200)
  expect(Buffer.from(await served.body()).equals(Buffer.from(png))).toBe(true)
  expect(served.headers()).toMatchObject({
    'content-type': 'image/png',
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=31536000, immutable',
  })
  expect((await bobPage.request.get(src)).status()).toBe(200)
  const stranger = await browser.newContext({ baseURL })
  expect((await stranger.request.get(src)).status()).toBe(401)
  await stranger.close()
  expect((await aliceContext.request.get(`/api/meetings/${meeting.id}/images/${crypto.randomUUID()}.png`)).status()).toBe(404)
  const other = await createMeeting(alicePage, { title: 'Elsewhere' })
  expect((await aliceContext.request.get(`/api/meetings/${other.id}/images/${fileName}`)).status()).toBe(404)

  await alicePage.screenshot({ path: shot('image-pasted.png'), fullPage: true })
})

test('files dropped together land in order where they were dropped, named by their file names', async ({ alicePage, bobPage }) => {
  const meeting = await meetingWithText([alicePage, bobPage], { title: 'Dropped', date: '2024-07-31' }, 'Whiteboard')

  const first = makePng(40, 40, [220, 38, 38])
  const second = makePng(60, 40, [22, 163, 74])
  await transfer(alicePage, 'drop', [
    { name: 'before.png', type: 'image/png', bytes: Array.from(first) },
    { name: 'after.png', type: 'image/png', bytes: Array.from(second) },
  ])
  await expect(images(bobPage)).toHaveCount(2)
  const markdown = await downloadMarkdown(bobPage)
  const links = [...markdown.matchAll(/!\[(\w+)\]\(([^)]+)\)/g)].map((m) => [m[1], m[2]])
  expect(links.map(([alt]) => alt)).toEqual(['before', 'after'])
  expect(markdown).toContain(`Whiteboard![before](${links[0]![1]})![after](${links[1]![1]})`)
  const served = await bobPage.request.get(`/api/meetings/${meeting.id}/images/${links[1]![1]}`)
  expect(Buffer.from(await served.body()).equals(Buffer.from(second))).toBe(true)
})

test('an image copied from other minutes is copied into the meeting it is pasted into', async ({ alicePage, bobPage, aliceContext }) => {
  // Last week's meeting has an image, stored here as the raw body of the upload.
  const lastWeek = await createMeeting(alicePage, { title: 'Last week', date: '2024-07-17' })
  const png = makePng(30, 20, [234, 88, 12])
  const upload = await aliceContext.request.post(`/api/meetings/${lastWeek.id}/images`, { data: Buffer.from(png), headers: { 'content-type': 'image/png' } })
  expect(upload.status()).toBe(201)
  const { fileName: original } = (await upload.json()) as { fileName: string }

  const meeting = await meetingWithText([alicePage, bobPage], { title: 'This week', date: '2024-07-24' }, '')
  // What copying the image in the other meeting's editor puts on the clipboard.
  await minutes(alicePage).evaluate((editor, name) => {
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/html', `<p>From last week: <img src="${name}" alt="burn-down"></p>`)
    clipboardData.setData('text/plain', 'From last week: ')
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  }, original)

  for (const page of [alicePage, bobPage]) {
    const img = images(page)
    await expect(img).toHaveAttribute('src', new RegExp(`^/api/meetings/${meeting.id}/images/[0-9a-f-]{36}\\.png$`))
    await expect(img).not.toHaveAttribute('src', new RegExp(original))
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(30)
  }
  const copy = (await images(bobPage).getAttribute('src'))!.split('/').pop()!
  expect(await downloadMarkdown(bobPage)).toContain(`From last week: ![burn-down](${copy})`)
  expect((await bobPage.request.get(`/api/meetings/${lastWeek.id}/images/${original}`)).status()).toBe(200)
})

test('an SVG, an oversized image or being offline gives a message and changes nothing', async ({ alicePage, aliceContext }) => {
  await meetingWithText([alicePage], { title: 'Refused', date: '2024-08-07' }, 'Nothing but this text.')
  const before = await downloadMarkdown(alicePage)
  const problem = alicePage.getByTestId('image-problem')

  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
  await transfer(alicePage, 'paste', [{ name: 'logo.svg', type: 'image/svg+xml', bytes: Array.from(Buffer.from(svg)) }])
  await expect(problem).toContainText('Could not add “logo.svg”: SVG images are not accepted: they can carry scripts.')
  await alicePage.screenshot({ path: shot('image-refused.png') })
  await problem.getByRole('button', { name: 'Dismiss' }).click()
  await expect(problem).toHaveCount(0)

  // A PNG only by its name: the server reads the bytes.
  await transfer(alicePage, 'paste', [{ name: 'notes.png', type: 'image/png', bytes: Array.from(Buffer.from('just text')) }])
  await expect(problem).toContainText('Could not add “notes.png”: this is not a PNG, JPEG, GIF or WebP image.')

  await transfer(alicePage, 'drop', [{ name: 'huge.png', type: 'image/png', bytes: { pngOfSize: 11 * 1024 * 1024 } }])
  await expect(problem).toContainText('Could not add “huge.png”: the image is larger than 10 MB')

  await aliceContext.setOffline(true)
  await transfer(alicePage, 'paste', [{ name: 'image.png', type: 'image/png', bytes: Array.from(makePng(8, 8)) }])
  await expect(problem).toContainText('Could not add “image.png”: the server cannot be reached. Paste it again once you are back online.')
  await aliceContext.setOffline(false)
  await expect(alicePage.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')

  // Dropped beside the editor, a file is refused rather than opened in place of the meeting.
  const openedByBrowser = await alicePage.getByRole('heading', { name: 'Refused' }).evaluate((heading) => {
    const dataTransfer = new DataTransfer()
    dataTransfer.items.add(new File(['x'], 'stray.png', { type: 'image/png' }))
    return heading.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }))
  })
  expect(openedByBrowser).toBe(false)

  await expect(images(alicePage)).toHaveCount(0)
  await expect(alicePage.getByRole('status', { name: /Uploading/ })).toHaveCount(0)
  expect(await downloadMarkdown(alicePage)).toBe(before)
  expect(before).toContain('Nothing but this text.')
})

test('an image linked from the web renders as before, from its own address', async ({ alicePage }) => {
  await meetingWithText([alicePage], { title: 'Remote', date: '2024-08-14' }, '')
  await minutes(alicePage).evaluate((editor) => {
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', 'Logo: ![logo](https://example.org/logo.png)')
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  })
  await expect(images(alicePage)).toHaveAttribute('src', 'https://example.org/logo.png')
  expect(await downloadMarkdown(alicePage)).toContain('Logo: ![logo](https://example.org/logo.png)')
})
