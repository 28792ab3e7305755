/**
 * Issue 5 in the browser: search finds the right bodies first, choosing a council suggests its police
 * force, and a body with no checked contact details takes a typed address that then appears on its letter.
 * Issue 8 §4: a fallback is labelled as what it is, a detail found on another site is marked and never
 * linked, a body with no route links its own website, and no placeholder address is offered for corrections.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { appUnderTest, newContext, ROOT } from './harness.ts'
import { assertAccessible } from './helpers/a11y.ts'

let context: BrowserContext
let page: Page
let serverUrl: string

appUnderTest(async ({ browser, server }) => {
  context = await newContext(browser)
  // The answers file is dated 23 November 2026: the page's clock is pinned there, so this passes on any day.
  await context.clock.setFixedTime(new Date('2026-11-23T12:00:00Z'))
  page = await context.newPage()
  // A loaded answers file gets us past the questions before this one.
  await page.goto(`${server.url}/`)
  await page.getByLabel('Load answers from a file').setInputFiles(join(ROOT, 'test', 'fixtures', 'requests', 'parent.json'))
  await page.getByRole('heading', { level: 1, name: /Check your answers|keep your answers/ }).waitFor()
  // Where the app asks first whether to keep answers, keep them: this file reloads pages by address.
  if (await page.getByRole('heading', { level: 1, name: /keep your answers/ }).count()) {
    await page.getByRole('radio', { name: /Yes, keep my answers/ }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('heading', { level: 1, name: /Check your answers/ }).waitFor()
  }
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
  ['police in Birmingham', /West Midlands Police/],
  ['Hackney police', /Metropolitan Police/],
  // Two Home Office entries: each says what it holds.
  ['home office', /Home Office\s+Prevent and Channel panel records/],
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

const near = () => page.locator('section[aria-labelledby="near-title"]')

test("the child's address offers its council and force before any search, each with a plain reason", async () => {
  // Start from an empty list so nothing is hidden by a body already chosen.
  const chosen = page.locator('section[aria-labelledby="chosen-title"]')
  while (await chosen.getByRole('button', { name: /^Remove/ }).count() > 0) {
    await chosen.getByRole('button', { name: /^Remove/ }).first().click()
  }
  // The fixture's child lives at 7 Park Terrace, Manchester.
  await near().locator('.result-list__name', { hasText: 'Manchester City Council' }).waitFor()
  assert.match(await near().innerText(), /Manchester City Council\s+Your child lives in Manchester\.[\s\S]*Greater Manchester Police\s+It is the police force for Manchester\./)
  await assertAccessible(page, 'who to send it to, with the bodies for the address')
})

test('choosing Manchester City Council still offers Greater Manchester Police, once', async () => {
  const chosen = page.locator('section[aria-labelledby="chosen-title"]')
  await firstSuggestion('manchester')
  await search().press('ArrowDown')
  await search().press('Enter')
  await chosen.getByText('Manchester City Council').first().waitFor()
  const offers = page.locator('section[aria-labelledby="near-title"], section[aria-labelledby="suggestions-title"]')
  const names = offers.locator('.result-list__name', { hasText: 'Greater Manchester Police' })
  await names.first().waitFor()
  assert.equal(await names.count(), 1)
  assert.doesNotMatch(await near().innerText(), /Manchester City Council/)
})

test('a postcode in their own address, or "my local police", finds its bodies; a postcode we cannot place says so and offers adding by hand', async () => {
  await firstSuggestion('M14')
  const options = page.getByRole('listbox').getByRole('option')
  assert.match(await options.nth(0).innerText(), /Manchester City Council[\s\S]*Added/)
  assert.match(await options.nth(1).innerText(), /Greater Manchester Police\s+It is the police force for Manchester/)
  assert.match(await firstSuggestion('LS6'), /Add an organisation yourself\s+We cannot look up the postcode LS6/)
  assert.match(await firstSuggestion('my local police'), /Greater Manchester Police\s+It is the police force for Manchester/)
})

test('"my school" offers adding a school by hand, with the kind already chosen', async () => {
  assert.match(await firstSuggestion('my school'), /Add a school, college or university yourself/)
  await assertAccessible(page, 'the list under the search box, offering to add a school by hand')
  await search().press('ArrowDown')
  await search().press('Enter')
  await page.getByRole('heading', { level: 1, name: 'Add an organisation' }).waitFor()
  assert.equal(await page.getByRole('radio', { name: 'A school, college or university' }).isChecked(), true)
  await page.goBack()
  await page.getByRole('heading', { level: 1, name: 'Who do you want to send it to?' }).waitFor()
})

/** The words as a pattern that lets any line break or run of spaces stand between them (PDF text wraps). */
function loose(words: string): RegExp {
  return new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
}

