/**
 * Issue 3, item 5: the three people each go through the whole journey by keyboard alone, in real
 * headless Chromium against the built app, download the all-letters PDF, and the PDF's text is read
 * back. Then: a reload mid-journey loses nothing, and "Do not keep my answers" keeps nothing.
 *
 * The young person runs on a 360 px wide phone screen, the parent and the worker on a desktop
 * (WTH_ALL_WIDTHS=1 runs all three at both). Every page is screenshotted at both widths into
 * /tmp/shots-journeys/ (see helpers/shots.ts).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { appUnderTest, openPage as openAppPage } from './harness.ts'
import { PATHS, continueTo, runJourney, textbox, typeAddress, typeDate } from './helpers/journey.ts'
import { chooseRadio, pressEnterOn, tabTo, typeInto, waitForPage } from './helpers/keyboard.ts'
import { checkPdfIsSound, flat, pdfText, segmentsByBody } from './helpers/pdf.ts'
import { ADVICE_WORKER, PARENT, ui, YOUNG_PERSON, type Person } from './helpers/people.ts'
import { DESKTOP, PHONE, Shots } from './helpers/shots.ts'
import { readKept, waitForKept } from './helpers/storage.ts'

const app = appUnderTest()

const openPage = (size: { width: number; height: number }) => openAppPage(app.browser, size)

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Lower case with accents taken off: "Siân" and "sian" are the same name in a file name. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

const allWidths = process.env.WTH_ALL_WIDTHS === '1'
const runs: { person: Person; size: typeof PHONE }[] = allWidths
  ? [YOUNG_PERSON, PARENT, ADVICE_WORKER].flatMap((person) => [{ person, size: PHONE }, { person, size: DESKTOP }])
  : [
      { person: YOUNG_PERSON, size: PHONE },
      { person: PARENT, size: DESKTOP },
      { person: ADVICE_WORKER, size: DESKTOP },
    ]

for (const { person, size } of runs) {
  test(`${person.key} (${size.width}x${size.height}): the whole journey by keyboard, and the PDF says the right things`, async () => {
    const { context, page, errors } = await openPage(size)
    try {
      const result = await runJourney(page, app.server.url, person, new Shots(`${person.key}-${size.width}`))
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
    await waitForPage(page, PATHS.who)
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

test('"Do not keep my answers on this device": after a reload nothing is restored, and IndexedDB holds no draft', async () => {
  const { context, page, errors } = await openPage(DESKTOP)
  try {
    const shots = new Shots('do-not-keep-1280')
    await page.goto(`${app.server.url}/`)
    const doNotKeep = page.getByRole('checkbox', { name: ui('start.keepLabel'), exact: true })
    await tabTo(page, doNotKeep)
    await page.keyboard.press('Space')
    assert.equal(await doNotKeep.isChecked(), true)
    await page.getByText(ui('app.footer.notKeeping'), { exact: true }).waitFor()
    await waitForKept(page, (k) => k.keepAnswers === false, 'the "do not keep" choice')
    await shots.take(page, 'start-do-not-keep')

    await pressEnterOn(page, page.getByRole('link', { name: ui('start.button'), exact: true }))
    await waitForPage(page, PATHS.who)
    await chooseRadio(page, page.getByRole('radio', { name: ui('whoIsAsking.option.parent'), exact: true }))
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
    assert.equal(await page.getByRole('checkbox', { name: ui('start.keepLabel'), exact: true }).isChecked(), true, 'the box stays ticked')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
