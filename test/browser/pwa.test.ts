/**
 * Issue 4: installable, works offline, updates without losing answers, and nothing leaves the device.
 * Runs against the built app (dist/) in Debian's Chromium; the update test builds a second version.
 * Every context's clock is pinned (harness.ts), so the answers file's sending day is never past.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core'
import { appUnderTest, CHROMIUM_ARGS, freePort, newContext, pinClock, ROOT, startPreview } from './harness.ts'
import { goOffline, waitForServiceWorker } from './helpers/offline.ts'
import { answerKeepQuestion, KEEP_PATH } from './helpers/keep.ts'

const FIXTURE = join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json')
const NAME_PARTS = ['Siân', 'Llŷr', 'Evans', 'Sian', 'sian@example.org', '07700', 'CF10']

const app = appUnderTest()
const DIST = process.env.WTH_DIST ?? 'dist'

/** A loaded file meets the keep question first (unless already answered), then check your answers. */
async function loadAnswers(page: Page, choice: 'keep' | 'forget' = 'keep'): Promise<void> {
  await page.getByLabel('Load answers from a file').setInputFiles(FIXTURE)
  const check = page.getByRole('heading', { level: 1, name: /Check your answers/ })
  await check.or(page.getByRole('heading', { level: 1, name: /keep your answers/ })).waitFor()
  if (new URL(page.url()).pathname === KEEP_PATH) await answerKeepQuestion(page, choice, '/check-your-answers')
  await check.waitFor()
}

/** Loads an answers file on the start page and makes the letters; returns the downloaded PDF's text. */
async function loadFileAndMakeLetters(page: Page, base: string): Promise<{ text: string; fileName: string }> {
  await page.goto(`${base}/`)
  await loadAnswers(page)
  await page.getByRole('button', { name: 'Make your letters' }).click()
  await page.getByRole('heading', { level: 1, name: 'Before you send your letters' }).waitFor()
  await page.getByRole('button', { name: 'Make my letters' }).click()
  await page.getByRole('heading', { name: 'Your letters are ready' }).waitFor({ timeout: 60_000 })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download all letters/ }).or(page.getByRole('link', { name: /Download all letters/ })).click(),
  ])
  const file = join(mkdtempSync(join(tmpdir(), 'wth-pwa-')), 'all.pdf')
  await download.saveAs(file)
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  return { text, fileName: download.suggestedFilename() }
}

test('the manifest has what an installable app needs, and Chromium reports no installability errors', async () => {
  // Installability is not reported for incognito-like contexts, so this test uses a real profile.
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wth-profile-')), { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  await pinClock(context)
  const page = await context.newPage()
  await page.goto(`${app.server.url}/`)
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  assert.ok(href, 'index.html links a manifest')
  const manifest = JSON.parse(await (await page.request.get(new URL(href, app.server.url).toString())).text())
  assert.equal(manifest.name, 'What They Hold')
  assert.equal(manifest.display, 'standalone')
  assert.equal(manifest.start_url, '/')
  assert.equal(manifest.scope, '/')
  assert.ok(manifest.theme_color && manifest.background_color)
  const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)
  assert.deepEqual(sizes, ['192x192', '512x512', '512x512 maskable'])
  for (const icon of manifest.icons) assert.equal((await page.request.get(new URL(icon.src, app.server.url).toString())).status(), 200)
  await waitForServiceWorker(page)
  const cdp = await context.newCDPSession(page)
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
  assert.deepEqual(installabilityErrors, [])
  await context.close()
})

test('after one visit the app works with no network: reload, deep link, a whole journey and the PDF', async () => {
  const context = await newContext(app.browser, { serviceWorkers: 'allow' })
  const page = await context.newPage()
  await page.goto(`${app.server.url}/`)
  // Everything the journey needs must be stored before going offline.
  await goOffline(page)
  await page.goto(`${app.server.url}/what-it-is-about`)
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  const { text } = await loadFileAndMakeLetters(page, app.server.url)
  assert.match(text, /Siân Llŷr Evans/)
  assert.match(text, /section 45 of the Data Protection Act 2018/)
  await context.close()
})

