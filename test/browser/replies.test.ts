/**
 * "They replied", in the browser and with no network: after one visit the service worker has stored
 * the app, the context goes offline, and a person asks by keyboard alone for the parts a reply left
 * out (Art 15(1) / s.45(2)), or asks the ICO to check what the police held back (DPA 2018 s.51).
 * Every page's clock is pinned by the harness; the real clock is never read. Each PDF is read back
 * and drawn, and the two new pages are screenshotted at 360 and 1280 px.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { appUnderTest, openPage, ROOT } from './harness.ts'
import { catchFileChoosers, continueTo, loadAnswersFile, typeDate } from './helpers/journey.ts'
import { answerKeepQuestion, KEEP_PATH } from './helpers/keep.ts'
import { keepIfAsked } from './helpers/pages.ts'
import { goOffline } from './helpers/offline.ts'
import { chooseRadio, pressEnterOn, tabTo, tick, waitForPage } from './helpers/keyboard.ts'
import { checkPdfIsSound, flat, pdfText, segmentsByBody } from './helpers/pdf.ts'
import { dayAnswer, errorText, longDate, ui } from './helpers/people.ts'
import { DESKTOP, PHONE, Shots } from './helpers/shots.ts'

const app = appUnderTest()

/** The day every page here thinks it is (pinned by the harness before any page loads). */
const TODAY = '2026-11-23'

const P = {
  start: '/',
  followUp: '/follow-up',
  firstLetter: '/follow-up/first-letter',
  events: '/follow-up/what-has-happened',
  received: '/follow-up/what-their-reply-held',
  withheld: '/follow-up/what-they-held-back',
  timing: '/follow-up/when-you-can-send',
  whatWentWrong: '/follow-up/what-went-wrong',
  check: '/check-your-answers',
  beforeYouSend: '/before-you-send',
  letters: '/your-letters',
} as const

const FIXTURE = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'), 'utf8')) as Record<string, unknown>

/** The young person's answers with only these organisations, written to a file of its own. */
function fixtureFor(recipients: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wth-replies-')), 'answers.json')
  writeFileSync(file, JSON.stringify({ ...FIXTURE, recipients }))
  return file
}

/** One visit with the network, then none (helpers/offline.ts). Listens for file choosers first, so a file can be loaded by keyboard. */
async function visitThenGoOffline(page: Page): Promise<void> {
  catchFileChoosers(page)
  await page.goto(`${app.server.url}${P.start}`)
  await goOffline(page)
}

/** Loads an answers file by keyboard on the start page and waits for check your answers (answering the keep question if it comes first). */
async function loadAnswers(page: Page, file: string): Promise<void> {
  await loadAnswersFile(page, file)
  await keepIfAsked(page, P.check)
}

/**
 * Moves to a page inside the running app, as its own links do. A loaded file goes straight to check
 * your answers; the question whether to keep answers comes on the first question page opened after it.
 * (Pages come in a second script, loaded on the first move: the page is drawn only once it has come.)
 */
async function moveTo(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate'))
  }, path)
  // Until the question pages' code has loaded, the address is the new one but no page is drawn yet.
  await page.waitForFunction((paths) => paths.includes(location.pathname) && document.querySelector('h1') !== null, [KEEP_PATH, path], { timeout: 20_000 })
  if (new URL(page.url()).pathname === KEEP_PATH) await answerKeepQuestion(page, 'keep', path, { headingFocused: false })
  await waitForPage(page, path, { headingFocused: false })
}

const radio = (page: Page, key: string) => page.getByRole('radio', { name: ui(key), exact: true })
const checkbox = (page: Page, key: string) => page.getByRole('checkbox', { name: ui(key), exact: true })

/**
 * Which follow-up, then the first letter (1 September 2026, by email), then the events page: the
 * reply came in part on `repliedOn`. Continue goes to the page that kind asks next.
 */
async function startFollowUp(page: Page, kind: 'missing-parts' | 'ico-check', repliedOn: { day: string; month: string; year: string }, next: string): Promise<void> {
  await moveTo(page, P.followUp)
  await chooseRadio(page, radio(page, `followUp.option.${kind}`))
  await continueTo(page, P.firstLetter)
  await typeDate(page, page.getByRole('group', { name: ui('followUpDetails.dateLegend') }), { day: '1', month: '9', year: '2026' })
  await chooseRadio(page, radio(page, 'followUpDetails.how.email'))
  await continueTo(page, P.events)
  await tick(page, checkbox(page, 'followUpEvents.option.replied-in-part'))
  await typeDate(page, page.getByRole('group', { name: ui('followUpEvents.on.replied-in-part') }), repliedOn)
  await continueTo(page, next)
}

/**
 * Continue from the follow-up's own question: the letter can be sent with nothing to warn of, so the
 * page saying when is passed by. What went wrong is left empty (it is optional here), to check your answers.
 */
