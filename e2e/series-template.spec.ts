// The series template is edited as a document, in the minutes' own editor,
// with a Markdown view of the same text; a meeting made from it starts with
// what was written, placeholders filled in.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/users'
import { docsScreenshots } from './support/screenshots'

const shots = docsScreenshots
const templateDoc = (form: Locator) => form.getByRole('textbox', { name: 'Template', exact: true })
const markdownSource = (form: Locator) => form.getByRole('textbox', { name: 'Template Markdown' })
const minutes = (page: Page) => page.getByTestId('editor').locator('.ProseMirror')

test('a template written in the editor and in its Markdown view is what the next meeting starts with', async ({ alicePage: page }) => {
  await page.goto('/series')
  const form = page.getByRole('form', { name: 'New series' })
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Team Template')
  await form.getByRole('textbox', { name: 'Folder' }).fill('template')
  const doc = templateDoc(form)
  await expect(doc.locator('h1')).toHaveText('{{date}}')

  // As a document: a new line under the first topic, placeholders typed as text, bold from the toolbar.
  await doc.locator('h3', { hasText: 'First topic' }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Notes for {{series}} on {{date}}, kept by ')
  await form.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: /^Bold/ }).click()
  await page.keyboard.type('@{{author}}')
  await expect(doc.locator('p strong')).toHaveText('@{{author}}')

  // The same template as Markdown: what the editor wrote, and editable there too.
  await form.getByRole('button', { name: 'Markdown' }).click()
  const source = markdownSource(form)
  await expect(source).toHaveValue(/### First topic \(@\{\{author\}\}, 10min\)\n\nNotes for \{\{series\}\} on \{\{date\}\}, kept by \*\*@\{\{author\}\}\*\*\n$/)
  await expect(source).toHaveValue(/^# \{\{date\}\}\n\n## Participants\n/)
  await source.fill(`${await source.inputValue()}\n## Wrap-up\n\n- Next call: {{yyyy}}/{{mm}}/{{dd}} + 7\n`)
  await form.getByRole('button', { name: 'Document' }).click()
  await expect(doc.locator('h2').last()).toHaveText('Wrap-up')
  await expect(doc.locator('li').last()).toHaveText('Next call: {{yyyy}}/{{mm}}/{{dd}} + 7')
  await expect(doc.locator('.template-placeholder').first()).toHaveText('{{date}}')
  await doc.locator('li').last().click()
  await page.keyboard.press('End')
  await page.keyboard.type(' {{dat}}')
  await expect(doc.locator('.template-placeholder-unknown')).toHaveText('{{dat}}')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await page.keyboard.type('e}}')
  await expect(doc.locator('.template-placeholder-unknown')).toHaveCount(0)
  for (let i = 0; i < ' {{date}}'.length; i++) await page.keyboard.press('Backspace')
  await expect(doc.locator('li').last()).toHaveText('Next call: {{yyyy}}/{{mm}}/{{dd}} + 7')
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `${shots}/series-template-editor.png`, fullPage: true })

  await form.getByRole('button', { name: 'Create series' }).click()
  await expect(page).toHaveURL(/\/series\/[a-z2-9]{12}$/)
  await page.getByRole('form', { name: 'New meeting in this series' }).getByLabel('Date').fill('2025-11-28')
  await page.getByRole('button', { name: 'New meeting' }).click()
  await expect(page).toHaveURL(/\/m\/[a-z2-9]{12}$/)
  await expect(minutes(page).locator('h1')).toHaveText('2025-11-28')
  await expect(minutes(page).locator('p', { hasText: 'Notes for' })).toHaveText('Notes for Team Template on 2025-11-28, kept by @alice-e2e')
  await expect(minutes(page).locator('h2').last()).toHaveText('Wrap-up')
  await expect(minutes(page).locator('li').last()).toHaveText('Next call: 2025/11/28 + 7')
})

test("editing a series' template in the editor saves it; opening it alone changes nothing", async ({ alicePage: page }) => {
  // Written by hand in a style the exporter would write differently (`_` emphasis, `*` bullets).
  const template = '# {{series}} {{date}}\n\n_Chair: @{{author}}_\n\n* Participants\n\n## Agenda\n'
  const res = await page.request.post('/api/series', { data: { name: 'Template edit', folder: 'template-edit', template } })
  const { url } = (await res.json()) as { url: string }
  await page.goto(url)
  await page.getByText('Edit series').click()
  const form = page.getByRole('form', { name: 'Edit series' })
  await expect(templateDoc(form).locator('h1')).toHaveText('{{series}} {{date}}')
  await form.getByRole('button', { name: 'Markdown' }).click()
  await expect(markdownSource(form)).toHaveValue(template)
  await form.getByRole('button', { name: 'Document' }).click()

  await templateDoc(form).locator('h2', { hasText: 'Agenda' }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('### Topic for {{title}}')
  await expect(templateDoc(form).locator('h3')).toHaveText('Topic for {{title}}')
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(form.getByRole('button', { name: 'Save changes' })).toBeEnabled()

  await page.reload()
  await page.getByText('Edit series').click()
  await form.getByRole('button', { name: 'Markdown' }).click()
  // Once edited, the whole template is written the way the exporter writes minutes.
  await expect(markdownSource(form)).toHaveValue('# {{series}} {{date}}\n\n*Chair: @{{author}}*\n\n- Participants\n\n## Agenda\n\n### Topic for {{title}}\n')
})
