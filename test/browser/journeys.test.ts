/**
 * Issue 3, item 5: the three people each go through the whole journey by keyboard alone, in real
 * headless Chromium against the built app, download the all-letters PDF, and the PDF's text is read
 * back. Then: a reload mid-journey loses nothing, and "Do not keep my answers" keeps nothing.
 *
 * The young person runs on a 360 px wide phone screen, the parent and the worker on a desktop
 * (WTH_ALL_WIDTHS=1 runs all three at both). Every page is screenshotted at both widths into
 * /tmp/shots-journeys/ (see helpers/shots.ts).
 *
 * Issue 8, time that does not rot: the page's clock is pinned (harness.ts), an answers file saved
 * long ago still makes letters (opened on 29 February 2028), and so does a page left open past
 * midnight; with WTH_ALL_WIDTHS=1 the three journeys also run more than a year ahead (Christmas Eve
 * 2027, so a posted letter crosses two bank holidays).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { appUnderTest, openPage as openAppPage, ROOT, type ClockOptions } from './harness.ts'
import { PATHS, catchFileChoosers, continueTo, loadAnswersFile, makeLetters, pageToday, runJourney, textbox, typeAddress, typeDate } from './helpers/journey.ts'
import { chooseRadio, pressEnterOn, tabTo, typeInto, waitForPage } from './helpers/keyboard.ts'
import { checkPdfIsSound, flat, pdfText, segmentsByBody } from './helpers/pdf.ts'
import { answerKeepQuestion } from './helpers/keep.ts'
import { ADVICE_WORKER, PARENT, peopleOn, ui, YOUNG_PERSON, type Person } from './helpers/people.ts'
import { DESKTOP, PHONE, Shots } from './helpers/shots.ts'
import { readKept, waitForKept } from './helpers/storage.ts'

const app = appUnderTest()

const openPage = (size: { width: number; height: number } & ClockOptions) => openAppPage(app.browser, size)

/** More than a year after the default day, on Christmas Eve: see REPLY_BY in helpers/people.ts. */
const YEAR_AHEAD = '2027-12-24'
const FIXTURES = join(ROOT, 'test', 'fixtures', 'requests')

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Lower case with accents taken off: "Siân" and "sian" are the same name in a file name. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

const allWidths = process.env.WTH_ALL_WIDTHS === '1'
const [youngLater, parentLater, workerLater] = peopleOn(YEAR_AHEAD) as [Person, Person, Person]
const runs: { person: Person; size: typeof PHONE }[] = [
  ...(allWidths
    ? [YOUNG_PERSON, PARENT, ADVICE_WORKER].flatMap((person) => [{ person, size: PHONE }, { person, size: DESKTOP }])
    : [
        { person: YOUNG_PERSON, size: PHONE },
        { person: PARENT, size: DESKTOP },
        { person: ADVICE_WORKER, size: DESKTOP },
      ]),
  // More than a year on, over Christmas: nothing in the app or the tests may depend on the day they were
  // written. Run with WTH_ALL_WIDTHS=1; by default CI relies on the tests below that open the app on
  // other days (29 February 2028, a page left open past midnight), and on the deadline rules being
  // unit-tested for every day in src/deadlines, to keep within its 15 minutes.
  ...(allWidths ? [{ person: youngLater, size: DESKTOP }, { person: parentLater, size: PHONE }, { person: workerLater, size: DESKTOP }] : []),
]

