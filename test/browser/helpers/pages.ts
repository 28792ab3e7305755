/** Opening pages by address and making the letters, for tests that start from a loaded answers file. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { makeLetters } from './journey.ts'
import { chooseRadio, pressEnterOn, tabTo, waitForPage } from './keyboard.ts'
import { ui } from './people.ts'

/** Where the app asks first whether to keep answers, keep them, so pages can be opened by address. */
export async function keepIfAsked(page: Page, next: string): Promise<void> {
  // The question can replace the next page a moment after that page shows, so give it time to come.
  await page.waitForURL((url) => url.pathname === '/keep-your-answers', { timeout: 5000 }).catch(() => undefined)
  if (new URL(page.url()).pathname !== '/keep-your-answers') return waitForPage(page, next, { headingFocused: false })
  await chooseRadio(page, page.getByRole('radio', { name: /^Yes, keep my answers/ }))
  await pressEnterOn(page, page.getByRole('button', { name: ui('app.continue'), exact: true }))
  await page.waitForFunction(() => location.pathname !== '/keep-your-answers')
}

/** Opens a page by address: the answers are kept on the device by then. */
export async function goTo(page: Page, baseUrl: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`)
  await waitForPage(page, path, { headingFocused: false })
}

export async function submit(page: Page): Promise<void> {
  await pressEnterOn(page, page.getByRole('button', { name: ui('app.continue'), exact: true }))
}

/** From check your answers: makes the letters and saves "Download all letters" to a file. */
export async function downloadLetters(page: Page): Promise<string> {
  const { downloadAll } = await makeLetters(page)
  await tabTo(page, downloadAll)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')])
  const file = join(mkdtempSync(join(tmpdir(), 'wth-letters-')), 'letters.pdf')
  await download.saveAs(file)
  return file
}
