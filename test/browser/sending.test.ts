/**
 * Issue 8 §4: the sending method is chosen per letter. Where the one way the person chose does not
 * reach a body we know other ways into, the sending page asks for that letter alone, starting at the
 * body's own best way in; the letter and its cover sheet then speak of that way only.
 */
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { appUnderTest, openPage, ROOT } from './harness.ts'
import { PATHS } from './helpers/journey.ts'
import { waitForKept } from './helpers/storage.ts'
import { chooseRadio, pressEnterOn, tabTo, waitForPage } from './helpers/keyboard.ts'
import { flat, pdfText } from './helpers/pdf.ts'
import { ui } from './helpers/people.ts'
import { PHONE, Shots } from './helpers/shots.ts'

const app = appUnderTest()

/** Where the app asks first whether to keep answers, keep them, so pages can be opened by address. */
async function keepIfAsked(page: Page, next: string): Promise<void> {
  // The question can replace the next page a moment after that page shows, so give it time to come.
  await page.waitForURL((url) => url.pathname === '/keep-your-answers', { timeout: 5000 }).catch(() => undefined)
  if (new URL(page.url()).pathname !== '/keep-your-answers') return waitForPage(page, next, { headingFocused: false })
  await chooseRadio(page, page.getByRole('radio', { name: /^Yes, keep my answers/ }))
  await pressEnterOn(page, page.getByRole('button', { name: ui('app.continue'), exact: true }))
  await page.waitForFunction(() => location.pathname !== '/keep-your-answers')
}

/** Opens a page by address: the answers are kept on the device by then. */
async function goTo(page: Page, path: string): Promise<void> {
  await page.goto(`${app.server.url}${path}`)
  await waitForPage(page, path, { headingFocused: false })
}

async function submit(page: Page): Promise<void> {
  await pressEnterOn(page, page.getByRole('button', { name: ui('app.continue'), exact: true }))
}

test('a letter to a body with no email address goes its own best way, which the person can change', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE)
  await context.clock.setFixedTime(new Date('2026-11-23T12:00:00Z'))
  const shots = new Shots('sending-each')
  try {
    await page.goto(`${app.server.url}/`)
    // The young person chose email for both letters; South Wales Police has only an online form that we know of.
    await page.getByLabel(ui('start.loadLabel')).setInputFiles(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'))
    await keepIfAsked(page, PATHS.check)
    await goTo(page, PATHS.sending)
    const own = page.getByRole('group', { name: ui('sending.each.legend', { name: 'South Wales Police' }) })
    await own.waitFor()
    assert.equal(await own.getByRole('radio', { name: ui('sending.option.online-form'), exact: true }).isChecked(), true, 'its own best way in comes first')
    // Cardiff Council: we know no way in, so the one way chosen stands and nothing more is asked.
    assert.equal(await page.getByRole('group', { name: ui('sending.each.legend', { name: 'City of Cardiff Council' }) }).count(), 0)
    await shots.take(page, 'sending-each-letter')
    await submit(page)
    await page.waitForFunction((from) => location.pathname !== from, PATHS.sending)
    // The choice is kept on the device before the page is opened again.
    await waitForKept(page, (k) => JSON.stringify(k.draft ?? {}).includes('"sendBy":"online-form"'), 'the way chosen for South Wales Police')

    await goTo(page, PATHS.check)
    const file = await makeLetters(page)
    const text = flat(pdfText(file))
    assert.match(text, /I am sending it through your online form on 23 November 2026/)
    assert.match(text, /Use their online form/)
    assert.match(text, /I am sending it by email on 23 November 2026/, 'the other letter keeps the way chosen for all')
    assert.doesNotMatch(text, /You said you would send it by email, but we do not know an email address for South Wales Police/)

    // The person can still say they have an email address for them.
    await goTo(page, PATHS.sending)
    await chooseRadio(page, page.getByRole('group', { name: ui('sending.each.legend', { name: 'South Wales Police' }) }).getByRole('radio', { name: ui('sending.each.same.email'), exact: true }))
    await submit(page)
    await page.waitForFunction((from) => location.pathname !== from, PATHS.sending)
    await goTo(page, PATHS.check)
    const again = flat(pdfText(await makeLetters(page)))
    assert.doesNotMatch(again, /through your online form/)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

async function makeLetters(page: Page): Promise<string> {
  await pressEnterOn(page, page.getByRole('button', { name: ui('check.button'), exact: true }))
  await page.waitForFunction((paths) => paths.includes(location.pathname), [PATHS.beforeSend, PATHS.letters] as string[])
  if (new URL(page.url()).pathname === PATHS.beforeSend) {
    await pressEnterOn(page, page.getByRole('button', { name: ui('beforeSend.button'), exact: true }))
    await waitForPage(page, PATHS.letters, { headingFocused: false })
  }
  const all = page.getByRole('link', { name: ui('letters.downloadAll'), exact: true })
  await all.waitFor({ state: 'visible', timeout: 90_000 })
  await tabTo(page, all)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')])
  const file = join(mkdtempSync(join(tmpdir(), 'wth-sending-')), 'letters.pdf')
  await download.saveAs(file)
  return file
}
