/**
 * One person's whole journey by keyboard alone: from the start page, every answer typed page by
 * page, check your answers, make the letters and download the all-letters PDF.
 */
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { answerKeepQuestion } from './keep.ts'
import { chooseFromCombobox, chooseRadio, isFocused, pressEnterOn, tabTo, tick, typeInto, waitForPage } from './keyboard.ts'
import { dayAnswer, longDate, ui, type AddressAnswer, type DateAnswer, type Person } from './people.ts'
import type { Shots } from './shots.ts'

export const PATHS = {
  start: '/',
  who: '/who-is-asking',
  name: '/about-them/name',
  otherNames: '/about-them/other-names',
  dateOfBirth: '/about-them/date-of-birth',
  address: '/about-them/address',
  previousAddresses: '/about-them/previous-addresses',
  contact: '/about-them/contact-details',
  parentDetails: '/about-you/parent',
  parentalResponsibility: '/about-you/parent/parental-responsibility',
  parentContact: '/about-you/parent/contact-details',
  childAgrees: '/about-you/parent/does-your-child-agree',
  workerDetails: '/about-you/worker',
  workerContact: '/about-you/worker/contact-details',
  whatYouWant: '/what-you-want',
  corrections: '/what-is-wrong',
  topics: '/what-it-is-about',
  recipients: '/who-to-send-it-to',
  addRecipient: '/who-to-send-it-to/add-by-hand',
  details: '/anything-else',
  letterLanguage: '/letter-language',
  sending: '/how-you-will-send',
  check: '/check-your-answers',
  beforeSend: '/before-you-send',
  letters: '/your-letters',
} as const

const exact = { exact: true }

export function textbox(scope: Page | Locator, name: string | RegExp): Locator {
  return scope.getByRole('textbox', typeof name === 'string' ? { name, exact: true } : { name })
}

/** Presses Enter on Continue (or another submit button) and waits for the next page. */
export async function continueTo(page: Page, path: string, button = ui('app.continue')): Promise<void> {
  await pressEnterOn(page, page.getByRole('button', { name: button, exact: true }))
  await waitForPage(page, path)
}

/** Types each part of a date into its box. */
export async function typeDate(page: Page, scope: Page | Locator, date: DateAnswer): Promise<void> {
  await typeInto(page, textbox(scope, ui('date.day')), date.day)
  await typeInto(page, textbox(scope, ui('date.month')), date.month)
  await typeInto(page, textbox(scope, ui('date.year')), date.year)
}

/** Types an address into the boxes of one address fieldset; empty optional boxes are skipped. */
export async function typeAddress(page: Page, scope: Page | Locator, address: AddressAnswer): Promise<void> {
  await typeInto(page, textbox(scope, ui('address.line1')), address.line1)
  if (address.line2) await typeInto(page, textbox(scope, ui('address.line2')), address.line2)
  await typeInto(page, textbox(scope, ui('address.town')), address.town)
  if (address.county) await typeInto(page, textbox(scope, ui('address.county')), address.county)
  if (address.postcode) await typeInto(page, textbox(scope, /^Postcode/), address.postcode)
}

/**
 * Playwright only catches the file chooser a page opens if it listens from before the page loads:
 * call this on a new page, before its first goto, when a test will load an answers file.
 */
export function catchFileChoosers(page: Page): void {
  page.on('filechooser', () => undefined)
}

/** "Load answers from a file", by keyboard: Tab to the file input, Space opens the chooser, the file is chosen. */
export async function loadAnswersFile(page: Page, file: string): Promise<void> {
  const input = page.getByLabel(ui('start.loadLabel'), { exact: true })
  assert.equal(await input.getAttribute('type'), 'file')
  // Waiting for the chooser before any key is pressed: Playwright only catches a chooser once it is listening.
  const chooser = page.waitForEvent('filechooser', { timeout: 10_000 })
  await tabTo(page, input)
  await page.keyboard.press('Space')
  await (await chooser).setFiles(file)
}

/** The UK day the page's (pinned) clock says it is, as YYYY-MM-DD: format() with no date reads the page's clock. */
export async function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format())
}

/** Types into an optional box only when there is something to type. */
async function maybeType(page: Page, box: Locator, text: string): Promise<void> {
  if (text !== '') await typeInto(page, box, text)
  else assert.equal(await box.inputValue(), '', `${String(box)} starts empty`)
}

/** Set on a page's heading before its button is pressed: a heading without it is a new page, even at the same address. */
const PRESSED = 'wthPressed'

