/**
 * Issue 8 §4: the sending method is chosen per letter. Where the one way the person chose does not
 * reach a body we know other ways into, the sending page asks for that letter alone, its own ways in
 * first; the letter and its cover sheet then speak of that way only.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { appUnderTest, openPage, ROOT } from './harness.ts'
import { PATHS } from './helpers/journey.ts'
import { waitForKept } from './helpers/storage.ts'
import { chooseRadio } from './helpers/keyboard.ts'
import { downloadLetters, goTo, keepIfAsked, submit } from './helpers/pages.ts'
import { flat, pdfText } from './helpers/pdf.ts'
import { ui } from './helpers/people.ts'
import { PHONE, Shots } from './helpers/shots.ts'

const app = appUnderTest()



test('a letter to a body with no email address can go its own way in, chosen for that letter alone', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE)
  await context.clock.setFixedTime(new Date('2026-11-23T12:00:00Z'))
  const shots = new Shots('sending-each')
  try {
    await page.goto(`${app.server.url}/`)
    // The young person chose email for both letters; South Wales Police has only an online form that we know of.
    await page.getByLabel(ui('start.loadLabel')).setInputFiles(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'))
    await keepIfAsked(page, PATHS.check)
    await goTo(page, app.server.url, PATHS.sending)
    const own = page.getByRole('group', { name: ui('sending.each.legend', { name: 'South Wales Police' }) })
    await own.waitFor()
    // Its own way in is offered first; the way chosen for all stays the answer until the person changes it.
    const radios = await own.getByRole('radio').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    assert.equal(radios[0], 'online-form')
    assert.equal(await own.getByRole('radio', { name: ui('sending.each.same.email'), exact: true }).isChecked(), true)
    await chooseRadio(page, own.getByRole('radio', { name: ui('sending.option.online-form'), exact: true }))
    // Cardiff Council: we know no way in, so the one way chosen stands and nothing more is asked.
    assert.equal(await page.getByRole('group', { name: ui('sending.each.legend', { name: 'City of Cardiff Council' }) }).count(), 0)
    await shots.take(page, 'sending-each-letter')
    await submit(page)
    await page.waitForFunction((from) => location.pathname !== from, PATHS.sending)
    // The choice is kept on the device before the page is opened again.
    await waitForKept(page, (k) => JSON.stringify(k.draft ?? {}).includes('"sendBy":"online-form"'), 'the way chosen for South Wales Police')

    await goTo(page, app.server.url, PATHS.check)
    const file = await downloadLetters(page)
    const text = flat(pdfText(file))
    assert.match(text, /I am sending it through your online form on 23 November 2026/)
    assert.match(text, /Use their online form/)
    assert.match(text, /I am sending it by email on 23 November 2026/, 'the other letter keeps the way chosen for all')
    assert.doesNotMatch(text, /You said you would send it by email, but we do not know an email address for South Wales Police/)

    // The person can still say they have an email address for them.
    await goTo(page, app.server.url, PATHS.sending)
    await chooseRadio(page, page.getByRole('group', { name: ui('sending.each.legend', { name: 'South Wales Police' }) }).getByRole('radio', { name: ui('sending.each.same.email'), exact: true }))
    await submit(page)
    await page.waitForFunction((from) => location.pathname !== from, PATHS.sending)
    await waitForKept(page, (k) => !JSON.stringify(k.draft ?? {}).includes('"sendBy":"online-form"'), 'the way chosen for all, again for South Wales Police')
    await goTo(page, app.server.url, PATHS.check)
    const again = flat(pdfText(await downloadLetters(page)))
    assert.doesNotMatch(again, /through your online form/)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
