/**
 * Errors a person can meet, in real headless Chromium against the built app: a broken or non-JSON
 * answers file on the start page, a good one, and Continue on an empty question. The file input
 * is reached by Tab and opened with Space; the file chooser it opens is answered with the file.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { appUnderTest, openPage as openAppPage, ROOT } from './harness.ts'
import { PATHS, catchFileChoosers, continueTo, loadAnswersFile, textbox } from './helpers/journey.ts'
import { chooseRadio, describeFocus, pressEnterOn, typeInto } from './helpers/keyboard.ts'
import { answerKeepQuestion } from './helpers/keep.ts'
import { errorText, fieldLabel, ui } from './helpers/people.ts'
import { DESKTOP, PHONE, Shots } from './helpers/shots.ts'

const FIXTURES = join(ROOT, 'test', 'fixtures', 'requests')
const files = mkdtempSync(join(tmpdir(), 'wth-files-'))

const app = appUnderTest()

async function openPage(size: { width: number; height: number }) {
  const opened = await openAppPage(app.browser, size)
  catchFileChoosers(opened.page)
  return opened
}

/** The error summary: its title, its messages, and whether it has focus. */
async function errorSummary(page: Page): Promise<{ title: string; messages: string[]; focused: boolean }> {
  const summary = page.locator('.error-summary')
  await summary.waitFor({ state: 'visible', timeout: 15_000 })
  // Focus moves to the summary in an effect after it appears.
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), undefined, { timeout: 5000 }).catch(() => undefined)
  return {
    title: (await summary.getByRole('heading', { level: 2 }).textContent())?.trim() ?? '',
    messages: (await summary.getByRole('listitem').allTextContents()).map((m) => m.trim()),
    focused: await summary.evaluate((el) => el === document.activeElement),
  }
}

async function startPage(page: Page): Promise<void> {
  await page.goto(`${app.server.url}/`)
  await page.getByRole('heading', { level: 1, name: ui('start.title') }).waitFor()
}