/** The error summary when there is one (it says what stopped the letters), else the page's main text. */
async function pageSays(page: Page): Promise<string> {
  const summary = page.locator('.error-summary')
  const text = await ((await summary.count()) > 0 ? summary.first() : page.locator('main')).innerText().catch(() => '')
  return text.replace(/\s+/g, ' ').slice(0, 600)
}

/** Tabs to a button, marks the page, runs `before`, and presses Enter; returns the moment of the key press. */
async function pressMarked(page: Page, button: string, before?: () => Promise<void>): Promise<number> {
  await tabTo(page, page.getByRole('button', { name: button, exact: true }))
  await page.locator('h1').first().evaluate((h1, pressed) => { (h1 as HTMLElement).dataset[pressed] = '' }, PRESSED)
  await before?.()
  const pressedAt = performance.now()
  await page.keyboard.press('Enter')
  return pressedAt
}

/** After pressing a marked page's button: fails at once if the page shows problems instead of moving on, or never moves on. */
async function leaves(page: Page, from: string, what: string): Promise<void> {
  const left = await page
    .waitForFunction(
      ({ path, pressed }) => {
        if (location.pathname !== path) return 'left'
        if (document.querySelector('.error-summary')) return 'problems'
        // Sent on and straight back: a new heading, without the mark.
        const h1 = document.querySelector('h1')
        return h1 instanceof HTMLElement && pressed in h1.dataset ? false : 'left'
      },
      { path: from, pressed: PRESSED },
      { timeout: 20_000 },
    )
    .then((h) => h.jsonValue())
    .catch(() => 'stuck')
  if (left !== 'left') assert.fail(`"${what}" made no letters: still on ${from} (${left}). The page says: ${await pageSays(page)}`)
}

/**
 * On the letters page, after the last button: waits for the download link. Whatever stops the
 * letters instead (the letters page sending the person back, problems, making them failing, another
 * page) fails at once with what the page says, rather than a long wait for a link that will not
 * come. Returns the "Download all letters" link. makeLetters() gets here from check your answers.
 */
export async function waitForLetters(page: Page, timeoutMs = 90_000): Promise<Locator> {
  const outcome = await page
    .waitForFunction(
      ({ paths, downloadAll, failed }) => {
        if (location.pathname !== paths.letters) return `on ${location.pathname}`
        if ([...document.querySelectorAll('main a')].some((a) => a.textContent?.trim() === downloadAll)) return 'ready'
        if (document.querySelector('.error-summary')) return 'problems'
        if (document.querySelector('main')?.textContent?.includes(failed)) return 'failed'
        return false
      },
      { paths: PATHS, downloadAll: ui('letters.downloadAll'), failed: ui('letters.failed') },
      { timeout: timeoutMs },
    )
    .then((h) => h.jsonValue())
    .catch(() => `still making them after ${timeoutMs / 1000} s`)
  if (outcome === `on ${PATHS.check}`) assert.fail(`no letters: the letters page sent the person back to check your answers. The page says: ${await pageSays(page)}`)
  if (outcome !== 'ready') assert.fail(`no letters (${outcome}) on ${new URL(page.url()).pathname}. The page says: ${await pageSays(page)}`)
  return page.getByRole('link', { name: ui('letters.downloadAll'), exact: true })
}

/**
 * From check your answers, by keyboard: "Make your letters", then the button on "Before you send",
 * then the letters, failing within seconds (with what the page says) wherever they are stopped.
 * `beforeCheck` and `beforePress` run with focus on the first and the last button (a test can move
 * the clock there); `onBeforeSend` runs on arrival at "Before you send". `readyMs` is from the last
 * key press to the download link.
 */
export async function makeLetters(
  page: Page,
  options: { beforeCheck?: () => Promise<void>; beforePress?: () => Promise<void>; onBeforeSend?: () => Promise<void> } = {},
): Promise<{ downloadAll: Locator; readyMs: number }> {
  await pressMarked(page, ui('check.button'), options.beforeCheck)
  await leaves(page, PATHS.check, ui('check.button'))
  await waitForPage(page, PATHS.beforeSend)
  await options.onBeforeSend?.()
  const pressedAt = await pressMarked(page, ui('beforeSend.button'), options.beforePress)
  await leaves(page, PATHS.beforeSend, ui('beforeSend.button'))
  const downloadAll = await waitForLetters(page)
  return { downloadAll, readyMs: performance.now() - pressedAt }
}

export interface JourneyResult {
  file: string
  fileName: string
  /** From pressing Enter on "Make your letters" to the download link being on the page. */
  readyMs: number
  /** From pressing Enter on "Make your letters" to the PDF saved from the download. */
  downloadedMs: number
  /** The app's own measure of making the PDFs in its worker. */
  workerMs: number
  checkAnswersText: string
  lettersPageText: string
}