const chosen = () => page.locator('section[aria-labelledby="chosen-title"]')
const cardFor = (name: string) => chosen().locator('li.card').filter({ has: page.getByRole('heading', { name }) })

async function choose(query: string, name: string) {
  await firstSuggestion(query)
  await search().press('ArrowDown')
  await search().press('Enter')
  await cardFor(name).waitFor()
}

test('a fallback is labelled as what it is: their Data Protection Officer, where a request is valid', async () => {
  const card = cardFor('Manchester City Council')
  const text = await card.innerText()
  assert.match(text, /Email their Data Protection Officer:\s*dpo@manchester\.gov\.uk/)
  assert.match(text, /Not their usual address for requests, but a request sent here is valid\. Their own form may be quicker/)
  assert.match(text, /we found the Data Protection Officer's email on Manchester City Council's website/)
})

test('a detail found on another site is marked as such and never linked; the ICO\'s action shows with its date', async () => {
  await choose('the met', 'Metropolitan Police Service')
  const card = cardFor('Metropolitan Police Service')
  const text = await card.innerText()
  assert.match(text, /we found the email address on another site, netpol\.org, not on the Metropolitan Police Service's own website\. Check it on their own site/)
  assert.equal(await card.locator('a[href*="netpol"]').count(), 0)
  assert.match(text, /we found the online form on the Metropolitan Police Service's website/)
  assert.match(text, /The ICO told the Metropolitan Police Service to answer requests faster \(enforcement notice, June 2019\)\. Sustained failure to answer subject access requests on time[^\n]*Source: a report on another site \(jmw\.co\.uk\)\. Check it on the ICO's website\./)
  assert.equal(await card.locator('a[href*="jmw.co.uk"]').count(), 0)
})

test('a body with no address at all links its own website, takes a typed address, and the letter uses it', async () => {
  await choose('trafford', 'Trafford Metropolitan Borough Council')
  const card = cardFor('Trafford Metropolitan Borough Council')
  assert.match(await card.innerText(), /We have no checked address for Trafford Metropolitan Borough Council\.[\s\S]*Go to their website, trafford\.gov\.uk[\s\S]*search it for 'subject access request'/)
  assert.equal(await card.getByRole('link', { name: /trafford\.gov\.uk/ }).getAttribute('href'), 'http://www.trafford.gov.uk/')
  await card.getByRole('link', { name: /Add their address, email or online form/ }).click()
  await page.getByRole('heading', { level: 1, name: /Contact details for Trafford Metropolitan Borough Council/ }).waitFor()
  // No address for corrections was set when this app was built, so there is nothing to email: the text to copy only.
  const report = page.locator('section[aria-labelledby="report-title"]')
  assert.equal(await report.locator('a[href^="mailto:"]').count(), 0)
  assert.doesNotMatch(await page.locator('main').innerText(), /example\.(org|com)/)
  assert.match(await report.getByLabel('Text to copy').inputValue(), /Organisation: Trafford Metropolitan Borough Council \(council:trafford\)/)
  await page.getByLabel('Address line 1').fill('Information Governance Team')
  await page.getByLabel('Address line 2').fill('99 Typed Street')
  await page.getByLabel('Town or city').fill('Stretford')
  await page.getByLabel(/Postcode/).fill('M32 9ZZ')
  await page.getByRole('button', { name: 'Save details' }).click()
  await page.getByRole('heading', { level: 1, name: 'Who do you want to send it to?' }).waitFor()
  assert.match(await chosen().innerText(), /99 Typed Street/)
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.goto(`${serverUrl}/check-your-answers`)
  await page.getByRole('button', { name: 'Make your letters' }).click()
  // Where the app first says what the letters reveal and to whom, go on from there.
  const before = page.getByRole('heading', { level: 1, name: 'Before you send your letters' })
  await before.or(page.getByRole('heading', { name: 'Your letters are ready' })).first().waitFor({ timeout: 60_000 })
  if (await before.count()) await page.getByRole('button', { name: 'Make my letters' }).click()
  await page.getByRole('heading', { name: 'Your letters are ready' }).waitFor({ timeout: 60_000 })
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download all letters/ }).or(page.getByRole('link', { name: /Download all letters/ })).click()])
  const file = join(mkdtempSync(join(tmpdir(), 'wth-dir-')), 'all.pdf')
  await download.saveAs(file)
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  assert.match(text, /Trafford Metropolitan Borough Council\s+Information Governance Team\s+99 Typed Street\s+Stretford\s+M32 9ZZ/)
  assert.match(text, /You typed some of these details yourself/)
  // The cover sheets say the same as the cards: the fallback labelled, the other site marked.
  assert.match(text, loose("Email their Data Protection Officer: dpo@manchester.gov.uk (Not their usual address for requests, but a request sent here is valid."))
  assert.match(text, loose("we found the email address on another site, netpol.org, not on the Metropolitan Police Service's own website. Check it on their own site"))
})
