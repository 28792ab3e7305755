/**
 * Issue 10 §1–2 in the browser, offline: letters made become requests in "My requests"; what happens
 * next moves each deadline by the law's rules; the next letter is one button away and never replays
 * the first journey. The page clock is pinned, then moved on the way a person's weeks go by.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { BrowserContext, Page } from 'playwright-core'
import { appUnderTest, clockStart, newContext, ROOT } from './harness.ts'
import { PATHS, typeDate } from './helpers/journey.ts'
import { chooseRadio, pressEnterOn, tabTo, tick, waitForPage } from './helpers/keyboard.ts'
import { goOffline } from './helpers/offline.ts'
import { downloadLetters, keepIfAsked, submit } from './helpers/pages.ts'
import { checkPdfIsSound, flat, pdfText } from './helpers/pdf.ts'
import { errorText, fieldLabel, ui } from './helpers/people.ts'
import { PHONE, Shots } from './helpers/shots.ts'
import { waitForKept } from './helpers/storage.ts'

const app = appUnderTest()
const MY_REQUESTS = '/my-requests'


/** The person comes back another day: the clock moves on, and the list is opened afresh. */
async function comeBackOn(context: BrowserContext, page: Page, day: string): Promise<void> {
  await context.clock.setFixedTime(clockStart({ today: day }))
  await page.goto(`${app.server.url}${MY_REQUESTS}`)
  await waitForPage(page, MY_REQUESTS, { headingFocused: false })
}

function card(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) })
}

async function tellWhatHappened(page: Page, n: number, kind: string, day: string, month: string, year: string): Promise<void> {
  const link = page.getByRole('link', { name: new RegExp(`^${ui('myRequests.tell')}`) }).nth(n - 1)
  await tabTo(page, link)
  await page.keyboard.press('Enter')
  await waitForPage(page, `/my-requests/what-happened/${n}`)
  await chooseRadio(page, page.getByRole('radio', { name: ui(`trackedEvent.option.${kind}`), exact: true }))
  await typeDate(page, page.getByRole('group', { name: ui('trackedEvent.dateLegend') }), { day, month, year })
  await submit(page)
  await waitForPage(page, MY_REQUESTS)
  // The app does not await its write: a page opened by address before it lands would show the list without it.
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  await waitForKept(page, (k) => JSON.stringify(k.draft ?? {}).includes(`"${iso}"`), `what happened on ${iso}`, 15_000)
}