test('a broken answers file: "There is a problem" with each plain message, focus on the summary, and nothing loaded', async () => {
  const { context, page, errors } = await openPage(PHONE)
  try {
    const raw = JSON.parse(readFileSync(join(FIXTURES, 'young-person.json'), 'utf8'))
    raw.subject.dateOfBirth = '2009-02-30'
    raw.subject.nickname = 'Shan'
    const file = join(files, 'broken.json')
    writeFileSync(file, JSON.stringify(raw, null, 2))

    await startPage(page)
    await loadAnswersFile(page, file)
    const summary = await errorSummary(page)
    assert.equal(summary.title, ui('errorSummary.title'))
    assert.deepEqual(summary.messages, [
      errorText('notDate', { label: fieldLabel('subject.dateOfBirth') }),
      errorText('unknownField', { key: 'nickname' }),
    ])
    assert.ok(summary.focused, `focus is on the error summary, not ${await describeFocus(page)}`)
    assert.match(await page.title(), /^Error: /)
    // The box itself says so too, and a screen reader hears it with the box.
    const input = page.getByLabel(ui('start.loadLabel'), { exact: true })
    assert.match(await input.getAttribute('aria-describedby') ?? '', /load-answers-error/)
    assert.match((await page.locator('#load-answers-error').textContent()) ?? '', new RegExp(ui('start.loadBadFile')))
    assert.equal(new URL(page.url()).pathname, '/', 'stays on the start page')
    assert.equal(await page.getByRole('heading', { name: ui('start.savedTitle') }).count(), 0, 'nothing from the broken file was kept')
    await new Shots('errors-360').take(page, 'broken-file')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('a file that is not JSON gets its own message; then a good file loads', async () => {
  const { context, page, errors } = await openPage(DESKTOP)
  try {
    const file = join(files, 'not-json.json')
    writeFileSync(file, 'Siân Llŷr Evans, 14/03/2009, 12 Example Road\n')
    await startPage(page)
    await loadAnswersFile(page, file)
    const summary = await errorSummary(page)
    assert.equal(summary.title, ui('errorSummary.title'))
    assert.deepEqual(summary.messages, [errorText('notJson')])
    assert.ok(summary.focused, `focus is on the error summary, not ${await describeFocus(page)}`)
    // One problem: the box says the same words as the summary (several are listed only there).
    assert.ok(((await page.locator('#load-answers-error').textContent()) ?? '').endsWith(errorText('notJson')), 'the message beside the box is the summary\'s')
    await new Shots('errors-1280').take(page, 'not-json')

    // The same box takes a good file straight after.
    await loadAnswersFile(page, join(FIXTURES, 'young-person.json'))
    // A good file meets the keep question on its way to check your answers.
    await answerKeepQuestion(page, 'keep', PATHS.check)
    await page.getByText('Siân Llŷr Evans', { exact: true }).first().waitFor()
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('a good answers file (the advice worker) goes to check your answers with every answer shown', async () => {
  const { context, page, errors } = await openPage(DESKTOP)
  try {
    await startPage(page)
    await loadAnswersFile(page, join(FIXTURES, 'advice-worker.json'))
    // A good file meets the keep question on its way to check your answers.
    await answerKeepQuestion(page, 'keep', PATHS.check)
    await page.getByRole('heading', { level: 1, name: ui('check.title') }).waitFor()
    const main = page.locator('main')
    // Directory names come from the directory, which loads after the page.
    await main.getByText('London Borough of Tower Hamlets', { exact: true }).waitFor()
    const text = await main.innerText()
    for (const expected of [
      ui('check.section.aboutThem.representative'),
      'Kwame Mensah-Boateng',
      'K Mensah',
      '2 November 2005',
      'Flat 3',
      '21 Mile End Road',
      'E1 4TT',
      '88 Cable Street, London, E1 0BL',
      'Jo Whitfield',
      'East End Youth Advice',
      'Youth worker',
      'jo@example.org',
      'CLIENT-042',
      ui('whatYouWant.option.access'),
      ui('whatYouWant.option.rectification'),
      ui('whatYouWant.option.restriction'),
      'He was not arrested; he was stopped, searched and allowed to go.',
      ui('topics.option.gang-database'),
      ui('topics.option.stop-and-search'),
      ui('topics.option.intelligence-records'),
      'Metropolitan Police Service',
      'London Borough of Tower Hamlets',
      'Example Academy',
      'Kwame was told by his college in 2024 that the police had shared information about him.',
    ]) {
      assert.ok(text.includes(expected), `check your answers shows "${expected}"`)
    }
    assert.doesNotMatch(await page.title(), /^Error/)
    assert.equal(await page.locator('.error-summary').count(), 0, 'no problems with a good file')
    await new Shots('errors-1280').take(page, 'loaded-advice-worker')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('Continue on an empty name: the summary takes focus, its link moves focus to the box, the title starts "Error: "', async () => {
  const { context, page, errors } = await openPage(PHONE)
  try {
    await startPage(page)
    await pressEnterOn(page, page.getByRole('link', { name: ui('start.button'), exact: true }))
    await answerKeepQuestion(page, 'keep', PATHS.who)
    await chooseRadio(page, page.getByRole('radio', { name: ui('whoIsAsking.option.self'), exact: true }))
    await continueTo(page, PATHS.name)
    const title = ui('subjectName.title.self')
    assert.equal(await page.title(), ui('app.title', { page: title }))

    await pressEnterOn(page, page.getByRole('button', { name: ui('app.continue'), exact: true }))
    const message = errorText('empty', { lower: fieldLabel('subject.fullName').toLowerCase() })
    const summary = await errorSummary(page)
    assert.equal(summary.title, ui('errorSummary.title'))
    assert.deepEqual(summary.messages, [message])
    assert.ok(summary.focused, `focus is on the error summary, not ${await describeFocus(page)}`)
    assert.equal(await page.title(), `${ui('app.errorPrefix')}${ui('app.title', { page: title })}`)
    assert.equal(new URL(page.url()).pathname, PATHS.name, 'stays on the page')
    const box = textbox(page, title)
    assert.equal(await box.getAttribute('aria-invalid'), 'true')
    assert.match((await page.locator('#fullName-error').textContent()) ?? '', new RegExp(`Error:\\s*${message}`))
    await new Shots('errors-360').take(page, 'empty-name')

    // Tab to the summary's link and press Enter: focus goes to the box.
    await pressEnterOn(page, page.locator('.error-summary').getByRole('link', { name: message, exact: true }))
    await page.waitForFunction(() => document.activeElement?.id === 'fullName')
    assert.ok(await box.evaluate((el) => el === document.activeElement), `focus is on the name box, not ${await describeFocus(page)}`)

    // Put it right: the error goes, and the journey carries on.
    await typeInto(page, box, 'Siân Llŷr Evans')
    await continueTo(page, PATHS.otherNames)
    assert.doesNotMatch(await page.title(), /^Error/)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