for (const { person, size } of runs) {
  test(`${person.key} on ${person.today} (${size.width}x${size.height}): the whole journey by keyboard, and the PDF says the right things`, async () => {
    const { context, page, errors } = await openPage({ ...size, today: person.today })
    try {
      const result = await runJourney(page, app.server.url, person, new Shots(`${person.key}-${person.today}-${size.width}`))
      console.log(
        `[pdf time] ${person.key} at ${size.width}px: ${Math.round(result.readyMs)} ms from "Make your letters" to the download link, ` +
          `${Math.round(result.downloadedMs)} ms to the PDF saved (worker: ${result.workerMs} ms)`,
      )

      // Check your answers showed what was typed.
      const check = result.checkAnswersText
      for (const expected of [
        person.subject.fullName,
        person.subject.dateOfBirthWords,
        person.subject.address.line1,
        person.subject.address.postcode ?? '',
        ...person.subject.otherNames,
        ...person.expect.bodies.map((b) => b.name),
        ...person.requests.map((r) => ui(`whatYouWant.option.${r}`)),
        ...person.topics.map((t) => ui(`topics.option.${t}`)),
        person.details,
        person.parent?.fullName ?? '',
        person.worker?.fullName ?? '',
        person.worker?.reference ?? '',
      ]) {
        assert.ok(check.includes(expected), `check your answers shows "${expected}"`)
      }

      // The letters page lists every letter.
      assert.ok(result.lettersPageText.includes(ui('letters.readyTitle')), 'the letters page says the letters are ready')
      assert.ok(result.lettersPageText.includes(ui('letters.readyBody.other', { count: person.expect.bodies.length })), `the letters page counts ${person.expect.bodies.length} letters`)
      for (const body of person.expect.bodies) assert.ok(result.lettersPageText.includes(body.name), `the letters page has a card for ${body.name}`)
      const replyBy = ui('letters.deadline', { date: person.expect.replyBy })
      assert.equal(result.lettersPageText.split(replyBy).length - 1, person.expect.bodies.length, `every letter's card says "${replyBy}"`)

      // The file's name gives nothing away about the person.
      assert.match(result.fileName, /\.pdf$/)
      for (const part of person.expect.notInFileName) {
        assert.ok(!plain(result.fileName).includes(plain(part)), `the file name "${result.fileName}" does not contain "${part}"`)
      }

      // The PDF is sound and says the right things, body by body.
      checkPdfIsSound(result.file)
      const text = pdfText(result.file)
      assert.ok(flat(text).includes(person.subject.fullName), `the PDF has the exact name "${person.subject.fullName}"`)
      const segments = segmentsByBody(text)
      assert.equal(segments.length, person.expect.bodies.length, 'one cover sheet and letter per organisation')
      for (const [i, body] of person.expect.bodies.entries()) {
        const segment = segments[i] ?? ''
        assert.match(segment, new RegExp(`^How to send your letter to (the )?${escapeRegExp(body.name)}\\b`), `part ${i + 1} of the PDF is for ${body.name}`)
        assert.ok(segment.includes(`Dear `), `the part for ${body.name} has a letter`)
        for (const law of body.law) assert.ok(segment.includes(law), `the letter to ${body.name} cites "${law}"`)
        assert.ok(segment.includes(person.expect.replyBy), `the part for ${body.name} gives the reply-by date ${person.expect.replyBy}`)
        for (const law of body.notLaw ?? []) assert.ok(!segment.includes(law), `the letter to ${body.name} does not cite "${law}"`)
        for (const expected of person.expect.everyLetter) {
          if (typeof expected === 'string') assert.ok(segment.includes(expected), `the part for ${body.name} says "${expected}"`)
          else assert.match(segment, expected, `the part for ${body.name}`)
        }
      }
      assert.deepEqual(errors, [], 'no uncaught errors in the page')
    } finally {
      await context.close()
    }
  })
}

