/**
 * Issue 10 §4 in the browser: beside each letter, a calendar reminder made on the device, by keyboard.
 * Its all-day event is on the day the page and the cover sheet give; its title never names the person
 * or the organisation, and the plain version leaves the organisation out of the description too.
 * Nothing is fetched for it: every request the page makes is to this site, or a blob: URL; and after
 * one visit it all works with the network off.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { appUnderTest, openPage, ROOT } from './harness.ts'
import { assertAccessible } from './helpers/a11y.ts'
import { alarms, allDayStart, eventProperty, unescapeText } from '../helpers/ics.ts'
import { makeLetters, PATHS } from './helpers/journey.ts'
import { tabTo, tick } from './helpers/keyboard.ts'
import { goOffline } from './helpers/offline.ts'
import { keepIfAsked } from './helpers/pages.ts'
import { ui } from './helpers/people.ts'
import { PHONE, Shots } from './helpers/shots.ts'

const app = appUnderTest()

/** Tabs to a reminder link, presses Enter, and returns the file's name and text. */
async function downloadWithKeyboard(page: Page, name: string): Promise<{ fileName: string; text: string }> {
  const link = page.getByRole('link', { name: `${ui('letters.calendar.download')} ${ui('letters.calendar.downloadFor', { name })}`, exact: true })
  await tabTo(page, link)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.keyboard.press('Enter')])
  const file = join(mkdtempSync(join(tmpdir(), 'wth-ics-')), download.suggestedFilename())
  await download.saveAs(file)
  return { fileName: download.suggestedFilename(), text: readFileSync(file, 'utf8') }
}

test('offline, each letter offers a calendar reminder on its reply-by day, with or without the organisation', async () => {
  const { page, errors } = await openPage(app.browser, { ...PHONE, serviceWorkers: 'allow' })
  const shots = new Shots('calendar')
  const elsewhere: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(app.server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) elsewhere.push(url)
  })
  try {
    await page.goto(`${app.server.url}/`)
    await goOffline(page)
    // The young person emailed both letters on Monday 23 November 2026: both must reply by Wednesday 23 December.
    await page.getByLabel(ui('start.loadLabel')).setInputFiles(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'))
    await keepIfAsked(page, PATHS.check)
    await makeLetters(page)

    const police = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'South Wales Police', exact: true }) })
    assert.match(await police.innerText(), new RegExp(ui('letters.deadline', { date: '23 December 2026' }).replace('.', '\\.')))
    assert.match(await police.innerText(), new RegExp(ui('letters.calendar.intro', { date: '23 December 2026' }).replace(/[.]/g, '\\.')))
    await shots.take(page, 'letters-with-reminders')

    const full = await downloadWithKeyboard(page, 'South Wales Police')
    assert.equal(full.fileName, 'letter-01-south-wales-police.ics')
    assert.match(full.text, /^BEGIN:VCALENDAR\r\n/)
    assert.equal(allDayStart(full.text), '2026-12-23')
    assert.equal(eventProperty(full.text, 'DTEND')?.value, '20261224')
    assert.equal(alarms(full.text).length, 1)
    assert.equal(alarms(full.text)[0]?.TRIGGER, '-P2DT15H')
    const title = unescapeText(eventProperty(full.text, 'SUMMARY')!.value)
    assert.doesNotMatch(title, /Siân|Evans|South Wales|Police/)
    assert.doesNotMatch(full.text.replace(/\r\n[ \t]/g, ''), /Siân|Evans|Sian|Shan/)
    assert.match(unescapeText(eventProperty(full.text, 'DESCRIPTION')!.value), /^South Wales Police must reply/)

    // The plain version, chosen by keyboard for this letter alone.
    const plainBox = police.getByRole('checkbox', { name: ui('letters.calendar.plain', { name: 'South Wales Police' }) })
    await tick(page, plainBox)
    await shots.take(page, 'plain-reminder-chosen')
    await assertAccessible(page, 'the letters page with its calendar reminders')
    const plain = await downloadWithKeyboard(page, 'South Wales Police')
    assert.equal(allDayStart(plain.text), '2026-12-23')
    assert.equal(unescapeText(eventProperty(plain.text, 'SUMMARY')!.value), title)
    assert.doesNotMatch(plain.text.replace(/\r\n[ \t]/g, ''), /South Wales|Police/)
    assert.match(unescapeText(eventProperty(plain.text, 'DESCRIPTION')!.value), /^They must reply/)

    // The other letter keeps its own choice: its reminder still names the council.
    const council = await downloadWithKeyboard(page, 'City of Cardiff Council')
    assert.equal(allDayStart(council.text), '2026-12-23')
    assert.match(unescapeText(eventProperty(council.text, 'DESCRIPTION')!.value), /^City of Cardiff Council must reply/)

    assert.deepEqual(elsewhere, [], 'nothing is fetched from anywhere else')
    assert.deepEqual(errors, [])
  } finally {
    await page.context().close()
  }
})