/** Goes through every page as `person`, from a fresh start page, and downloads the all-letters PDF. */
export async function runJourney(page: Page, baseUrl: string, person: Person, shots: Shots): Promise<JourneyResult> {
  const who = person.who
  const s = person.subject

  await page.goto(`${baseUrl}/`)
  await page.getByRole('heading', { level: 1, name: ui('start.title') }).waitFor()
  assert.equal(await pageToday(page), person.today, "the page's clock is pinned to the person's day")
  await shots.take(page)
  await pressEnterOn(page, page.getByRole('link', { name: ui('start.button'), exact: true }))
  // Asked once, before any answer is kept.
  await answerKeepQuestion(page, 'keep', PATHS.who)

  await chooseRadio(page, page.getByRole('radio', { name: ui(`whoIsAsking.option.${who}`), exact: true }))
  await shots.take(page)
  if (person.parent) {
    // Only someone with parental responsibility writes as a parent.
    await continueTo(page, PATHS.parentalResponsibility)
    await chooseRadio(page, page.getByRole('radio', { name: ui('parentalResponsibility.option.yes'), exact: true }))
    await shots.take(page)
  }
  await continueTo(page, PATHS.name)

  await typeInto(page, textbox(page, ui(`subjectName.title.${who}`)), s.fullName)
  await shots.take(page)
  await continueTo(page, PATHS.otherNames)

  // One name a line: Enter in a textarea starts a new line.
  await maybeType(page, textbox(page, ui(`otherNames.title.${who}`)), s.otherNames.join('\n'))
  await shots.take(page)
  await continueTo(page, PATHS.dateOfBirth)

  await typeDate(page, page.getByRole('group', { name: ui(`dateOfBirth.title.${who}`) }), s.dateOfBirth)
  await shots.take(page)
  await continueTo(page, PATHS.address)

  await typeAddress(page, page.getByRole('group', { name: ui(`address.title.${who}`) }), s.address)
  await shots.take(page)
  await continueTo(page, PATHS.previousAddresses)

  for (const [i, address] of s.previousAddresses.entries()) {
    await pressEnterOn(page, page.getByRole('button', { name: ui(i === 0 ? 'previousAddresses.add' : 'previousAddresses.addAnother'), exact: true }))
    const group = page.getByRole('group', { name: ui('previousAddresses.legend', { n: i + 1 }) })
    const line1 = textbox(group, ui('address.line1'))
    await line1.waitFor()
    assert.ok(await isFocused(line1), 'adding a previous address moves focus to its first box')
    await typeAddress(page, group, address)
  }
  await shots.take(page)
  await continueTo(page, PATHS.contact)

  await maybeType(page, textbox(page, ui('contact.email')), s.email)
  await maybeType(page, textbox(page, ui('contact.phone')), s.phone)
  await shots.take(page)

  if (person.parent) {
    const p = person.parent
    await continueTo(page, PATHS.parentDetails)
    await typeInto(page, textbox(page, ui('parentDetails.fullName')), p.fullName)
    await typeInto(page, textbox(page, ui('parentDetails.relationship')), p.relationship)
    await shots.take(page)
    await continueTo(page, PATHS.parentContact)
    // Their address is left empty: it is the same as the child's.
    await maybeType(page, textbox(page, ui('parentContact.email')), p.email)
    await maybeType(page, textbox(page, ui('parentContact.phone')), p.phone)
    await shots.take(page)
    await continueTo(page, PATHS.childAgrees)
    await chooseRadio(page, page.getByRole('radio', { name: ui(`childAgrees.option.${p.childAgrees}`), exact: true }))
    await shots.take(page)
  }

  if (person.worker) {
    const w = person.worker
    await continueTo(page, PATHS.workerDetails)
    await typeInto(page, textbox(page, ui('workerDetails.fullName')), w.fullName)
    await typeInto(page, textbox(page, ui('workerDetails.organisation')), w.organisation)
    await typeInto(page, textbox(page, ui('workerDetails.role')), w.role)
    await shots.take(page)
    await continueTo(page, PATHS.workerContact)
    await typeAddress(page, page.getByRole('group', { name: ui('workerContact.addressLegend') }), w.address)
    await maybeType(page, textbox(page, ui('workerContact.email')), w.email)
    await maybeType(page, textbox(page, ui('workerContact.phone')), w.phone)
    await maybeType(page, textbox(page, ui('workerContact.reference')), w.reference)
    await shots.take(page)
  }

  await continueTo(page, PATHS.whatYouWant)
  for (const r of person.requests) await tick(page, page.getByRole('checkbox', { name: ui(`whatYouWant.option.${r}`), exact: true }))
  await shots.take(page)

  if (person.corrections) {
    await continueTo(page, PATHS.corrections)
    await typeInto(page, textbox(page, ui('corrections.title')), person.corrections)
    await shots.take(page)
  }

  await continueTo(page, PATHS.topics)
  for (const topic of person.topics) await tick(page, page.getByRole('checkbox', { name: ui(`topics.option.${topic}`), exact: true }))
  await shots.take(page)

  await continueTo(page, PATHS.recipients)
  const search = page.getByRole('combobox', { name: ui('recipients.searchLabel'), exact: true })
  const chosen = page.locator('.body-card__name')
  for (const [i, recipient] of person.recipients.entries()) {
    if ('query' in recipient) {
      await chooseFromCombobox(page, search, recipient.query, recipient.option)
    } else {
      const r = recipient.byHand
      await pressEnterOn(page, page.getByRole('link', { name: ui('recipients.addByHand'), exact: true }))
      await waitForPage(page, PATHS.addRecipient)
      await typeInto(page, textbox(page, ui('addRecipient.name')), r.name)
      await chooseRadio(page, page.getByRole('radio', { name: ui(`addRecipient.kind.${r.kind}`), exact: true }))
      await typeAddress(page, page.getByRole('group', { name: ui('addRecipient.addressLegend') }), r.address)
      await typeInto(page, textbox(page, ui('addRecipient.email')), r.email)
      await shots.take(page)
      await continueTo(page, PATHS.recipients, ui('addRecipient.button'))
    }
    await page.waitForFunction((n) => document.querySelectorAll('.body-card__name').length === n, i + 1)
  }
  assert.deepEqual(
    (await chosen.allTextContents()).map((t) => t.trim()),
    person.expect.bodies.map((b) => b.name),
    'the list of organisations shows each one chosen, in order',
  )
  await shots.take(page)

  await continueTo(page, PATHS.details)
  await typeInto(page, textbox(page, ui('details.label')), person.details)
  await shots.take(page)

  if (person.lettersInWales) {
    // A body in Wales: each letter's language is asked, English to start with.
    await continueTo(page, PATHS.letterLanguage)
    for (const body of person.expect.bodies) {
      assert.ok(await page.getByRole('group', { name: ui('letterLanguage.legend', { name: body.name }), exact: true }).getByRole('radio', { name: ui('letterLanguage.option.en-GB'), exact: true }).isChecked(), `the letter to ${body.name} starts in English`)
    }
    await shots.take(page)
  }
  await continueTo(page, PATHS.sending)
  // The letter date is explained where the sending date is asked.
  assert.ok((await page.locator('main').innerText()).includes(ui('sending.dated', { date: longDate(dayAnswer(person.today)) })), 'the sending page says the letters are dated today')
  await chooseRadio(page, page.getByRole('radio', { name: ui(`sending.option.${person.sending.by}`), exact: true }))
  const sentOn = page.getByRole('group', { name: ui('sending.dateLegend') })
  if (person.sending.by === 'notSure') {
    assert.equal(await sentOn.count(), 0, 'no send date is asked for when the person does not know yet')
  } else {
    const today = dayAnswer(person.today)
    assert.deepEqual(
      [await textbox(sentOn, ui('date.day')).inputValue(), await textbox(sentOn, ui('date.month')).inputValue(), await textbox(sentOn, ui('date.year')).inputValue()],
      [today.day, today.month, today.year],
      "the sending date starts as today's date",
    )
    if (person.sending.on) await typeDate(page, sentOn, person.sending.on)
  }
  await shots.take(page)

  await continueTo(page, PATHS.check)
  const main = page.locator('main')
  await main.getByText(s.fullName, exact).first().waitFor()
  const checkAnswersText = await main.innerText()
  await shots.take(page)

  // "Before you send" comes next; then make the letters, and time it from that key press to the download.
  const { downloadAll, readyMs } = await makeLetters(page, { onBeforeSend: () => shots.take(page) })
  const readyAt = performance.now()
  const lettersPageText = await main.innerText()

  await tabTo(page, downloadAll)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')])
  const file = join(mkdtempSync(join(tmpdir(), `wth-${person.key}-`)), 'letters.pdf')
  await download.saveAs(file)
  const downloadedMs = readyMs + (performance.now() - readyAt)
  assert.equal(await download.failure(), null, 'the download finished')
  const workerMs = Number(await page.evaluate(() => document.documentElement.dataset.lettersMs ?? 'NaN'))
  await shots.take(page)

  return { file, fileName: download.suggestedFilename(), readyMs, downloadedMs, workerMs, checkAnswersText, lettersPageText }
}
