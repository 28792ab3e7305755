/**
 * Issue 10 §5 in the browser, by keyboard: the answers file saved locked with a passphrase (the real
 * 600,000 iterations, in the page's own WebCrypto), then loaded in a fresh browser: a wrong
 * passphrase gets the one plain sentence, the right one opens the answers. The plain file stays the default.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { appUnderTest, openPage, ROOT } from './harness.ts'
import { assertAccessible } from './helpers/a11y.ts'
import { catchFileChoosers, loadAnswersFile, PATHS } from './helpers/journey.ts'
import { isFocused, pressEnterOn, tick, typeInto, waitForPage } from './helpers/keyboard.ts'
import { goOffline } from './helpers/offline.ts'
import { keepIfAsked } from './helpers/pages.ts'
import { errorText, ui } from './helpers/people.ts'
import { PHONE, Shots } from './helpers/shots.ts'

const app = appUnderTest()
const PASSPHRASE = 'blue kettle under the stairs'
const WRONG = 'That passphrase does not open this file. Check it and try again.'

async function save(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    pressEnterOn(page, page.getByRole('button', { name: ui('letters.save'), exact: true })),
  ])
  const file = join(mkdtempSync(join(tmpdir(), 'wth-locked-')), download.suggestedFilename())
  await download.saveAs(file)
  return file
}

test('offline, answers saved locked with a passphrase open again only with it', async () => {
  const first = await openPage(app.browser, { ...PHONE, serviceWorkers: 'allow' })
  const shots = new Shots('locked')
  let lockedFile: string
  try {
    const page = first.page
    await page.goto(`${app.server.url}/`)
    await goOffline(page)
    await page.getByLabel(ui('start.loadLabel')).setInputFiles(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'))
    await keepIfAsked(page, PATHS.check)

    // Plain is the default: no passphrase boxes until the box is ticked.
    assert.equal(await page.getByLabel(ui('saveFile.passphrase'), { exact: true }).count(), 0)
    await tick(page, page.getByRole('checkbox', { name: ui('saveFile.lock'), exact: true }))
    const passphrase = page.getByLabel(ui('saveFile.passphrase'), { exact: true })
    const again = page.getByLabel(ui('saveFile.passphraseAgain'), { exact: true })
    assert.equal(await passphrase.getAttribute('type'), 'password')

    // Nothing typed: told what to do, focus on the first box, no file.
    await pressEnterOn(page, page.getByRole('button', { name: ui('letters.save'), exact: true }))
    await page.getByText(errorText('passphraseEmpty')).first().waitFor()
    assert.ok(await isFocused(passphrase), 'focus moves to the passphrase box')
    await typeInto(page, passphrase, PASSPHRASE)
    await typeInto(page, again, 'blue kettle under the stair')
    await pressEnterOn(page, page.getByRole('button', { name: ui('letters.save'), exact: true }))
    await page.getByText(errorText('passphraseMismatch')).first().waitFor()
    assert.ok(await isFocused(again), 'focus moves to the box that does not match')
    await shots.take(page, 'passphrases-differ')
    await assertAccessible(page, 'check your answers with the passphrase boxes and their errors')
    await typeInto(page, again, PASSPHRASE)

    lockedFile = await save(page)
    await page.getByText(ui('saveFile.lockedSaved')).waitFor()
    assert.equal(lockedFile.endsWith(ui('saveFile.lockedFileName')), true)
    const text = readFileSync(lockedFile, 'utf8')
    const envelope = JSON.parse(text) as { whatTheyHold: string; kdf: { iterations: number }; cipher: { name: string } }
    assert.equal(envelope.whatTheyHold, 'locked-answers')
    assert.equal(envelope.kdf.iterations, 600_000)
    assert.equal(envelope.cipher.name, 'AES-GCM')
    assert.doesNotMatch(text, /Siân|Evans|South Wales|what-they-hold\/request/)
    assert.deepEqual(first.errors, [])
  } finally {
    await first.context.close()
  }

  // A fresh browser, with nothing kept, offline after one visit: load the locked file.
  const second = await openPage(app.browser, { ...PHONE, serviceWorkers: 'allow' })
  try {
    const page = second.page
    catchFileChoosers(page)
    await page.goto(`${app.server.url}/`)
    await goOffline(page)
    await loadAnswersFile(page, lockedFile)
    const box = page.getByLabel(ui('start.passphraseLabel'), { exact: true })
    await box.waitFor()
    assert.ok(await isFocused(box), 'the passphrase question takes focus')
    assert.equal(await box.getAttribute('type'), 'password')

    // Nothing typed: told what to do, before any work.
    await page.keyboard.press('Enter')
    const summary = page.locator('.error-summary')
    await summary.getByText(ui('start.passphraseEmpty')).waitFor()

    // A wrong passphrase: the one plain sentence, in the summary (which takes focus) and beside the box.
    await typeInto(page, box, 'blue kettle under the stairs!')
    await page.keyboard.press('Enter')
    await summary.getByText(WRONG).waitFor({ timeout: 30_000 })
    assert.ok(await isFocused(summary), 'the error summary takes focus')
    assert.match(await summary.innerText(), new RegExp(WRONG.replace(/[.]/g, '\\.')))
    assert.match(await page.locator('.form-group--error').innerText(), new RegExp(WRONG.replace(/[.]/g, '\\.')))
    assert.equal(new URL(page.url()).pathname, '/')
    await shots.take(page, 'wrong-passphrase')
    await assertAccessible(page, 'the start page asking for the passphrase, after a wrong one')

    await typeInto(page, box, PASSPHRASE)
    await page.keyboard.press('Enter')
    await keepIfAsked(page, PATHS.check)
    await waitForPage(page, PATHS.check, { headingFocused: false })
    assert.match(await page.locator('main').innerText(), /Siân Llŷr Evans/)
    assert.deepEqual(second.errors, [])
  } finally {
    await second.context.close()
  }
})
