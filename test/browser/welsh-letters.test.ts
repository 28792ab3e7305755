/**
 * Issue 11 §2 in the browser: from an English interface, the young person makes the letter to South
 * Wales Police Welsh from check your answers, by keyboard; the PDF worker writes it with the Welsh
 * templates and words, and the letter to Cardiff Council stays English. In a Welsh interface, the
 * calendar reminders and the file of all letters are titled in Welsh.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { appUnderTest, openPage, ROOT } from './harness.ts'
import { PATHS } from './helpers/journey.ts'
import { chooseRadio, pressEnterOn, waitForPage } from './helpers/keyboard.ts'
import { downloadLetters, keepIfAsked, submit } from './helpers/pages.ts'
import { words } from './helpers/page-states.ts'
import { flat, pdfText } from './helpers/pdf.ts'
import { ui } from './helpers/people.ts'
import { PHONE, Shots } from './helpers/shots.ts'

const app = appUnderTest()

test('a letter made Welsh from check your answers is written in Welsh, and the other stays English', async () => {
  const { page, errors } = await openPage(app.browser, PHONE)
  const shots = new Shots('welsh-letters')
  try {
    await page.goto(`${app.server.url}/`)
    await page.getByLabel(ui('start.loadLabel')).setInputFiles(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'))
    await keepIfAsked(page, PATHS.check)
    assert.match(await page.locator('main').innerText(), new RegExp(ui('check.letterLanguage', { name: 'South Wales Police', language: ui('letterLanguage.option.en-GB') })))

    await pressEnterOn(page, page.getByRole('link', { name: `${ui('app.change')} ${ui('check.row.letterLanguage').toLowerCase()}`, exact: true }))
    await waitForPage(page, PATHS.letterLanguage)
    const police = page.getByRole('group', { name: ui('letterLanguage.legend', { name: 'South Wales Police' }), exact: true })
    await chooseRadio(page, police.getByRole('radio', { name: ui('letterLanguage.option.cy'), exact: true }))
    await shots.take(page, 'letter-language')
    await submit(page)
    await waitForPage(page, PATHS.check)
    assert.match(await page.locator('main').innerText(), new RegExp(ui('check.letterLanguage', { name: 'South Wales Police', language: ui('letterLanguage.option.cy') }).replace(/[()]/g, '\\$&')))

    const file = await downloadLetters(page)
    const text = flat(pdfText(file))
    // The file of all letters is titled in the page's language; its letters are in two, so it is tagged with the page's.
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    assert.match(info, /^Title:\s+Your letters$/m)
    // The page itself stays in the interface's language, about the Welsh letter too.
    const listed = await page.locator('main').innerText()
    assert.match(listed, new RegExp(ui('letters.deadline', { date: '23 December 2026' }).replace('.', '\\.')))
    assert.match(listed, /A copy of proof of your identity/)
    assert.doesNotMatch(listed, /Tachwedd|Rhagfyr|Copi o brawf/)
    const [welsh, english] = text.split('Sut i anfon eich llythyr at South Wales Police')[1]!.split('How to send your letter to')
    assert.match(welsh!, /Cais gwrthrych am wybodaeth yw hwn o dan adran 45 o Ddeddf Diogelu Data 2018, ac o dan Erthygl 15 o GDPR y DU/)
    assert.match(welsh!, /23 Tachwedd 2026/)
    assert.match(welsh!, /Ffurflen ar-lein/, 'the cover sheet says where to send it in Welsh')
    assert.doesNotMatch(welsh!, /Data Protection Act|November|December|Dear /)
    assert.match(english!, /subject access request under Article 15 of the UK GDPR/)
    assert.doesNotMatch(english!, /Deddf Diogelu Data|GDPR y DU|Tachwedd/)
    assert.deepEqual(errors, [])
  } finally {
    await page.context().close()
  }
})

test('in a Welsh interface, the calendar reminder and the file of all letters are in Welsh', async () => {
  const { page, errors } = await openPage(app.browser, PHONE)
  const cy = (key: string, vars: Record<string, string> = {}) => words({ locale: 'cy' }, key, vars)
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('link', { name, exact: true }).click()])
    return (await file.path())!
  }
  try {
    await page.goto(`${app.server.url}/`)
    await page.getByLabel(ui('start.loadLabel')).setInputFiles(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'))
    await keepIfAsked(page, PATHS.check)
    await page.getByRole('link', { name: 'Cymraeg', exact: true }).first().click()
    await page.waitForFunction(() => document.documentElement.lang === 'cy')
    await page.getByRole('button', { name: cy('check.button'), exact: true }).click()
    await waitForPage(page, PATHS.beforeSend, { headingFocused: false })
    await page.getByRole('button', { name: cy('beforeSend.button'), exact: true }).click()
    const all = await download(cy('letters.downloadAll'))
    assert.match(execFileSync('pdfinfo', [all], { encoding: 'utf8' }), /^Title:\s+Eich llythyrau$/m)
    const reminder = readFileSync(await download(`${cy('letters.calendar.download')} ${cy('letters.calendar.downloadFor', { name: 'South Wales Police' })}`), 'utf8')
    assert.match(reminder, /^SUMMARY:Ateb yn ddyledus: cais am ddata\r?$/m)
    assert.deepEqual(errors, [])
  } finally {
    await page.context().close()
  }
})
