/**
 * Issue 8 §2 and §3 in the browser: a follow-up says from when it can be sent before anything else is
 * asked, and is never made before then; what has happened since reaches the letter; an ICO complaint
 * lists the complaint made first; a carer without parental responsibility is shown the ways that work,
 * and a child who does not agree is not argued against. The page's clock is pinned in every test.
 * Pages are driven by keyboard (the new checkboxes reveal their dates), and screenshotted at 360 and 1280 px.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { appUnderTest, openPage as openAppPage, ROOT } from './harness.ts'
import { continueTo, textbox, typeDate } from './helpers/journey.ts'
import { chooseRadio, isFocused, pressEnterOn, tabTo, tick, waitForPage } from './helpers/keyboard.ts'
import { goOffline } from './helpers/offline.ts'
import { flat, pdfText, segmentsByBody } from './helpers/pdf.ts'
import { ui } from './helpers/people.ts'
import { DESKTOP, PHONE, Shots } from './helpers/shots.ts'

const app = appUnderTest()

const P = {
  followUp: '/follow-up',
  firstLetter: '/follow-up/first-letter',
  events: '/follow-up/what-has-happened',
  timing: '/follow-up/when-you-can-send',
  whatWentWrong: '/follow-up/what-went-wrong',
  howItAffected: '/follow-up/how-it-affected',
  check: '/check-your-answers',
  beforeYouSend: '/before-you-send',
  letters: '/your-letters',
  who: '/who-is-asking',
  parentalResponsibility: '/about-you/parent/parental-responsibility',
  otherWays: '/about-you/parent/other-ways-to-ask',
  childAgrees: '/about-you/parent/does-your-child-agree',
  childDoesNotAgree: '/about-you/parent/if-your-child-does-not-agree',
  subjectName: '/about-them/name',
} as const

/** A fresh browser at a screen size, its clock pinned to `day` by the harness before any page loads. */
function open(size: { width: number; height: number }, day: string) {
  return openAppPage(app.browser, { ...size, today: day })
}

/** The first question asks whether to keep answers (where the app asks it): keep them, so pages can be opened by address. */
async function keepIfAsked(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor()
  if (new URL(page.url()).pathname !== '/keep-your-answers') return
  await chooseRadio(page, page.getByRole('radio', { name: /^Yes, keep my answers/ }))
  await pressEnterOn(page, page.getByRole('button', { name: ui('app.continue'), exact: true }))
  await page.waitForFunction(() => location.pathname !== '/keep-your-answers')
}

/** Opens a page by address, through the keep question if it comes first. */
async function goTo(page: Page, path: string): Promise<void> {
  await page.goto(`${app.server.url}${path}`)
  await keepIfAsked(page)
  await waitForPage(page, path, { headingFocused: false })
}

/** Moves to a page inside the running app, as its own links do, so answers not kept on the device stay. */
async function moveTo(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate'))
  }, path)
  await keepIfAsked(page)
  await waitForPage(page, path, { headingFocused: false })
}