async function onToCheck(page: Page): Promise<void> {
  await continueTo(page, P.whatWentWrong)
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ui('whatWentWrong.titleOptional'))
  await continueTo(page, P.check)
}

/** The lines of one row of check your answers, found by its label. */
async function checkRow(page: Page, key: string): Promise<string[]> {
  const row = page.locator('.summary-list__row').filter({ has: page.locator('dt', { hasText: ui(key) }) })
  assert.equal(await row.count(), 1, `check your answers has one row "${ui(key)}"`)
  return (await row.locator('.summary-list__line').allInnerTexts()).map((line) => line.trim())
}

/** "Make your letters", through the page before sending, to the download: the PDF, read back and drawn. */
async function makeLetters(page: Page): Promise<string> {
  await pressEnterOn(page, page.getByRole('button', { name: ui('check.button'), exact: true }))
  await page.waitForFunction((paths) => paths.includes(location.pathname), [P.beforeYouSend, P.letters] as string[])
  if (new URL(page.url()).pathname === P.beforeYouSend) {
    await pressEnterOn(page, page.getByRole('button', { name: ui('beforeSend.button'), exact: true }))
    await waitForPage(page, P.letters, { headingFocused: false })
  }
  const all = page.getByRole('link', { name: ui('letters.downloadAll'), exact: true })
  await all.waitFor({ state: 'visible', timeout: 45_000 })
  await tabTo(page, all)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')])
  const file = join(mkdtempSync(join(tmpdir(), 'wth-replies-')), 'letters.pdf')
  await download.saveAs(file)
  checkPdfIsSound(file)
  return file
}