test('a request sent, then asked for ID, then late: the reminder comes from the list with the right dates (offline)', async () => {
  const context = await newContext(app.browser, { ...PHONE, today: '2026-11-23', serviceWorkers: 'allow' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  const shots = new Shots('my-requests')
  try {
    await page.goto(`${app.server.url}/`)
    await goOffline(page)

    // 23 November 2026: the young person makes and emails both letters, then adds them to the list.
    await page.getByLabel(ui('start.loadLabel')).setInputFiles(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'))
    await keepIfAsked(page, PATHS.check)
    await downloadLetters(page)
    const add = page.getByRole('button', { name: ui('letters.track.button'), exact: true })
    await tabTo(page, add)
    await page.keyboard.press('Enter')
    await page.getByText(ui('letters.track.done'), { exact: true }).waitFor()
    await waitForKept(page, (k) => JSON.stringify(k.draft ?? {}).includes('"history"'), 'the list of requests')

    await comeBackOn(context, page, '2026-11-24')
    const police = card(page, 'South Wales Police')
    await police.getByText(ui('myRequests.status.due', { date: '23 December 2026' }), { exact: true }).waitFor()
    await card(page, 'City of Cardiff Council').getByText(ui('myRequests.status.due', { date: '23 December 2026' }), { exact: true }).waitFor()
    await shots.take(page, 'my-requests-sent')

    // 30 November they ask for proof of identity; it is emailed, as the letter was, on 2 December.
    // Their month runs from then: to Saturday 2 January 2027, so to Monday 4 January.
    await comeBackOn(context, page, '2026-12-03')
    await tellWhatHappened(page, 1, 'asked-for-id', '30', '11', '2026')
    await police.getByText(ui('myRequests.status.waiting.id', { date: '30 November 2026' }), { exact: true }).waitFor()
    await tellWhatHappened(page, 1, 'sent-id', '2', '12', '2026')
    await police.getByText(ui('myRequests.status.due', { date: '4 January 2027' }), { exact: true }).waitFor()

    // A day before the letter went cannot be something that happened to it: a plain message, nothing kept.
    await page.goto(`${app.server.url}/my-requests/what-happened/2`)
    await waitForPage(page, '/my-requests/what-happened/2', { headingFocused: false })
    await chooseRadio(page, page.getByRole('radio', { name: ui('trackedEvent.option.acknowledged'), exact: true }))
    await typeDate(page, page.getByRole('group', { name: ui('trackedEvent.dateLegend') }), { day: '20', month: '11', year: '2026' })
    await submit(page)
    await page.getByRole('alert').getByText(errorText('eventBeforeLetter', { label: fieldLabel('followUp.events.*.on') })).waitFor()
    await shots.take(page, 'what-happened-error')
    await comeBackOn(context, page, '2026-12-03')
    assert.equal(await card(page, 'City of Cardiff Council').getByText(ui('myRequests.eventsTitle')).count(), 0)

    // 6 January 2027: nothing came. The list says it is late and offers the reminder as one button.
    await comeBackOn(context, page, '2027-01-06')
    await police.getByText(ui('myRequests.status.overdue', { date: '4 January 2027' }), { exact: true }).waitFor()
    await shots.take(page, 'my-requests-late')
    const make = police.getByRole('button', { name: `${ui('myRequests.make.reminder')} ${ui('myRequests.toBody', { name: 'South Wales Police' })}` })
    await pressEnterOn(page, make)
    // The list knows the rest, and how a reminder goes is not asked on the way: check your answers at once.
    await waitForPage(page, PATHS.check)
    const file = await downloadLetters(page)
    checkPdfIsSound(file)
    const text = flat(pdfText(file))
    assert.match(text, /Reminder: /)
    assert.match(text, /On 23 November 2026 I sent you a letter by email/)
    assert.match(text, /You asked for proof of identity, and it reached you by 2 December 2026/)
    assert.match(text, /So the time limit for your reply ended on 4 January 2027/)
    assert.match(text, /Please send your full reply by 20 January 2027/)
    assert.doesNotMatch(text, /City of Cardiff Council/, 'only the late request is followed up')

    // Sent: the reminder joins the police request; the next step is then a complaint.
    const addReminder = page.getByRole('button', { name: ui('letters.track.button'), exact: true })
    await tabTo(page, addReminder)
    await page.keyboard.press('Enter')
    await page.getByText(ui('letters.track.done'), { exact: true }).waitFor()
    await waitForKept(page, (k) => JSON.stringify(k.draft ?? {}).includes('"reminder-sent"'), 'the reminder on the list', 15_000)
    await comeBackOn(context, page, '2027-01-07')
    await police.getByRole('listitem').filter({ hasText: ui('myRequests.event.reminder-sent', { date: '6 January 2027' }) }).waitFor()
    await police.getByRole('button', { name: new RegExp(`^${ui('myRequests.make.complaint')}`) }).waitFor()
    assert.equal(await page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) }).count(), 2)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('a reply in part, from the list: the letter asking for what is missing, then a new letter that follows the reply (offline)', async () => {
  // An answers file saved earlier carries the list: the police sent part of a reply on 28 November.
  const saved = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'), 'utf8')) as Record<string, unknown>
  const file = join(mkdtempSync(join(tmpdir(), 'wth-history-')), 'answers.json')
  writeFileSync(file, JSON.stringify({
    ...saved,
    history: [{ recipient: 'police:south-wales', requests: ['access', 'erasure'], sentOn: '2026-11-02', sentBy: 'email', theirReference: 'SWP-77', events: [{ kind: 'replied-in-part', on: '2026-11-28' }] }],
  }))
  const context = await newContext(app.browser, { ...PHONE, today: '2026-12-01', serviceWorkers: 'allow' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  const shots = new Shots('my-requests-reply')
  try {
    await page.goto(`${app.server.url}/`)
    await goOffline(page)
    await page.getByLabel(ui('start.loadLabel')).setInputFiles(file)
    await keepIfAsked(page, PATHS.check)
    // Opening a page by address reads what is kept: wait until the list is.
    await waitForKept(page, (k) => JSON.stringify(k.draft ?? {}).includes('SWP-77'), 'the list from the file')
    await page.goto(`${app.server.url}${MY_REQUESTS}`)
    await waitForPage(page, MY_REQUESTS, { headingFocused: false })
    const police = card(page, 'South Wales Police')
    await police.getByText(ui('myRequests.status.answered.replied-in-part', { date: '28 November 2026' }), { exact: true }).waitFor()
    await shots.take(page, 'answered-in-part')

    // One button, then the checklist: they sent the copy and why they use it.
    await pressEnterOn(page, police.getByRole('button', { name: new RegExp(`^${ui('myRequests.make.missing-parts')}`) }))
    await waitForPage(page, '/follow-up/what-their-reply-held')
    await tick(page, page.getByRole('checkbox', { name: ui('followUpReceived.option.copy'), exact: true }))
    await tick(page, page.getByRole('checkbox', { name: ui('followUpReceived.option.purposes'), exact: true }))
    await submit(page)
    // It can be sent, with nothing to warn of: no page about when. What went wrong is optional here.
    await waitForPage(page, '/follow-up/what-went-wrong')
    await submit(page)
    await waitForPage(page, PATHS.check)
    const missing = flat(pdfText(await downloadLetters(page)))
    assert.match(missing, /On 2 November 2026 I sent you a letter by email/)
    assert.match(missing, /Your reference is SWP-77/)
    assert.match(missing, /You replied on 28 November 2026\. Your reply does not hold everything/)
    assert.match(missing, /the kinds of data you hold \(section 45\(2\)\(b\)\)/)
    assert.doesNotMatch(missing, /a copy of the data itself/)
    assert.doesNotMatch(missing, /City of Cardiff Council/)

    // Then a new letter to the same force, about what the reply showed: only what to ask for is asked.
    await page.goto(`${app.server.url}${MY_REQUESTS}`)
    await waitForPage(page, MY_REQUESTS, { headingFocused: false })
    await pressEnterOn(page, police.getByRole('button', { name: new RegExp(`^${ui('myRequests.make.act-on-reply')}`) }))
    await waitForPage(page, PATHS.whatYouWant)
    await tick(page, page.getByRole('checkbox', { name: ui('whatYouWant.option.erasure'), exact: true }))
    await submit(page)
    await waitForPage(page, PATHS.sending)
    await chooseRadio(page, page.getByRole('radio', { name: ui('sending.option.email'), exact: true }))
    await submit(page)
    await waitForPage(page, PATHS.check)
    await page.getByText(ui('check.afterReply', { asked: '2 November 2026', replied: '28 November 2026' })).waitFor()
    const file2 = await downloadLetters(page)
    checkPdfIsSound(file2)
    const after = flat(pdfText(file2))
    assert.match(after, /On 2 November 2026 I asked you for a copy of the personal data you hold about me, and you replied on 28 November 2026\. Your reference was SWP-77\. This letter follows from that reply\./)
    assert.match(after, /delete/)
    assert.doesNotMatch(after, /City of Cardiff Council/)

    // The reply was told by mistake: taken away, the request is waiting for its reply again.
    await page.goto(`${app.server.url}${MY_REQUESTS}`)
    await waitForPage(page, MY_REQUESTS, { headingFocused: false })
    await pressEnterOn(page, police.getByRole('button', { name: new RegExp(`^${ui('myRequests.removeEvent')} `) }))
    await page.getByText(ui('myRequests.eventRemoved'), { exact: true }).waitFor()
    await police.getByText(ui('myRequests.status.due', { date: '2 December 2026' }), { exact: true }).waitFor()
    await shots.take(page, 'event-removed')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