test('a reload mid-journey loses nothing: the same page shows, and every answer is back in its box', async () => {
  const { context, page, errors } = await openPage(PHONE)
  try {
    const shots = new Shots('reload-360')
    const p = YOUNG_PERSON.subject
    await page.goto(`${app.server.url}/`)
    await pressEnterOn(page, page.getByRole('link', { name: ui('start.button'), exact: true }))
    await answerKeepQuestion(page, 'keep', PATHS.who)
    await chooseRadio(page, page.getByRole('radio', { name: ui('whoIsAsking.option.self'), exact: true }))
    await continueTo(page, PATHS.name)
    await typeInto(page, textbox(page, ui('subjectName.title.self')), p.fullName)
    await continueTo(page, PATHS.otherNames)
    await typeInto(page, textbox(page, ui('otherNames.title.self')), p.otherNames.join('\n'))
    await continueTo(page, PATHS.dateOfBirth)
    await typeDate(page, page, p.dateOfBirth)
    await continueTo(page, PATHS.address)
    await typeAddress(page, page, p.address)
    await continueTo(page, PATHS.previousAddresses)
    // The answers are in this browser's storage before the reload.
    await waitForKept(page, (k) => (k.draft as { subject?: { address?: { line1?: string } } } | null)?.subject?.address?.line1 === p.address.line1, 'the address')

    await page.reload()
    await waitForPage(page, PATHS.previousAddresses, { headingFocused: false })
    await page.getByRole('heading', { level: 1, name: ui('previousAddresses.title.self') }).waitFor()
    await shots.take(page, 'after-reload')

    // Back, page by page, by keyboard: every answer is in its box.
    const back = page.getByRole('link', { name: ui('app.back'), exact: true })
    await pressEnterOn(page, back)
    await waitForPage(page, PATHS.address)
    assert.equal(await textbox(page, ui('address.line1')).inputValue(), p.address.line1)
    assert.equal(await textbox(page, ui('address.town')).inputValue(), p.address.town)
    assert.equal(await textbox(page, /^Postcode/).inputValue(), p.address.postcode)
    await pressEnterOn(page, back)
    await waitForPage(page, PATHS.dateOfBirth)
    assert.deepEqual(
      [await textbox(page, ui('date.day')).inputValue(), await textbox(page, ui('date.month')).inputValue(), await textbox(page, ui('date.year')).inputValue()],
      [p.dateOfBirth.day, p.dateOfBirth.month, p.dateOfBirth.year],
    )
    await pressEnterOn(page, back)
    await waitForPage(page, PATHS.otherNames)
    assert.equal(await textbox(page, ui('otherNames.title.self')).inputValue(), p.otherNames.join('\n'))
    await pressEnterOn(page, back)
    await waitForPage(page, PATHS.name)
    assert.equal(await textbox(page, ui('subjectName.title.self')).inputValue(), p.fullName)
    await pressEnterOn(page, back)
    await waitForPage(page, PATHS.who)
    assert.equal(await page.getByRole('radio', { name: ui('whoIsAsking.option.self'), exact: true }).isChecked(), true)

    // And the start page offers to carry on.
    await page.goto(`${app.server.url}/`)
    await page.getByRole('heading', { name: ui('start.savedTitle') }).waitFor()
    assert.equal(await page.getByRole('link', { name: ui('start.button'), exact: true }).count(), 0, 'no "Start now" while answers are kept')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('"No, do not keep them": after a reload nothing is restored, and IndexedDB holds no draft', async () => {
  const { context, page, errors } = await openPage(DESKTOP)
  try {
    const shots = new Shots('do-not-keep-1280')
    await page.goto(`${app.server.url}/`)
    await pressEnterOn(page, page.getByRole('link', { name: ui('start.button'), exact: true }))
    await answerKeepQuestion(page, 'forget', PATHS.who)
    await page.getByText(ui('app.footer.notKeeping'), { exact: true }).waitFor()
    await waitForKept(page, (k) => k.keepAnswers === false, 'the "do not keep" choice')
    await shots.take(page, 'who-do-not-keep')

    await chooseRadio(page, page.getByRole('radio', { name: ui('whoIsAsking.option.parent'), exact: true }))
    await continueTo(page, PATHS.parentalResponsibility)
    await chooseRadio(page, page.getByRole('radio', { name: ui('parentalResponsibility.option.yes'), exact: true }))
    await continueTo(page, PATHS.name)
    await typeInto(page, textbox(page, ui('subjectName.title.parent')), PARENT.subject.fullName)
    await continueTo(page, PATHS.otherNames)
    // The answers are held in memory for this visit: Back shows the name...
    await pressEnterOn(page, page.getByRole('link', { name: ui('app.back'), exact: true }))
    await waitForPage(page, PATHS.name)
    assert.equal(await textbox(page, ui('subjectName.title.parent')).inputValue(), PARENT.subject.fullName)
    await continueTo(page, PATHS.otherNames)
    // ...but never written to this device.
    await page.waitForTimeout(300)
    const keptBefore = await readKept(page)
    assert.equal(keptBefore.draft, null, `no draft kept while answering: ${JSON.stringify(keptBefore.draft)}`)

    await page.reload()
    await waitForPage(page, PATHS.otherNames, { headingFocused: false })
    // Nothing restored: the page is asked of "you" again (no sender), and the name is gone.
    await page.getByRole('heading', { level: 1, name: ui('otherNames.title.self') }).waitFor()
    await shots.take(page, 'after-reload')
    const keptAfter = await readKept(page)
    assert.equal(keptAfter.draft, null, 'IndexedDB has no draft after the reload')
    assert.equal(keptAfter.keepAnswers, false, 'the "do not keep" choice itself is remembered')
    await pressEnterOn(page, page.getByRole('link', { name: ui('app.back'), exact: true }))
    await waitForPage(page, PATHS.name)
    assert.equal(await textbox(page, ui('subjectName.title.self')).inputValue(), '', 'the name box is empty after the reload')

    await page.goto(`${app.server.url}/`)
    await page.getByRole('link', { name: ui('start.button'), exact: true }).waitFor()
    assert.equal(await page.getByRole('heading', { name: ui('start.inProgressTitle') }).count(), 0, 'no answers in progress on the start page')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

/** Loads an answers file by keyboard and answers the keep question, landing on check your answers. */
async function loadFileAndKeep(page: Page, name: string): Promise<void> {
  await loadAnswersFile(page, join(FIXTURES, name))
  await answerKeepQuestion(page, 'keep', PATHS.check)
}

/** The notice that a planned sending day had passed, read off the page: its text, or '' when there is none. */
async function sendDateNotice(page: Page): Promise<string> {
  const notice = page.getByRole('region', { name: ui('sendDateMoved.title'), exact: true })
  return (await notice.count()) === 0 ? '' : (await notice.innerText()).replace(/\s+/g, ' ')
}

test('an answers file saved long ago still makes letters: its passed sending day moves to today, and the page says so', async () => {
  // young-person.json plans to email on 23 November 2026; the page thinks it is 29 February 2028.
  const { context, page, errors } = await openPage({ ...PHONE, today: '2028-02-29' })
  try {
    catchFileChoosers(page)
    const shots = new Shots('date-moved-360')
    await page.goto(`${app.server.url}/`)
    await loadFileAndKeep(page, 'young-person.json')
    await page.getByRole('heading', { level: 1, name: ui('check.title') }).waitFor()

    const said = ui('sendDateMoved.body', { from: '23 November 2026', to: '29 February 2028' })
    assert.ok((await sendDateNotice(page)).includes(said), `check your answers says "${said}", not "${await sendDateNotice(page)}"`)
    const main = page.locator('main')
    assert.ok((await main.innerText()).includes(ui('check.sentOn', { how: ui('sending.option.email'), date: '29 February 2028' })), 'the sending row shows the new day')
    await shots.take(page, 'check-answers')

    // The notice's link goes to the question, which shows the new day and explains both dates.
    const change = page.getByRole('link', { name: ui('sendDateMoved.change'), exact: true })
    assert.equal(await change.getAttribute('href'), `${PATHS.sending}?from=check`)
    await pressEnterOn(page, change)
    await waitForPage(page, PATHS.sending)
    const sentOn = page.getByRole('group', { name: ui('sending.dateLegend') })
    assert.deepEqual(
      [await textbox(sentOn, ui('date.day')).inputValue(), await textbox(sentOn, ui('date.month')).inputValue(), await textbox(sentOn, ui('date.year')).inputValue()],
      ['29', '2', '2028'],
    )
    assert.ok((await main.innerText()).includes(ui('sending.dated', { date: '29 February 2028' })))
    await shots.take(page, 'sending')
    await continueTo(page, PATHS.check)
    assert.equal(await sendDateNotice(page), '', 'once the person has chosen the day, there is nothing to tell')

    // Never stopped at the last button: the letters are made, dated and sent today.
    const { downloadAll } = await makeLetters(page)
    await tabTo(page, downloadAll)
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')])
    const file = await download.path()
    const text = flat(pdfText(file))
    assert.ok(text.includes('You are sending it by email on 29 February 2028, so they get it that day.'), 'the cover sheet has the new sending day')
    assert.ok(text.includes('29 March 2028'), 'and a month from it to reply')
    assert.ok(!/(sending|send) it by email on 23 November 2026/.test(text), 'the passed day is not the sending day anywhere')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('a page left open past midnight: the sending day moves on, the page says so, and "Make your letters" still works', async () => {
  // Two minutes before midnight in the UK (GMT in November) on the day young-person.json plans to send.
  const { context, page, errors } = await openPage({ ...DESKTOP, now: new Date('2026-11-23T23:58:00Z') })
  try {
    catchFileChoosers(page)
    await page.goto(`${app.server.url}/`)
    await loadFileAndKeep(page, 'young-person.json')
    await page.getByRole('heading', { level: 1, name: ui('check.title') }).waitFor()
    assert.equal(await sendDateNotice(page), '', 'on the planned day nothing has moved')

    // The person comes back to the tab after midnight.
    await page.clock.fastForward('05:00')
    assert.equal(await pageToday(page), '2026-11-24')
    await page.evaluate(() => window.dispatchEvent(new Event('focus')))
    const said = ui('sendDateMoved.body', { from: '23 November 2026', to: '24 November 2026' })
    await page.getByRole('region', { name: ui('sendDateMoved.title'), exact: true }).waitFor({ timeout: 5000 })
    assert.ok((await sendDateNotice(page)).includes(said), `check your answers says "${said}"`)
    await new Shots('date-moved-1280').take(page, 'after-midnight')

    const { downloadAll } = await makeLetters(page)
    assert.ok((await sendDateNotice(page)).includes(said), 'the letters page says so too')
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), downloadAll.click()])
    const text = flat(pdfText(await download.path()))
    assert.ok(text.includes('You are sending it by email on 24 November 2026'), 'the letters go by the new day')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

for (const at of ['check', 'last'] as const) {
  const button = at === 'check' ? ui('check.button') : ui('beforeSend.button')
  test(`the day turns over just before "${button}" is pressed: the letters are made for the new day`, async () => {
    const { context, page, errors } = await openPage({ ...DESKTOP, now: new Date('2026-11-23T23:58:00Z') })
    try {
      catchFileChoosers(page)
      await page.goto(`${app.server.url}/`)
      await loadFileAndKeep(page, 'young-person.json')
      await page.getByRole('heading', { level: 1, name: ui('check.title') }).waitFor()
      // No focus or visibility change tells the page: only the button press itself.
      const turnOver = () => page.clock.fastForward('05:00')
      const { downloadAll } = await makeLetters(page, at === 'check' ? { beforeCheck: turnOver } : { beforePress: turnOver })
      assert.ok((await sendDateNotice(page)).includes(ui('sendDateMoved.body', { from: '23 November 2026', to: '24 November 2026' })), 'the letters page says the day moved')
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), downloadAll.click()])
      const text = flat(pdfText(await download.path()))
      assert.ok(text.includes('You are sending it by email on 24 November 2026'), 'the letters go by the new day')
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })
}

test('the sending question opened after its day has passed starts at today and says what it was', async () => {
  const { context, page, errors } = await openPage({ ...PHONE, now: new Date('2026-11-23T23:58:00Z') })
  try {
    catchFileChoosers(page)
    await page.goto(`${app.server.url}/`)
    await loadFileAndKeep(page, 'young-person.json')
    await page.getByRole('heading', { level: 1, name: ui('check.title') }).waitFor()
    await page.clock.fastForward('05:00')
    // Straight to the question by its Change link: the kept answers still plan 23 November.
    await pressEnterOn(page, page.locator(`a[href="${PATHS.sending}?from=check"]`).first())
    await waitForPage(page, PATHS.sending)
    const notice = await sendDateNotice(page)
    assert.ok(notice.includes(ui('sendDateMoved.body', { from: '23 November 2026', to: '24 November 2026' })), `the question says the day moved, not "${notice}"`)
    assert.ok(!notice.includes(ui('sendDateMoved.change')), 'with no link to the page it is on')
    const sentOn = page.getByRole('group', { name: ui('sending.dateLegend') })
    assert.deepEqual(
      [await textbox(sentOn, ui('date.day')).inputValue(), await textbox(sentOn, ui('date.month')).inputValue(), await textbox(sentOn, ui('date.year')).inputValue()],
      ['24', '11', '2026'],
    )
    await new Shots('date-moved-sending-360').take(page, 'sending-after-midnight')
    await continueTo(page, PATHS.check)
    assert.ok((await page.locator('main').innerText()).includes(ui('check.sentOn', { how: ui('sending.option.email'), date: '24 November 2026' })))
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
