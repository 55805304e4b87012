#!/usr/bin/env node
// Makes docs/screenshots/two-editors.png for the README: two people in one
// meeting, each in a browser of their own, side by side. Needs a running app
// (BASE_URL, default http://localhost:3000) and Debian's Chromium.
import { chromium } from '@playwright/test'
import { writeFileSync } from 'node:fs'

const base = process.env.BASE_URL ?? 'http://localhost:3000'
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
})

async function person(login, name) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 960, height: 940 }, deviceScaleFactor: 1 })
  const { csrfToken } = await (await context.request.get('/api/auth/csrf')).json()
  await context.request.post('/api/auth/callback/local', { form: { csrfToken, name, login, json: 'true' } })
  return context
}

const minutes = `# 2026-11-25

## Participants

## Housekeeping

- Next meeting in two weeks

## Agenda

### Storage backend for the new region (@mona, 10min)

We compared the two options.

- AI @hubot: ask the operators about their backup window
`

const mona = await person('mona', 'Mona Lisa')
const hubot = await person('hubot', 'Hubot Robot')
const imported = await (await mona.request.post('/api/meetings/import', { data: { title: 'Team IaaS weekly', markdown: minutes } })).json()
const [a, b] = [await mona.newPage(), await hubot.newPage()]
await a.goto(imported.url)
await b.goto(imported.url)
for (const page of [a, b]) await page.getByTestId('editor').locator('.ProseMirror').waitFor()
await a.getByText('We compared the two options.').click()
await a.keyboard.press('End')
await a.keyboard.type(' Both keep the data in the region; the second one costs less to run.')
await b.getByText('Next meeting in two weeks').click()
await b.keyboard.press('End')
await b.keyboard.type(', on December 9')
await a.waitForTimeout(1500)
for (const page of [a, b]) await page.evaluate(() => window.scrollTo(0, 0))
await a.waitForTimeout(300)

const shots = [await a.screenshot(), await b.screenshot()].map((png) => `data:image/png;base64,${png.toString('base64')}`)
const frame = await (await browser.newContext({ viewport: { width: 1960, height: 980 } })).newPage()
await frame.setContent(`<body style="margin:0;background:#cbd5e1;display:flex;gap:20px;padding:20px">
  ${shots.map((src) => `<img src="${src}" style="width:950px;border-radius:8px;box-shadow:0 4px 14px #0003">`).join('')}</body>`)
writeFileSync('docs/screenshots/two-editors.png', await frame.screenshot())
await browser.close()
console.log('wrote docs/screenshots/two-editors.png')
