/**
 * Issue 12 §4: the letter maker starts, and fetches its fonts from this site, while the person reads
 * check your answers, so "Make your letters" does not wait for them; and the letters it then makes are
 * whole. (How much time that saves is measured by npm run bench, never here.)
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { appUnderTest, pinClock, ROOT } from './harness.ts'
import { PATHS } from './helpers/journey.ts'
import { downloadLetters, keepIfAsked } from './helpers/pages.ts'
import { flat, pdfText } from './helpers/pdf.ts'
import { ui } from './helpers/people.ts'

const app = appUnderTest()

test('the letter maker loads its fonts while check your answers is read, before "Make your letters"', async () => {
  // No service worker: it would fetch every font on its own, and only the letter maker's fetches count here.
  const context = await app.browser.newContext({ serviceWorkers: 'block', acceptDownloads: true, locale: 'en-GB', timezoneId: 'Europe/London' })
  await pinClock(context)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  try {
    const fonts: string[] = []
    context.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/fonts/')) fonts.push(request.url())
    })
    const worker = page.waitForEvent('worker', { timeout: 10_000 })
    await page.goto(`${app.server.url}/`)
    await page.getByLabel(ui('start.loadLabel'), { exact: true }).setInputFiles(join(ROOT, 'test', 'fixtures', 'requests', 'advice-worker.json'))
    await keepIfAsked(page, PATHS.check)
    // Nothing is pressed: the page alone starts the worker, which asks this site for the two fonts.
    await worker
    const until = performance.now() + 10_000
    while (fonts.length < 2 && performance.now() < until) await page.waitForTimeout(50)
    assert.deepEqual(fonts.map((url) => new URL(url).pathname).sort(), ['/fonts/NotoSans-Bold.ttf', '/fonts/NotoSans-Regular.ttf'], 'the regular and bold fonts are fetched before anything is pressed')
    assert.ok(fonts.every((url) => url.startsWith(app.server.url)), 'from this site only')

    const text = flat(pdfText(await downloadLetters(page)))
    assert.match(text, /Kwame Mensah-Boateng/)
    assert.equal(fonts.length, 2, 'making the letters fetched no font again')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