test('nothing leaves the device: every request is a GET to our own origin with no personal data; no cookies; CSP holds', async () => {
  const context = await newContext(app.browser, { serviceWorkers: 'allow' })
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] }
    w.cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const requests: Request[] = []
  context.on('request', (r) => requests.push(r))
  const consoleErrors: string[] = []
  const page = await context.newPage()
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()) })
  page.on('pageerror', (e) => consoleErrors.push(String(e)))

  const response = await page.goto(`${app.server.url}/`)
  assert.match(response?.headers()['content-security-policy'] ?? '', /connect-src 'self'/)
  assert.match(await page.content(), /http-equiv="Content-Security-Policy"/)
  // Type answers page by page for a while, then load a file, make, download and open the letters to print.
  await page.getByRole('button', { name: 'Start now' }).or(page.getByRole('link', { name: 'Start now' })).click()
  await answerKeepQuestion(page, 'keep', '/who-is-asking', { headingFocused: false })
  await page.getByLabel('My own records').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.locator('#fullName').fill('Siân Llŷr Evans')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  const { fileName } = await loadFileAndMakeLetters(page, app.server.url)
  const popup = context.waitForEvent('page', { timeout: 10_000 }).catch(() => undefined)
  await page.getByRole('link', { name: 'Open all letters to print' }).or(page.getByRole('button', { name: 'Open all letters to print' })).click()
  await (await popup)?.waitForLoadState().catch(() => undefined)

  const origin = new URL(app.server.url).origin
  const offending = requests.filter((r) => {
    const url = r.url()
    // blob: and data: stay in memory; chrome-extension: is Chromium's own PDF viewer showing the letters to print.
    if (url.startsWith('blob:') || url.startsWith('data:') || url.startsWith('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/')) return false
    return new URL(url).origin !== origin || r.method() !== 'GET'
  })
  assert.deepEqual(offending.map((r) => `${r.method()} ${r.url()}`), [], 'only GETs to our own origin')
  for (const r of requests) {
    const seen = `${decodeURIComponent(r.url())} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`
    for (const part of NAME_PARTS) assert.ok(!seen.includes(part), `request carries "${part}": ${r.url()}`)
  }
  for (const part of ['Siân', 'Evans', 'Sian']) assert.ok(!fileName.includes(part), `file name ${fileName} carries the name`)
  assert.deepEqual(await context.cookies(), [], 'no cookies')
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }))
  assert.deepEqual(storage, { local: 0, session: 0 })
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort())
  for (const name of databases) assert.ok(name === 'what-they-hold' || name?.startsWith('workbox'), `unexpected database ${name}`)
  assert.deepEqual(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), [], 'no CSP violations')
  assert.deepEqual(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e)), [])
  await context.close()
})

test('"Clear everything from this device" leaves no answers behind', async () => {
  const context = await newContext(app.browser, { serviceWorkers: 'allow' })
  const page = await context.newPage()
  await page.goto(`${app.server.url}/`)
  await loadAnswers(page)
  assert.ok(await page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'what-they-hold')))
  await page.getByRole('link', { name: 'Clear everything from this device' }).click()
  await page.getByRole('button', { name: 'Yes, clear everything' }).click()
  await page.getByText('Everything you typed has been cleared from this device.').waitFor()
  await page.reload()
  const kept = await page.evaluate(() => new Promise<unknown>((resolve) => {
    const open = indexedDB.open('what-they-hold')
    open.onsuccess = () => {
      const db = open.result
      if (!db.objectStoreNames.contains('answers')) return resolve(undefined)
      const get = db.transaction('answers').objectStore('answers').get('draft')
      get.onsuccess = () => resolve(get.result)
    }
    open.onerror = () => resolve(undefined)
  }))
  assert.equal(kept, undefined, 'no draft after clearing')
  assert.equal(await page.getByText('You have answers saved on this device').count(), 0)
  await context.close()
})

let nextBuilt = false
/** A second build, told apart by its build name, to be served later on the same origin. */
function buildNextVersion(): void {
  if (nextBuilt) return
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--outDir', `${DIST}-next`, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT, env: { ...process.env, WTH_BUILD_ID: 'next' }, stdio: 'inherit',
  })
  assert.match(readFileSync(join(ROOT, `${DIST}-next`, 'index.html'), 'utf8'), /content="next"/)
  nextBuilt = true
}

async function updateKeepsAnswers(keepOnDevice: boolean): Promise<void> {
  buildNextVersion()
  // Both versions on one origin: the same port.
  const port = await freePort()
  const first = await startPreview(DIST, port)
  const context: BrowserContext = await newContext(app.browser, { serviceWorkers: 'allow' })
  const page = await context.newPage()
  await page.goto(`${first.url}/`)
  await waitForServiceWorker(page)
  await loadAnswers(page, keepOnDevice ? 'keep' : 'forget')
  await first.stop()

  const second = await startPreview(`${DIST}-next`, port)
  try {
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update() })
    await page.getByText('A new version of this site is ready.').first().waitFor({ timeout: 30_000 })
    // It waits for the person: no reload happens on its own.
    await page.waitForTimeout(1500)
    assert.equal(await page.locator('meta[name="what-they-hold-build"]').getAttribute('content'), 'main')
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()])
    await page.waitForFunction(() => document.querySelector('meta[name="what-they-hold-build"]')?.getAttribute('content') === 'next')
    // The reload lands on the same page, with every answer still there.
    await page.getByRole('heading', { level: 1, name: /Check your answers/ }).waitFor()
    await page.getByText('Siân Llŷr Evans').first().waitFor()
    // The organisations' names come once the directory has loaded: wait for them, do not count at once.
    await page.getByText('South Wales Police').first().waitFor({ timeout: 30_000 })
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'nothing left in session storage')
  } finally {
    await context.close()
    await second.stop()
  }
}

test('a new version waits for the person, and updating keeps every answer', () => updateKeepsAnswers(true))

test('updating keeps the answers of someone who chose not to keep them on this device', () => updateKeepsAnswers(false))
