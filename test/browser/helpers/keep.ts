/**
 * The keep-answers question: asked before any answer is kept, so every journey meets it once, on
 * the first question page it opens (a loaded file meets it on the way to check your answers).
 */
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { chooseRadio, pressEnterOn, waitForPage } from './keyboard.ts'
import { ui } from './people.ts'

export const KEEP_PATH = '/keep-your-answers'

/**
 * Answers "Do you want to keep your answers on this device?" by keyboard, and waits for `then`.
 * `headingFocused: false` when focus is elsewhere (on an error summary, say).
 */
export async function answerKeepQuestion(page: Page, choice: 'keep' | 'forget', then: string, options: { headingFocused?: boolean } = {}): Promise<void> {
  await waitForPage(page, KEEP_PATH, options)
  assert.equal(await page.getByRole('heading', { level: 1 }).first().textContent(), ui('keep.title'))
  await chooseRadio(page, page.getByRole('radio', { name: ui(`keep.option.${choice}`), exact: true }))
  await pressEnterOn(page, page.getByRole('button', { name: ui('app.continue'), exact: true }))
  await waitForPage(page, then)
}
