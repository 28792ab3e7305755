/**
 * Issue 11, plain English: legal words are explained once, on /glossary, and the pages link to them.
 * A link opens the glossary in a new tab at its word, so the page it came from keeps what was typed.
 * Screenshots go to /tmp/shots-journeys/glossary-*.png.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { assertAccessible } from './helpers/a11y.ts'
import { appUnderTest, openPage as openAppPage, ROOT } from './harness.ts'
import { PATHS } from './helpers/journey.ts'
import { answerKeepQuestion } from './helpers/keep.ts'
import { ui } from './helpers/people.ts'
import { PHONE, Shots } from './helpers/shots.ts'

const app = appUnderTest()
const FIXTURE = join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json')

test('a legal word on check your answers opens its glossary entry in a new tab, and the answers stay', async () => {
  const { context, page, errors } = await openAppPage(app.browser, PHONE)
  try {
    const shots = new Shots('glossary-360')
    await page.goto(`${app.server.url}/`)
    await page.getByLabel(ui('start.loadLabel'), { exact: true }).setInputFiles(FIXTURE)
    await answerKeepQuestion(page, 'keep', PATHS.check)
    const link = page.getByRole('link', { name: `personal data ${ui('app.opensNewTab')}`, exact: true })
    await shots.take(page, 'check-answers')
    await assertAccessible(page, 'check your answers with its glossary links')

    const [glossary] = await Promise.all([context.waitForEvent('page'), link.click()])
    await glossary.waitForURL(/\/glossary#personal-data$/)
    const heading = glossary.getByRole('heading', { level: 2, name: 'Personal data', exact: true })
    await heading.waitFor()
    assert.equal(await heading.evaluate((el) => el === document.activeElement), true, 'the word asked for has focus')
    assert.equal(await glossary.title(), ui('app.title', { page: ui('glossary.title') }))
    await shots.take(glossary, 'glossary')
    await assertAccessible(glossary, 'the glossary page')

    // A word half way down needs the page scrolled; the sticky quick exit bar must not cover it (WCAG 2.4.11).
    await glossary.goto(`${app.server.url}/glossary#time-limit`)
    const word = glossary.getByRole('heading', { level: 2, name: 'Time limit', exact: true })
    await word.waitFor()
    assert.equal(await word.evaluate((el) => el === document.activeElement), true, 'the word has focus')
    const [bar, box] = [await glossary.locator('.quick-exit').boundingBox(), await word.boundingBox()]
    assert.ok(bar && box && box.y >= bar.y + bar.height, `the word is below the quick exit bar: ${JSON.stringify({ bar, box })}`)
    assert.ok(await glossary.evaluate(() => window.scrollY > 0), 'the page scrolled to it')

    assert.equal(new URL(page.url()).pathname, PATHS.check, 'the first tab stays on check your answers')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