test('offline, a reply that left parts out gets a letter listing the rest from each body’s own law', async () => {
  const { context, page, errors } = await openPage(app.browser, { ...DESKTOP, today: TODAY, serviceWorkers: 'allow' })
  const shots = new Shots('replies-missing')
  try {
    await visitThenGoOffline(page)
    await loadAnswers(page, join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'))
    await startFollowUp(page, 'missing-parts', { day: '28', month: '9', year: '2026' }, P.received)

    // The checklist of what a full reply holds: every item is offered, and none starts ticked.
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ui('followUpReceived.title'))
    const items = ['copy', 'purposes', 'categories', 'recipients', 'retention', 'rights', 'ico', 'source', 'automated', 'reasons']
    for (const item of items) {
      const box = checkbox(page, `followUpReceived.option.${item}`)
      assert.equal(await box.count(), 1, `the page offers "${ui(`followUpReceived.option.${item}`)}"`)
      assert.equal(await box.isChecked(), false)
    }
    await shots.take(page, 'received-empty')
    for (const item of ['copy', 'purposes', 'ico']) await tick(page, checkbox(page, `followUpReceived.option.${item}`))
    await shots.take(page, 'received-ticked')
    await onToCheck(page)

    assert.deepEqual(await checkRow(page, 'check.row.received'), ['copy', 'purposes', 'ico'].map((item) => ui(`followUpReceived.option.${item}`)))
    const file = await makeLetters(page)

    const segments = segmentsByBody(pdfText(file))
    assert.equal(segments.length, 2, 'the PDF has a letter for each organisation')
    const [police = '', council = ''] = segments
    assert.ok(police.includes('South Wales Police'), 'the first letter is to South Wales Police')
    assert.ok(council.includes('City of Cardiff Council'), 'the second letter is to City of Cardiff Council')
    const replyBy = `Please send the parts listed above by ${longDate(dayAnswer(TODAY, 14))}`
    for (const [name, letter] of [['police', police], ['council', council]] as const) {
      for (const expected of ['You replied on 28 September 2026.', replyBy]) assert.ok(letter.includes(expected), `the ${name} letter says "${expected}"`)
      assert.ok(!letter.includes('a copy of the data itself'), `the ${name} letter does not ask for the copy they sent`)
    }
    for (const expected of ['the kinds of data you hold (section 45(2)(b))', 'where the data came from (section 45(2)(g))', '(section 45(5))']) {
      assert.ok(police.includes(expected), `the police letter lists "${expected}"`)
    }
    for (const sent of ['(section 45(2)(a))', '(section 45(2)(f))', 'Article 15']) assert.ok(!police.includes(sent), `the police letter does not list "${sent}"`)
    for (const expected of ['the kinds of data you hold (Article 15(1)(b))', 'Article 15(1)(g)', 'Article 15(1)(h)']) {
      assert.ok(council.includes(expected), `the council letter lists "${expected}"`)
    }
    for (const sent of ['(Article 15(1)(a))', '(Article 15(1)(f))', 'section 45(2)']) assert.ok(!council.includes(sent), `the council letter does not list "${sent}"`)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('offline, a police force that would neither confirm nor deny, or kept records back, gets a request to the ICO under section 51', async () => {
  const { context, page, errors } = await openPage(app.browser, { ...PHONE, today: TODAY, serviceWorkers: 'allow' })
  const shots = new Shots('replies-ico-check')
  try {
    await visitThenGoOffline(page)
    await loadAnswers(page, fixtureFor(['police:south-wales']))
    await startFollowUp(page, 'ico-check', { day: '20', month: '10', year: '2026' }, P.withheld)

    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ui('followUpWithheld.title'))
    for (const option of ['neither-confirm-nor-deny', 'restricted', 'refused']) {
      assert.equal(await radio(page, `followUpWithheld.option.${option}`).count(), 1, `the page offers "${ui(`followUpWithheld.option.${option}`)}"`)
    }
    await shots.take(page, 'withheld-empty')
    await chooseRadio(page, radio(page, 'followUpWithheld.option.neither-confirm-nor-deny'))
    await shots.take(page, 'withheld-chosen')
    await onToCheck(page)

    assert.deepEqual(await checkRow(page, 'check.row.withheld'), [ui('followUpWithheld.option.neither-confirm-nor-deny')])
    const file = await makeLetters(page)
    const text = flat(pdfText(file))
    const segments = segmentsByBody(text)
    assert.equal(segments.length, 1, 'the PDF has one request, about South Wales Police')
    const [police = ''] = segments
    for (const expected of [
      'I ask you, under section 51 of the Data Protection Act 2018',
      'South Wales Police would neither confirm nor deny whether it holds personal data about me.',
      'Wycliffe House',
      'Send it to the Information Commissioner\'s Office',
    ]) assert.ok(police.includes(expected), `the request to the ICO says "${expected}"`)
    assert.ok(!police.includes('Dear Data Protection Officer'), 'it is written to the ICO, not to the force')

    // The force kept records back (a restriction) instead: changed from check your answers, the same request.
    await moveTo(page, P.check)
    const change = page.locator('.summary-list__row').filter({ has: page.locator('dt', { hasText: ui('check.row.withheld') }) }).getByRole('link')
    await pressEnterOn(page, change)
    await waitForPage(page, P.withheld, { headingFocused: false })
    await chooseRadio(page, radio(page, 'followUpWithheld.option.restricted'))
    await continueTo(page, P.check)
    const [restricted = ''] = segmentsByBody(flat(pdfText(await makeLetters(page))))
    for (const expected of [
      'I ask you, under section 51 of the Data Protection Act 2018',
      'South Wales Police held back some or all of the personal data, or the information about it, that I asked for.',
    ]) assert.ok(restricted.includes(expected), `the request about a restriction says "${expected}"`)
    assert.ok(!restricted.includes('neither confirm nor deny'), 'it no longer says they would neither confirm nor deny')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('offline, asking the ICO to check a council is refused in plain words before any letter is made', async () => {
  const { context, page, errors } = await openPage(app.browser, { ...PHONE, today: TODAY, serviceWorkers: 'allow' })
  const shots = new Shots('replies-ico-check-council')
  try {
    await visitThenGoOffline(page)
    await loadAnswers(page, fixtureFor(['council:cardiff']))
    await startFollowUp(page, 'ico-check', { day: '20', month: '10', year: '2026' }, P.withheld)
    await chooseRadio(page, radio(page, 'followUpWithheld.option.restricted'))
    await continueTo(page, P.timing)

    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ui('followUpTiming.title.cannot', { this: ui('followUp.this.ico-check') }))
    const timing = flat(await page.locator('main').innerText())
    const refusal = errorText('icoCheckPoliceOnly', { body: 'the City of Cardiff Council' })
    assert.ok(timing.includes(refusal), `the timing page says "${refusal}"; it says: ${timing}`)
    assert.equal(await page.getByRole('button', { name: ui('app.continue'), exact: true }).count(), 0, 'there is no way on to make it')
    await shots.take(page, 'timing-council')

    // Nor from check your answers: the letters page says why, and makes nothing.
    await moveTo(page, P.check)
    await pressEnterOn(page, page.getByRole('button', { name: ui('check.button'), exact: true }))
    await page.waitForFunction((paths) => paths.includes(location.pathname), [P.beforeYouSend, P.letters] as string[])
    if (new URL(page.url()).pathname === P.beforeYouSend) await pressEnterOn(page, page.getByRole('button', { name: ui('beforeSend.button'), exact: true }))
    await page.getByRole('heading', { level: 1, name: ui('letters.refusedTitle'), exact: true }).waitFor({ timeout: 20_000 })
    const letters = flat(await page.locator('main').innerText())
    assert.ok(letters.includes(refusal), `the letters page says "${refusal}"; it says: ${letters}`)
    assert.equal(await page.getByRole('link', { name: ui('letters.downloadAll'), exact: true }).count(), 0, 'no letter is made')
    await shots.take(page, 'letters-council')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
