/**
 * Issue 9: safe on a shared device, and nothing lost. The keep-answers question comes before anything
 * is kept; two tabs keep both edits; "Clear everything" finishes beside other open tabs and tells them;
 * a full device says so and offers a file; the quick exit stays on a phone screen and can clear first;
 * clearing asks on a page of its own; "Before you send" comes before the letters; the server sends the
 * security headers. Screenshots go to /tmp/shots-journeys/safety-*.png (see helpers/shots.ts).
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { assertAccessible } from './helpers/a11y.ts'
import type { BrowserContext, Page } from 'playwright-core'
import { SECURITY_HEADERS } from '../../vite.config.ts'
import { appUnderTest, openPage as openAppPage, ROOT } from './harness.ts'
import { PATHS } from './helpers/journey.ts'
import { answerKeepQuestion, KEEP_PATH } from './helpers/keep.ts'
import { describeFocus, isFocused, pressEnterOn, waitForPage } from './helpers/keyboard.ts'
import { ui } from './helpers/people.ts'
import { DESKTOP, PHONE, Shots } from './helpers/shots.ts'
import { readKept, waitForKept } from './helpers/storage.ts'

const app = appUnderTest()
// The harness pins every page's clock to the day the fixtures were written for.
const openPage = (size: { width: number; height: number }) => openAppPage(app.browser, size)

const FIXTURE = join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json')
const NAME = 'Siân Llŷr Evans'
const EXIT_URL = 'https://www.bbc.co.uk/weather'
const CLEAR_PATH = '/clear-everything'
const BEFORE_SEND_PATH = '/before-you-send'
type Draft = { subject?: { fullName?: string }; details?: string } | null

/** The quick exit leads to a real site; the test answers for it, so nothing leaves the machine. */
async function stubExitSite(context: BrowserContext): Promise<void> {
  await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }))
}

/** Loads the young person's answers file and keeps the answers, landing on check your answers. */
async function loadAndKeep(page: Page): Promise<void> {
  await page.goto(`${app.server.url}/`)
  await page.getByLabel(ui('start.loadLabel'), { exact: true }).setInputFiles(FIXTURE)
  await answerKeepQuestion(page, 'keep', PATHS.check)
  await page.locator('main').getByText(NAME, { exact: true }).first().waitFor()
  await waitForKept(page, (k) => (k.draft as Draft)?.subject?.fullName === NAME, 'the loaded answers')
}

function changeLink(page: Page, answer: string) {
  return page.getByRole('link', { name: `${ui('app.change')} ${answer}`, exact: true })
}

async function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''))
}

