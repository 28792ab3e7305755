/** Opening pages by address and making the letters, for tests that start from a loaded answers file. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { makeLetters } from './journey.ts'
import { answerKeepQuestion } from './keep.ts'
import { waitForKept } from './storage.ts'
import { pressEnterOn, tabTo, waitForPage } from './keyboard.ts'
import { ui } from './people.ts'

/**
 * A fresh browser meets the keep-answers question on the way from loading a file: keep them, so
 * pages can be opened by address. Waits for the question itself rather than guessing how long it takes,
 * then for the loaded answers to be written: the app does not await that write, and a page opened by
 * address before it lands would start from nothing.
 */
export async function keepIfAsked(page: Page, next: string): Promise<void> {
  await answerKeepQuestion(page, 'keep', next, { headingFocused: false })
  await waitForKept(page, (k) => k.keepAnswers === true && k.draft !== null, 'the loaded answers, kept')
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
