/**
 * Issue 8 §4, addresses abroad, in the built app: a previous address in Germany takes its country from the
 * address boxes and a German postcode, a wrong one is named in plain words, a UK postcode typed in small
 * letters prints in capitals with one space, and the letter ends the German address with its country.
 * The page's clock is pinned to the answers file's date.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { appUnderTest, openPage, ROOT } from './harness.ts'
import { PATHS, textbox } from './helpers/journey.ts'
import { tabTo, typeInto } from './helpers/keyboard.ts'
import { downloadLetters, goTo, keepIfAsked, submit } from './helpers/pages.ts'
import { flat, pdfText } from './helpers/pdf.ts'
import { errorText, ui } from './helpers/people.ts'
import { PHONE, Shots } from './helpers/shots.ts'

const app = appUnderTest()


/** Replaces what a box holds, by keyboard: select all, then type. */
async function retype(page: Page, box: ReturnType<Page['locator']>, text: string): Promise<void> {
  await tabTo(page, box)
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  if (text !== '') await typeInto(page, box, text)
}


// At the phone width; the screenshots are taken at the desktop width too.
test('an address abroad: its country, its own postcode format, and the letter ends with the country', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE)
  await context.clock.setFixedTime(new Date('2026-11-23T12:00:00Z'))
  const shots = new Shots('addresses')
  try {
    await page.goto(`${app.server.url}/`)
    await page.getByLabel(ui('start.loadLabel')).setInputFiles(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'))
    await keepIfAsked(page, PATHS.check)

    // The current address: a UK postcode typed in small letters, without its space.
    await goTo(page, app.server.url, PATHS.address)
    const current = page.getByRole('group', { name: ui('address.title.self') })
    const country = current.getByRole('combobox', { name: ui('address.country'), exact: true })
    assert.equal(await country.inputValue(), '', 'a UK address shows the UK, the first choice')
    assert.equal((await country.locator('option:checked').textContent())?.trim(), ui('address.countryUk'))
    await retype(page, textbox(current, ui('address.postcode')), 'cf101aa')
    await submit(page)
    await page.waitForFunction((from) => location.pathname !== from, PATHS.address)

    // A previous address in Germany, first with a postcode too short for Germany.
    await goTo(page, app.server.url, PATHS.previousAddresses)
    const previous = page.getByRole('group', { name: ui('previousAddresses.legend', { n: 1 }) })
    await retype(page, textbox(previous, ui('address.line1')), 'Hauptstraße 1')
    await retype(page, textbox(previous, ui('address.town')), 'Berlin')
    await retype(page, textbox(previous, ui('address.postcodeOptional')), '1011')
    const previousCountry = previous.getByRole('combobox', { name: ui('address.country'), exact: true })
    await tabTo(page, previousCountry)
    await previousCountry.selectOption({ label: 'Germany' })
    await submit(page)
    const wrong = errorText('postcodeAbroadLike', { country: 'Germany', example: '10115' })
    const summary = page.locator('.error-summary')
    await summary.getByRole('link', { name: wrong }).waitFor({ timeout: 15_000 })
    // The message stands by the box too, and the box says it is wrong.
    const postcode = textbox(previous, ui('address.postcodeOptional'))
    assert.equal(await postcode.getAttribute('aria-invalid'), 'true')
    assert.match(await previous.innerText(), new RegExp(wrong))
    await shots.take(page, 'previous-address-abroad-error')

    await retype(page, postcode, '10115')
    await submit(page)
    await page.waitForFunction((from) => location.pathname !== from, PATHS.previousAddresses)

    await goTo(page, app.server.url, PATHS.check)
    await page.locator('main').getByText(/Germany/).first().waitFor()
    const answers = await page.locator('main').innerText()
    assert.match(answers, /CF10 1AA/)
    assert.match(answers, /Hauptstraße 1, Berlin, 10115, Germany/)
    await shots.take(page, 'check-answers')

    const file = await downloadLetters(page)
    const text = flat(pdfText(file))
    assert.match(text, /Address: 12 Example Road, Cardiff, CF10 1AA/)
    assert.match(text, /Previous address: Hauptstraße 1, Berlin, 10115, Germany/)
    assert.doesNotMatch(text, /cf101aa/i)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
