/**
 * Issue 11 §2 in the browser: from an English interface, the young person makes the letter to South
 * Wales Police Welsh from check your answers, by keyboard; the PDF worker writes it with the Welsh
 * templates and words, and the letter to Cardiff Council stays English.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { appUnderTest, openPage, ROOT } from './harness.ts'
import { PATHS } from './helpers/journey.ts'
import { chooseRadio, pressEnterOn, waitForPage } from './helpers/keyboard.ts'
import { downloadLetters, keepIfAsked, submit } from './helpers/pages.ts'
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

    const text = flat(pdfText(await downloadLetters(page)))
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