test('the keep-answers question comes before anything is kept, and the footer of every page changes it', async () => {
  const { context, page, errors } = await openPage(PHONE)
  try {
    const shots = new Shots('safety-keep-360')
    await page.goto(`${app.server.url}/`)
    await page.getByRole('heading', { level: 1, name: ui('start.title') }).waitFor()
    await shots.take(page, 'start')
    await assertAccessible(page, 'the start page')
    assert.ok(!(await databaseNames(page)).includes('what-they-hold'), 'a first visit opens no database')

    await pressEnterOn(page, page.getByRole('link', { name: ui('start.button'), exact: true }))
    await waitForPage(page, KEEP_PATH)
    assert.equal(await page.title(), ui('app.title', { page: ui('keep.title') }))
    await shots.take(page, 'keep-question')
    await assertAccessible(page, 'the keep question')

    // Continue without a choice: a plain error, and still nothing kept.
    await pressEnterOn(page, page.getByRole('button', { name: ui('app.continue'), exact: true }))
    const summary = page.locator('.error-summary')
    await summary.getByRole('link', { name: 'Select whether to keep your answers on this device', exact: true }).waitFor()
    await shots.take(page, 'keep-question-error')
    await assertAccessible(page, 'the keep question with its error')
    assert.ok(!(await databaseNames(page)).includes('what-they-hold'), 'nothing is kept before the choice')

    await answerKeepQuestion(page, 'forget', PATHS.who, { headingFocused: false })
    await page.getByRole('radio', { name: ui('whoIsAsking.option.self'), exact: true }).check()
    await page.getByRole('button', { name: ui('app.continue'), exact: true }).click()
    await waitForPage(page, PATHS.name)
    await page.locator('#fullName').fill(NAME)
    await page.getByRole('button', { name: ui('app.continue'), exact: true }).click()
    await waitForPage(page, PATHS.otherNames)
    await page.waitForTimeout(300)
    const forgotten = await readKept(page)
    assert.equal(forgotten.draft, null, 'no answers kept after "No"')
    assert.equal(forgotten.keepAnswers, false, 'only the choice itself is kept')
    assert.equal(await page.locator('.footer__status').textContent(), ui('app.footer.notKeeping'))

    // Change of mind from the footer: the question again, with "No" chosen, and back to the same page.
    await page.getByRole('link', { name: ui('app.footer.changeKeep'), exact: true }).click()
    await waitForPage(page, KEEP_PATH)
    assert.equal(await page.getByRole('radio', { name: ui('keep.option.forget'), exact: true }).isChecked(), true)
    await answerKeepQuestion(page, 'keep', PATHS.otherNames)
    await waitForKept(page, (k) => (k.draft as Draft)?.subject?.fullName === NAME && k.keepAnswers === true, 'the answers typed before, now kept')
    assert.equal(await page.locator('.footer__status').textContent(), ui('app.footer.keeping'))
    await page.reload()
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    assert.equal(new URL(page.url()).pathname, PATHS.otherNames, 'a reload asks nothing again')
    await page.goto(`${app.server.url}${PATHS.name}`)
    assert.equal(await page.locator('#fullName').inputValue(), NAME, 'the name is back after the reload')

    // The privacy page says the same, and what leaving quickly cannot hide.
    await page.goto(`${app.server.url}/privacy`)
    await page.getByText(ui('privacy.quick'), { exact: true }).waitFor()
    await shots.take(page, 'privacy')
    await assertAccessible(page, 'the privacy page')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('two tabs keep both edits: the name changed in one and "anything else" in the other both reach a third', async () => {
  const { context, page: one, errors } = await openPage(DESKTOP)
  try {
    const shots = new Shots('safety-tabs-1280')
    await loadAndKeep(one)
    const two = await context.newPage()
    two.on('pageerror', (e) => errors.push(String(e)))
    await two.goto(`${app.server.url}${PATHS.check}`)
    await two.locator('main').getByText(NAME, { exact: true }).first().waitFor()

    // Tab one changes the name.
    await changeLink(one, 'full name').click()
    await waitForPage(one, PATHS.name, { headingFocused: false })
    await one.locator('#fullName').fill('Siân Evans')
    await one.getByRole('button', { name: ui('app.continue'), exact: true }).click()
    await waitForPage(one, PATHS.check, { headingFocused: false })

    // Tab two hears of it at once, without a reload, and says so.
    await two.getByText(ui('app.otherTab.changed'), { exact: true }).waitFor()
    await two.locator('main').getByText('Siân Evans', { exact: true }).waitFor()
    await shots.take(two, 'second-tab-told')
    await assertAccessible(two, 'check your answers with the other-tab notice')

    // Tab two changes "anything else".
    await changeLink(two, 'anything else').click()
    await waitForPage(two, PATHS.details, { headingFocused: false })
    await two.locator('#details').fill('Stopped in Cardiff on 3 May 2025.')
    await two.getByRole('button', { name: ui('app.continue'), exact: true }).click()
    await waitForPage(two, PATHS.check, { headingFocused: false })

    const three = await context.newPage()
    await three.goto(`${app.server.url}${PATHS.check}`)
    const main = three.locator('main')
    await main.getByText('Siân Evans', { exact: true }).waitFor()
    await main.getByText('Stopped in Cardiff on 3 May 2025.', { exact: true }).waitFor()
    assert.equal(await main.getByText(NAME, { exact: true }).count(), 0, 'the old name is gone')
    // Tab one shows tab two's change too.
    await one.locator('main').getByText('Stopped in Cardiff on 3 May 2025.', { exact: true }).waitFor()
    const kept = await readKept(three)
    assert.equal((kept.draft as Draft)?.subject?.fullName, 'Siân Evans')
    assert.equal((kept.draft as Draft)?.details, 'Stopped in Cardiff on 3 May 2025.')

    // A tab with the same question open is told, keeps what its box shows until asked, then shows the newest.
    await changeLink(one, 'full name').click()
    await waitForPage(one, PATHS.name, { headingFocused: false })
    await changeLink(two, 'full name').click()
    await waitForPage(two, PATHS.name, { headingFocused: false })
    await two.locator('#fullName').fill('S Evans')
    await two.getByRole('button', { name: ui('app.continue'), exact: true }).click()
    await one.getByText(ui('app.otherTab.changed'), { exact: true }).waitFor()
    assert.equal(await one.locator('#fullName').inputValue(), 'Siân Evans', 'nothing typed on this page is overwritten without asking')
    await shots.take(one, 'question-page-told')
    await assertAccessible(one, 'a question page with the other-tab notice')
    await one.getByRole('button', { name: ui('app.otherTab.refresh'), exact: true }).click()
    await one.locator('#fullName').waitFor()
    assert.equal(await one.locator('#fullName').inputValue(), 'S Evans')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('"Clear everything" finishes beside two open tabs, tells them, and the next visit loads', async () => {
  const { context, page: one, errors } = await openPage(DESKTOP)
  try {
    const shots = new Shots('safety-clear-tabs-1280')
    await loadAndKeep(one)
    const two = await context.newPage()
    await two.goto(`${app.server.url}${PATHS.check}`)
    await two.locator('main').getByText(NAME, { exact: true }).first().waitFor()
    const three = await context.newPage()
    await three.goto(`${app.server.url}${PATHS.name}`)
    assert.equal(await three.locator('#fullName').inputValue(), NAME)

    await one.getByRole('link', { name: ui('app.footer.clear'), exact: true }).click()
    await waitForPage(one, CLEAR_PATH, { headingFocused: false })
    const started = performance.now()
    await one.getByRole('button', { name: ui('clear.button'), exact: true }).click()
    await one.getByText(ui('app.footer.cleared'), { exact: true }).waitFor({ timeout: 5000 })
    assert.ok(performance.now() - started < 5000, 'clearing did not wait for the other tabs')
    assert.equal(new URL(one.url()).pathname, '/')
    await shots.take(one, 'cleared')

    for (const [tab, name] of [[two, 'tab two'], [three, 'tab three']] as const) {
      await tab.getByText(ui('app.otherTab.cleared'), { exact: true }).waitFor()
      assert.equal(new URL(tab.url()).pathname, '/', `${name} went to the start page`)
      assert.equal(await tab.getByText(NAME).count(), 0, `${name} shows the name nowhere`)
      assert.equal(await tab.locator('#fullName').count(), 0, `${name} has no name box left`)
    }
    await shots.take(three, 'other-tab-told')
    assert.ok(!(await databaseNames(one)).includes('what-they-hold'), 'the database itself is gone')

    // The next visit loads at once, with nothing kept.
    for (const tab of [one, two]) {
      await tab.reload()
      await tab.getByRole('heading', { level: 1, name: ui('start.title') }).waitFor({ timeout: 5000 })
      assert.equal(await tab.getByRole('heading', { name: ui('start.savedTitle') }).count(), 0)
    }
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('a tab that never lets go of the database cannot make clearing or the next visit hang', async () => {
  const { context, page: one } = await openPage(DESKTOP)
  try {
    await loadAndKeep(one)
    // Another tab holds a connection and ignores "versionchange", as a tab of an older app might.
    const two = await context.newPage()
    await two.goto(`${app.server.url}/privacy`)
    await two.evaluate(() => new Promise<void>((resolve) => {
      const open = indexedDB.open('what-they-hold')
      open.onsuccess = () => {
        (window as unknown as { held: IDBDatabase }).held = open.result
        resolve()
      }
    }))
    await one.getByRole('link', { name: ui('app.footer.clear'), exact: true }).click()
    await one.getByRole('button', { name: ui('clear.button'), exact: true }).click()
    await one.getByText(ui('clear.otherTabs'), { exact: true }).waitFor({ timeout: 15_000 })
    // The answers themselves are gone already.
    const left = await two.evaluate(() => new Promise<number>((resolve) => {
      const count = (window as unknown as { held: IDBDatabase }).held.transaction('answers').objectStore('answers').count()
      count.onsuccess = () => resolve(count.result)
    }))
    assert.equal(left, 0, 'no record left while the database waits to be deleted')

    // A reload does not show "Loading…" for ever: it gives up, says why, and the start page works.
    await one.reload()
    await one.getByRole('heading', { level: 1, name: ui('start.title') }).waitFor({ timeout: 10_000 })
    await one.getByText(ui('app.storage.busy'), { exact: true }).waitFor()
    await new Shots('safety-blocked-1280').take(one, 'busy')
    await two.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close())
  } finally {
    await context.close()
  }
})

test('a full device says so, keeps the answers on screen and saves them to a file; nothing is lost once there is space', async () => {
  const { context, page, errors } = await openPage(DESKTOP)
  try {
    // Chromium's own quota, made tiny before the app first touches IndexedDB: writes then fail with
    // QuotaExceededError, as on a phone with no space left.
    const cdp = await context.newCDPSession(page)
    const origin = new URL(app.server.url).origin
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 })
    await page.goto(`${app.server.url}/`)
    await page.getByLabel(ui('start.loadLabel'), { exact: true }).setInputFiles(FIXTURE)
    await answerKeepQuestion(page, 'keep', PATHS.check)
    const alert = page.getByRole('alert').filter({ hasText: ui('app.storage.full') })
    await alert.waitFor({ timeout: 10_000 })
    await changeLink(page, 'full name').click()
    await waitForPage(page, PATHS.name, { headingFocused: false })
    await page.locator('#fullName').fill('Siân Evans')
    await page.getByRole('button', { name: ui('app.continue'), exact: true }).click()
    await waitForPage(page, PATHS.check, { headingFocused: false })
    await alert.waitFor()
    await new Shots('safety-full-1280').take(page, 'device-full')
    await assertAccessible(page, 'check your answers with the storage notice')
    await page.locator('main').getByText('Siân Evans', { exact: true }).waitFor()

    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: ui('letters.save'), exact: true }).click()])
    assert.equal(download.suggestedFilename(), ui('saveFile.fileName'))
    const saved = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { subject: { fullName: string } }
    assert.equal(saved.subject.fullName, 'Siân Evans', 'the file has the answer the device could not keep')
    await alert.getByText(ui('saveFile.saved'), { exact: true }).waitFor()

    // Space again: the next save writes every answer, the one that failed included.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin })
    await changeLink(page, 'anything else').click()
    await waitForPage(page, PATHS.details, { headingFocused: false })
    await page.locator('#details').fill('Written once there was space.')
    await page.getByRole('button', { name: ui('app.continue'), exact: true }).click()
    await waitForPage(page, PATHS.check, { headingFocused: false })
    await alert.waitFor({ state: 'detached' })
    const kept = await waitForKept(page, (k) => (k.draft as Draft)?.details === 'Written once there was space.', 'the answers after space came back')
    assert.equal((kept.draft as Draft)?.subject?.fullName, 'Siân Evans')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('on a 360 px phone the quick exit stays on screen after scrolling, leaves in one tap, and can clear first', async () => {
  const { context, page, errors } = await openPage(PHONE)
  try {
    await stubExitSite(context)
    await loadAndKeep(page)
    const leave = page.getByRole('button', { name: ui('app.quickExit'), exact: true })
    const leaveAndClear = page.getByRole('button', { name: ui('app.quickExitClear'), exact: true })
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await page.waitForFunction(() => window.scrollY > 500)
    await page.screenshot({ path: '/tmp/shots-journeys/safety-exit-360-scrolled.png' })
    for (const button of [leave, leaveAndClear]) {
      const box = await button.boundingBox()
      assert.ok(box, 'the button is on the page')
      assert.ok(box.y >= 0 && box.y + box.height <= 80, `it is at the top of the screen after scrolling (y ${box.y}, height ${box.height})`)
      assert.ok(box.height >= 24, 'a target big enough to tap')
      const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent, { x: box.x + box.width / 2, y: box.y + box.height / 2 })
      assert.equal(onTop, await button.textContent(), 'nothing covers it')
    }
    const bar = await page.locator('.quick-exit').boundingBox()
    assert.ok(bar && bar.height <= 64, `the bar is small: ${bar?.height} px tall`)

    // One tap, and both tabs leave, clearing the answers first.
    const two = await context.newPage()
    await two.goto(`${app.server.url}${PATHS.check}`)
    await two.locator('main').getByText(NAME, { exact: true }).first().waitFor()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 })
    const box = (await leaveAndClear.boundingBox())!
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    await Promise.all([
      page.waitForURL(EXIT_URL, { timeout: 10_000 }),
      (async () => {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] })
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
      })(),
    ])
    await two.waitForURL(EXIT_URL, { timeout: 10_000 })
    const after = await context.newPage()
    await after.goto(`${app.server.url}/`)
    await after.getByRole('heading', { level: 1, name: ui('start.title') }).waitFor()
    assert.equal(await after.getByRole('heading', { name: ui('start.savedTitle') }).count(), 0, 'no answers left')
    assert.equal((await readKept(after)).draft, null)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('"Leave this site quickly" keeps the answers, and Esc pressed 3 times leaves too', async () => {
  const { context, page } = await openPage(DESKTOP)
  try {
    await stubExitSite(context)
    await loadAndKeep(page)
    await Promise.all([page.waitForURL(EXIT_URL), page.getByRole('button', { name: ui('app.quickExit'), exact: true }).click()])
    await page.goBack().catch(() => undefined)
    await page.goto(`${app.server.url}/`)
    await page.getByRole('heading', { name: ui('start.savedTitle') }).waitFor()
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await Promise.all([page.waitForURL(EXIT_URL), page.keyboard.press('Escape')])
  } finally {
    await context.close()
  }
})

test('clearing asks on a page of its own, never one Tab after Continue; "No" changes nothing', async () => {
  const { context, page, errors } = await openPage(DESKTOP)
  try {
    const shots = new Shots('safety-confirm-1280')
    await loadAndKeep(page)
    await page.goto(`${app.server.url}${PATHS.details}`)
    const continueButton = page.getByRole('button', { name: ui('app.continue'), exact: true })
    await continueButton.focus()
    const stops: string[] = []
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      stops.push(await describeFocus(page))
    }
    assert.match(stops[0] ?? '', new RegExp(ui('app.footer.privacy').slice(0, 20)), `one Tab after Continue lands on the privacy link: ${stops.join(' → ')}`)
    assert.match(stops[1] ?? '', new RegExp(ui('app.footer.glossary')), `then the legal words: ${stops.join(' → ')}`)
    assert.ok(!stops.slice(0, 3).some((s) => s.includes(ui('app.footer.clear'))), `"Clear everything" is not within three Tabs of Continue: ${stops.join(' → ')}`)
    // Even reached and pressed, it only opens the question.
    const clearLink = page.getByRole('link', { name: ui('app.footer.clear'), exact: true })
    assert.ok(await isFocused(clearLink), `the fourth Tab reaches it: ${stops.join(' → ')}`)
    await page.keyboard.press('Enter')
    await waitForPage(page, CLEAR_PATH)
    assert.equal(await page.title(), ui('app.title', { page: ui('clear.title') }))
    await shots.take(page, 'confirm')
    await assertAccessible(page, 'the confirm-to-clear page')
    assert.equal(((await readKept(page)).draft as Draft)?.subject?.fullName, NAME, 'nothing cleared by opening the question')

    await pressEnterOn(page, page.getByRole('link', { name: ui('clear.cancel'), exact: true }))
    await waitForPage(page, PATHS.details)
    assert.equal(((await readKept(page)).draft as Draft)?.subject?.fullName, NAME, '"No" keeps everything')

    // "Start again and clear my answers" asks on the same page, and comes back to the start.
    await page.goto(`${app.server.url}/`)
    await page.getByRole('link', { name: ui('start.savedRestart'), exact: true }).click()
    await waitForPage(page, CLEAR_PATH)
    await page.getByRole('button', { name: ui('clear.button'), exact: true }).click()
    await page.getByText(ui('app.footer.cleared'), { exact: true }).waitFor()
    await page.getByRole('link', { name: ui('start.button'), exact: true }).waitFor()
    assert.equal((await readKept(page)).database, false)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('"Before you send" comes between checking the answers and making the letters', async () => {
  const { context, page, errors } = await openPage(PHONE)
  try {
    const shots = new Shots('safety-before-send-360')
    await loadAndKeep(page)
    await page.getByRole('button', { name: ui('check.button'), exact: true }).click()
    await waitForPage(page, BEFORE_SEND_PATH)
    assert.equal(await page.title(), ui('app.title', { page: ui('beforeSend.title') }))
    const main = page.locator('main')
    for (const key of ['beforeSend.tells.self', 'beforeSend.riskTitle.self', 'beforeSend.rightTitle.self', 'beforeSend.help'] as const) {
      await main.getByText(ui(key), { exact: true }).waitFor()
    }
    await shots.take(page, 'before-you-send')
    await assertAccessible(page, 'before you send')

    await page.getByRole('link', { name: ui('beforeSend.change'), exact: true }).click()
    await waitForPage(page, PATHS.check)
    await page.getByRole('button', { name: ui('check.button'), exact: true }).click()
    await waitForPage(page, BEFORE_SEND_PATH)
    await pressEnterOn(page, page.getByRole('button', { name: ui('beforeSend.button'), exact: true }))
    await waitForPage(page, PATHS.letters, { headingFocused: false })
    await page.getByRole('heading', { name: ui('letters.readyTitle') }).waitFor({ timeout: 90_000 })
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('the server sends the security headers, and no other site can frame the app', async () => {
  const { context, page } = await openPage(DESKTOP)
  try {
    for (const path of ['/', PATHS.check, '/request.schema.json', '/sw.js']) {
      const response = await page.request.get(`${app.server.url}${path}`)
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(response.headers()[name.toLowerCase()], value, `${name} on ${path}`)
    }
    const messages: string[] = []
    page.on('console', (m) => messages.push(m.text()))
    await page.goto(`${app.server.url}/`)
    await page.getByRole('heading', { level: 1, name: ui('start.title') }).waitFor()
    assert.deepEqual(messages.filter((m) => /Permissions-Policy|Content Security Policy|Cross-Origin/i.test(m)), [], 'the headers raise no warnings')

    // Another page (here a blank one) framing the app gets Chromium's error page instead.
    await page.goto('about:blank')
    await page.setContent(`<iframe src="${app.server.url}/privacy" title="app"></iframe>`)
    const framed = page.frames().find((f) => f !== page.mainFrame())
    assert.ok(framed, 'the frame exists')
    await page.waitForFunction(() => document.querySelector('iframe') !== null)
    await framed.waitForLoadState()
    assert.match(framed.url(), /^chrome-error:/, 'the app does not load inside a frame')
    assert.equal(await framed.getByText(ui('privacy.intro')).count(), 0)
  } finally {
    await context.close()
  }
})