/** Loads an answers file (by default one of the examples) on the start page and waits for check your answers. */
async function loadFixture(page: Page, name: string, file = join(ROOT, 'test', 'fixtures', 'requests', `${name}.json`)): Promise<void> {
  await page.goto(`${app.server.url}/`)
  await page.getByLabel(ui('start.loadLabel')).setInputFiles(file)
  // Check your answers, or first the question whether to keep answers (where the app asks it).
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${ui('check.title')}$|keep your answers`) }).waitFor()
  await keepIfAsked(page)
  await waitForPage(page, P.check, { headingFocused: false })
}

/** The follow-up's first three pages: which letter, what the first letter asked and its date and route, then the events page. */
async function startFollowUp(page: Page, kind: 'reminder' | 'complaint' | 'ico-complaint', shots: Shots, opened = false): Promise<void> {
  if (opened) await moveTo(page, P.followUp)
  else await goTo(page, P.followUp)
  await chooseRadio(page, page.getByRole('radio', { name: ui(`followUp.option.${kind}`), exact: true }))
  await continueTo(page, P.firstLetter)
  // What the first letter asked for is asked here; a loaded file has it already.
  const access = page.getByRole('checkbox', { name: ui('whatYouWant.option.access'), exact: true })
  if (!(await access.isChecked())) await tick(page, access)
  await typeDate(page, page.getByRole('group', { name: ui('followUpDetails.dateLegend') }), { day: '1', month: '9', year: '2026' })
  await chooseRadio(page, page.getByRole('radio', { name: ui('followUpDetails.how.email'), exact: true }))
  await shots.take(page)
  await continueTo(page, P.events)
}

const checkbox = (page: Page, key: string) => page.getByRole('checkbox', { name: ui(key), exact: true })

/** "Make your letters", through the page before sending where there is one, to the download link. */
async function makeLetters(page: Page): Promise<string> {
  await pressEnterOn(page, page.getByRole('button', { name: ui('check.button'), exact: true }))
  await page.waitForFunction((paths) => paths.includes(location.pathname), [P.beforeYouSend, P.letters] as string[])
  if (new URL(page.url()).pathname === P.beforeYouSend) {
    await pressEnterOn(page, page.getByRole('button', { name: ui('beforeSend.button'), exact: true }))
    await waitForPage(page, P.letters, { headingFocused: false })
  }
  const all = page.getByRole('link', { name: ui('letters.downloadAll'), exact: true })
  await all.waitFor({ state: 'visible', timeout: 90_000 })
  await tabTo(page, all)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')])
  const file = join(mkdtempSync(join(tmpdir(), 'wth-fup-')), 'letters.pdf')
  await download.saveAs(file)
  return file
}

test('a reminder before the first letter’s deadline is refused, with the date it can be sent from, before anything else is asked', async () => {
  const { context, page, errors } = await open(PHONE, '2026-09-25')
  const shots = new Shots('fup-too-early')
  try {
    await startFollowUp(page, 'reminder', shots)
    // Said as soon as the date and route are known, before the question about what happened since.
    const sendFrom = page.getByTestId('send-from')
    await sendFrom.waitFor()
    assert.equal(
      flat(await sendFrom.innerText()).includes(ui('followUpEvents.ifNothing.future', { body: 'the organisation', deadline: '1 October 2026', this: 'this reminder', from: '2 October 2026' })),
      true,
      'the events page says the reminder can be sent from 2 October 2026',
    )

    // Ticking a box reveals its dates; "Nothing has happened" stands alone.
    await tick(page, checkbox(page, 'followUpEvents.option.asked-for-id'))
    const asked = page.getByRole('group', { name: ui('followUpEvents.on.asked-for-id') })
    await asked.waitFor()
    assert.equal(await page.getByRole('group', { name: ui('followUpEvents.answered.asked-for-id') }).count(), 1, 'the date the proof was sent is asked too')
    await shots.take(page, 'events-revealed')
    await tick(page, checkbox(page, 'followUpEvents.option.nothing'))
    assert.equal(await checkbox(page, 'followUpEvents.option.asked-for-id').isChecked(), false, '"Nothing has happened" unticks the rest')
    assert.equal(await asked.count(), 0, 'and hides their dates')
    await continueTo(page, P.timing)

    const main = page.locator('main')
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ui('followUpTiming.title.cannot', { this: 'this reminder' }))
    const text = flat(await main.innerText())
    assert.ok(text.includes('You cannot send this to the organisation yet. They have until 1 October 2026 to reply, so you can send it from 2 October 2026'), text)
    assert.equal(await page.getByRole('button', { name: ui('app.continue'), exact: true }).count(), 0, 'there is no way on to make it')
    assert.ok(await page.getByRole('link', { name: ui('followUpTiming.changeEvents'), exact: true }).isVisible())
    await shots.take(page)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('a reminder after a request for proof of identity counts from when the proof arrived, on the page and in the PDF', async () => {
  const { context, page, errors } = await open(DESKTOP, '2026-11-23')
  const shots = new Shots('fup-reminder-id')
  try {
    await loadFixture(page, 'young-person')
    await startFollowUp(page, 'reminder', shots, true)
    const sendFrom = flat(await page.getByTestId('send-from').innerText())
    assert.ok(sendFrom.includes('If nothing has happened since, South Wales Police had until 1 October 2026 to reply.'), sendFrom)

    await tick(page, checkbox(page, 'followUpEvents.option.asked-for-id'))
    await typeDate(page, page.getByRole('group', { name: ui('followUpEvents.on.asked-for-id') }), { day: '4', month: '9', year: '2026' })
    await typeDate(page, page.getByRole('group', { name: ui('followUpEvents.answered.asked-for-id') }), { day: '14', month: '9', year: '2026' })
    await shots.take(page)
    // It can be sent and there is nothing to warn of, so the page saying when is passed by; every other
    // answer came from the file, and how this reminder goes is not asked on the way.
    await continueTo(page, P.check)
    const check = flat(await page.locator('main').innerText())
    assert.ok(check.includes(ui('check.sendingNotSaid')), 'check your answers says the reminder says nothing of how it is sent')
    assert.ok(check.includes('They asked you for proof of identity on 4 September 2026. You sent the proof on 14 September 2026.'), check)
    assert.ok(check.includes(ui('followUpDetails.how.email')))
    await shots.take(page)

    const file = await makeLetters(page)
    const lettersPage = flat(await page.locator('main').innerText())
    assert.ok(lettersPage.includes(ui('letters.deadline', { date: '7 December 2026' })), 'the letters page says when the reminder asks for a reply by')
    await shots.take(page)
    const [police] = segmentsByBody(pdfText(file))
    assert.ok(police, 'the PDF has the letter to South Wales Police')
    for (const expected of [
      'On 1 September 2026 I sent you a letter by email',
      'You asked for proof of identity, and it reached you by 14 September 2026, so the time limit ran from that day.',
      'So the time limit for your reply ended on 14 October 2026',
      'Please send your full reply by 7 December 2026.',
    ]) assert.ok(police.includes(expected), `the reminder says "${expected}"`)
    assert.ok(police.includes('If nothing arrives by 7 December 2026'), 'its cover sheet gives the same reply-by date')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('offline, an ICO complaint after a complaint to the organisation lists that complaint and its answer in its timeline', async () => {
  const { context, page, errors } = await openAppPage(app.browser, { ...PHONE, today: '2026-11-23', serviceWorkers: 'allow' })
  const shots = new Shots('fup-ico')
  try {
    await page.goto(`${app.server.url}/`)
    await goOffline(page)
    await loadFixture(page, 'young-person')
    await startFollowUp(page, 'ico-complaint', shots, true)
    await tick(page, checkbox(page, 'followUpEvents.option.complaint-made'))
    await typeDate(page, page.getByRole('group', { name: ui('followUpEvents.on.complaint-made') }), { day: '10', month: '10', year: '2026' })
    await typeDate(page, page.getByRole('group', { name: ui('followUpEvents.answered.complaint-made') }), { day: '30', month: '10', year: '2026' })
    // No three-month warning (the last contact was 30 October), so no page about when: the complaint's own
    // words come next, and no "why not complain first", as they did.
    await continueTo(page, P.whatWentWrong)
    const wrong = textbox(page, ui('whatWentWrong.title'))
    assert.ok(await isFocused(page.getByRole('heading', { level: 1 })), 'the question is the heading and takes focus')
    await tabTo(page, wrong)
    await page.keyboard.type('They never sent my records.')
    await shots.take(page)
    await continueTo(page, P.howItAffected)
    await tabTo(page, textbox(page, ui('howItAffected.title.self')))
    await page.keyboard.type('I was worried every time I saw the police.')
    await shots.take(page)
    await continueTo(page, P.check)
    await shots.take(page)

    const file = await makeLetters(page)
    const lettersPage = flat(await page.locator('main').innerText())
    assert.ok(!lettersPage.includes('They must reply by'), 'no reply-by date for a complaint to the ICO')
    const [police] = segmentsByBody(pdfText(file))
    assert.ok(police)
    for (const expected of [
      '10 October 2026: I complained to them under section 164A of the Data Protection Act 2018.',
      '30 October 2026: They answered my complaint.',
      'What went wrong They never sent my records.',
      'How it has affected me I was worried every time I saw the police.',
      'A copy of my complaint to South Wales Police of 10 October 2026',
    ]) assert.ok(police.includes(expected), `the ICO complaint says "${expected}"`)
    assert.ok(!police.includes('I have not complained to'), 'it never says no complaint was made')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('a carer without parental responsibility is never made to claim it, and is shown the ways that work', async () => {
  const { context, page, errors } = await open(PHONE, '2026-11-23')
  const shots = new Shots('fup-carer')
  try {
    await goTo(page, P.who)
    await chooseRadio(page, page.getByRole('radio', { name: ui('whoIsAsking.option.parent'), exact: true }))
    await continueTo(page, P.parentalResponsibility)
    const main = flat(await page.locator('main').innerText())
    assert.ok(main.includes(ui('parentalResponsibility.whoNot')), 'the page says who usually does not have it')
    await chooseRadio(page, page.getByRole('radio', { name: ui('parentalResponsibility.option.no'), exact: true }))
    await shots.take(page)
    await continueTo(page, P.otherWays)
    for (const key of ['noParentalResponsibility.childTitle', 'noParentalResponsibility.permissionTitle', 'noParentalResponsibility.holderTitle']) {
      assert.ok(await page.getByRole('heading', { level: 2, name: ui(key), exact: true }).isVisible(), `the page offers "${ui(key)}"`)
    }
    assert.equal(await page.getByRole('button', { name: ui('app.continue'), exact: true }).count(), 0, 'there is no way on as a parent')
    await shots.take(page)

    // The child asks for their own records: the questions now speak to the child.
    await pressEnterOn(page, page.getByRole('button', { name: ui('noParentalResponsibility.childButton'), exact: true }))
    await waitForPage(page, P.subjectName, { headingFocused: false })
    await page.getByRole('textbox', { name: ui('subjectName.title.self'), exact: true }).waitFor()
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('a parent whose child does not agree is told the child has their own right, and can go on only in a way that does not contradict itself', async () => {
  const { context, page, errors } = await open(DESKTOP, '2026-11-23')
  const shots = new Shots('fup-child')
  try {
    await loadFixture(page, 'parent')
    await moveTo(page, P.childAgrees)
    await chooseRadio(page, page.getByRole('radio', { name: ui('childAgrees.option.no'), exact: true }))
    await continueTo(page, P.childDoesNotAgree)
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ui('childDoesNotAgree.title'))
    for (const key of ['childDoesNotAgree.option.self', 'childDoesNotAgree.option.agrees', 'childDoesNotAgree.option.bestInterests']) {
      assert.equal(await page.getByRole('radio', { name: ui(key), exact: true }).count(), 1, `the page offers "${ui(key)}"`)
    }
    await shots.take(page)
    await pressEnterOn(page, page.getByRole('button', { name: ui('app.continue'), exact: true }))
    await page.getByRole('alert').or(page.locator('.error-summary')).first().waitFor()
    await chooseRadio(page, page.getByRole('radio', { name: ui('childDoesNotAgree.option.bestInterests'), exact: true }))
    await pressEnterOn(page, page.getByRole('button', { name: ui('app.continue'), exact: true }))
    await page.waitForFunction((from) => location.pathname !== from, P.childDoesNotAgree)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('a saved reminder loaded before its date is not made at the last button: the letters page says why, with the way back', async () => {
  const { context, page, errors } = await open(PHONE, '2026-09-25')
  const shots = new Shots('fup-loaded-early')
  try {
    const request = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'), 'utf8'))
    const file = join(mkdtempSync(join(tmpdir(), 'wth-fup-')), 'answers.json')
    writeFileSync(file, JSON.stringify({ ...request, dated: '2026-09-25', sent: undefined, recipients: ['police:south-wales'], followUp: { kind: 'reminder', originalSentOn: '2026-09-01', originalSentBy: 'email', events: [] } }))
    await loadFixture(page, 'early reminder', file)
    await pressEnterOn(page, page.getByRole('button', { name: ui('check.button'), exact: true }))
    await page.waitForFunction((paths) => paths.includes(location.pathname), [P.beforeYouSend, P.letters] as string[])
    if (new URL(page.url()).pathname === P.beforeYouSend) await pressEnterOn(page, page.getByRole('button', { name: ui('beforeSend.button'), exact: true }))
    await page.getByRole('heading', { level: 1, name: ui('letters.refusedTitle') }).waitFor()
    const text = flat(await page.locator('main').innerText())
    assert.ok(text.includes('You cannot send this to South Wales Police yet. They have until 1 October 2026 to reply, so you can send it from 2 October 2026'), text)
    assert.equal(await page.getByRole('link', { name: ui('letters.downloadAll'), exact: true }).count(), 0, 'no letter is made')
    await shots.take(page)
    await pressEnterOn(page, page.getByRole('link', { name: ui('letters.refusedBack'), exact: true }))
    await waitForPage(page, P.timing)
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ui('followUpTiming.title.cannot', { this: 'this reminder' }))
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
