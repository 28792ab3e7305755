/**
 * Issue 5 in the browser: search finds the right bodies first, choosing a council suggests its police
 * force, and a body with no checked contact details takes a typed address that then appears on its letter.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { appUnderTest, newContext, ROOT } from './harness.ts'

let context: BrowserContext
let page: Page
let serverUrl: string

appUnderTest(async ({ browser, server }) => {
  context = await newContext(browser)
  page = await context.newPage()
  // A loaded answers file gets us past the questions before this one.
  await page.goto(`${server.url}/`)
  await page.getByLabel('Load answers from a file').setInputFiles(join(ROOT, 'test', 'fixtures', 'requests', 'parent.json'))
  await page.getByRole('heading', { level: 1, name: /Check your answers/ }).waitFor()
  await page.goto(`${server.url}/who-to-send-it-to`)
  serverUrl = server.url
  await page.getByRole('heading', { level: 1, name: 'Who do you want to send it to?' }).waitFor()
})

const search = () => page.getByRole('combobox', { name: /Search for a police force, council or other organisation/ })

async function firstSuggestion(query: string): Promise<string> {
  await search().fill('')
  await search().pressSequentially(query, { delay: 20 })
  const option = page.getByRole('listbox').getByRole('option').first()
  await option.waitFor({ timeout: 10_000 })
  return (await option.innerText()).trim()
}

for (const [query, expected] of [
  ['gmp', /Greater Manchester Police/],
  ['the met', /Metropolitan Police/],
  ['glasgow', /Glasgow City Council/],
  ['cardiff', /Cardiff Council/],
  ['tower hamlets', /Tower Hamlets/],
  ['brum', /Birmingham/],
  ['police scotland', /Police Scotland/],
] as const) {
  test(`typing "${query}" offers the right body first`, async () => {
    assert.match(await firstSuggestion(query), expected)
  })
}

test('the list works by keyboard: arrow down and Enter add the body', async () => {
  await firstSuggestion('tower hamlets')
  await search().press('ArrowDown')
  await search().press('Enter')
  const chosen = page.locator('section[aria-labelledby="chosen-title"]')
  await chosen.getByText(/Tower Hamlets/).first().waitFor()
})

test('choosing Manchester City Council suggests Greater Manchester Police', async () => {
  // Start from an empty list so the suggestion is not hidden by a body already chosen.
  const chosen = page.locator('section[aria-labelledby="chosen-title"]')
  while (await chosen.getByRole('button', { name: /^Remove/ }).count() > 0) {
    await chosen.getByRole('button', { name: /^Remove/ }).first().click()
  }
  await firstSuggestion('manchester')
  await search().press('ArrowDown')
  await search().press('Enter')
  await chosen.getByText('Manchester City Council').first().waitFor()
  const suggestions = page.locator('section[aria-labelledby="suggestions-title"]')
  await suggestions.getByText('Greater Manchester Police').first().waitFor()
  assert.match(await suggestions.innerText(), /Greater Manchester Police[\s\S]*Manchester/)
})

test('a body with no checked address says so, takes a typed address, and the letter uses it', async () => {
  const card = page.locator('section[aria-labelledby="chosen-title"] li').filter({ hasText: 'Manchester City Council' })
  assert.match(await card.innerText(), /We have no checked address for Manchester City Council/)
  await card.getByRole('link', { name: /Add their address, email or online form/ }).or(card.getByRole('button', { name: /Add their address, email or online form/ })).click()
  await page.getByRole('heading', { level: 1, name: /Contact details for Manchester City Council/ }).waitFor()
  await page.getByLabel('Address line 1').fill('Information Governance Team')
  await page.getByLabel('Address line 2').fill('99 Typed Street')
  await page.getByLabel('Town or city').fill('Manchester')
  await page.getByLabel(/Postcode/).fill('M60 9ZZ')
  await page.getByRole('button', { name: 'Save details' }).click()
  await page.getByRole('heading', { level: 1, name: 'Who do you want to send it to?' }).waitFor()
  assert.match(await page.locator('section[aria-labelledby="chosen-title"]').innerText(), /99 Typed Street/)
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.goto(`${serverUrl}/check-your-answers`)
  await page.getByRole('button', { name: 'Make your letters' }).click()
  await page.getByRole('heading', { name: 'Your letters are ready' }).waitFor({ timeout: 60_000 })
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download all letters/ }).or(page.getByRole('link', { name: /Download all letters/ })).click()])
  const file = join(mkdtempSync(join(tmpdir(), 'wth-dir-')), 'all.pdf')
  await download.saveAs(file)
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  assert.match(text, /Manchester City Council\s+Information Governance Team\s+99 Typed Street\s+Manchester\s+M60 9ZZ/)
  assert.match(text, /You typed some of these details yourself/)
})
