// @vitest-environment jsdom
/**
 * Issue 11: "a pseudo-locale shows any text still written inline". Every page of the step table, with
 * answers that bring a person to it (empty and filled, then the error state of the empty page), is
 * shown in the pseudo-locale (src/i18n/pseudo.ts), where every word from a content file is accented.
 * Any plain a-z left on the page, in its title or in what a screen reader is told (aria-label,
 * title, alt, placeholder), is text written in the code instead of a content file, unless it is the
 * person's own answers or a name or detail from the directory.
 */
import '@testing-library/jest-dom/vitest'
import { cleanup, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/App.tsx'
import icoActions from '../../src/data/directory/ico-actions.json'
import { loadDirectory } from '../../src/directory/directory.ts'
import type { Draft } from '../../src/draft/draft.ts'
import { DEFAULT_LOCALE, PSEUDO_LOCALE } from '../../src/i18n/catalogues.ts'
import { loadLocale } from '../../src/i18n/load.browser.ts'
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../src/i18n/pseudo.ts'
import { setLocale } from '../../src/i18n/text.ts'
import { answersFor, PAGE_IDS, pathOf, SENT_INSTEAD, type Answers, type PageId } from '../helpers/page-answers.ts'

/** Every string in the answers: what the person typed is shown as typed. */
function stringsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value)
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, into))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, into))
  return into
}

/**
 * Strings that are data, not words of ours, longest first: the directory's own details (names,
 * aliases, addresses, ways in, sources) and the ICO's actions against bodies, as the sources word
 * them. Its codes and ids ("police", "police:south-wales") are left out, so the same word written in
 * the code is still found.
 */
const DIRECTORY_TEXT = [...stringsIn(loadDirectory().all), ...stringsIn(icoActions)].filter(isWords)

/** Text a person could read, not a code or id ("self", "police:south-wales"). */
function isWords(text: string): boolean {
  return text.trim().length >= 2 && !/^[a-z0-9_-]+(?::[a-z0-9_-]+)?$/.test(text)
}

/** Takes every data string out of a piece of text. */
function withoutData(piece: string, data: readonly string[]): string {
  let rest = piece
  for (const text of data) if (rest.includes(text)) rest = rest.split(text).join('\n')
  return rest
}

/** A text with every pseudo message taken out. */
function withoutMessages(text: string): string {
  const open = PSEUDO_OPEN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const close = PSEUDO_CLOSE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // Messages can hold values that hold messages: take out the innermost first.
  const inner = new RegExp(`${open}[^${open}${close}]*${close}`, 'g')
  let rest = text
  for (let before = ''; before !== rest; ) {
    before = rest
    rest = rest.replace(inner, '\n')
  }
  return rest
}

/**
 * The pieces of a text that still hold plain letters: separators (commas, brackets, bullets, line
 * ends) split it, so an address joined by the code is checked a line at a time.
 */
function splitPieces(text: string): string[] {
  return text
    .split(/[\n,;()[\]·•|–—]+/)
    .map((piece) => piece.trim())
    .filter((piece) => /[A-Za-z]/.test(piece))
}

/** Text on the page that is not from a content file, the answers or the directory. */
function inlineText(answers: Draft): string[] {
  const data = [...stringsIn(answers)].filter(isWords).concat(DIRECTORY_TEXT).sort((a, b) => b.length - a.length)
  const found: string[] = []
  const check = (where: string, text: string | null | undefined) => {
    for (const piece of splitPieces(withoutData(withoutMessages(text ?? ''), data))) found.push(`${where}: "${piece}"`)
  }
  check('title', document.title)
  // A part of the page in another language on purpose ("Cymraeg" on the language link) is left out.
  const inOwnLanguage = (node: Node) => (node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? PSEUDO_LOCALE) === PSEUDO_LOCALE
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  let text = ''
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!inOwnLanguage(node) || node.parentElement?.closest('script, style, [hidden]')) continue
    // Text nodes side by side are one piece of text (React splits a message with a value in it).
    const block = node.parentElement?.closest('p, li, h1, h2, h3, h4, label, legend, dt, dd, button, a, span, div, td, th, caption, summary, option')
    text += block && node.nextSibling === null ? `${node.textContent}\n` : (node.textContent ?? '')
  }
  check('text', text)
  for (const element of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    if (element.closest('[lang]')?.getAttribute('lang') !== PSEUDO_LOCALE && element.closest('[lang]')) continue
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) check(`${element.tagName.toLowerCase()} ${name}`, element.getAttribute(name))
  }
  return [...new Set(found)]
}

const SLOW = 10_000

/** Opens the app at a page with the answers, and waits until it is shown: its h1, nothing loading. */
async function openPage(path: string, answers: Answers, paths: string[]): Promise<string> {
  window.history.replaceState(null, '', path)
  render(<App initialDraft={answers.draft} />)
  await expect
    .poll(() => paths.includes(window.location.pathname) && document.querySelector('main h1') !== null && document.querySelector('main .loading') === null, { timeout: SLOW })
    .toBe(true)
  // One more turn for what loads after the heading (the directory's names).
  await new Promise((resolve) => setTimeout(resolve, 50))
  return window.location.pathname
}

/** jsdom has no workers: this letter maker fails at once, so the letters page shows its failure (in words from a content file too). */
class FailingWorker extends EventTarget {
  postMessage(message: { id?: number }) {
    if (message.id !== undefined) setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: '' })), 0)
  }
  terminate() {}
}

beforeAll(async () => {
  vi.stubGlobal('Worker', FailingWorker)
  await loadLocale(PSEUDO_LOCALE)
  setLocale(PSEUDO_LOCALE)
  document.documentElement.lang = PSEUDO_LOCALE
})

/** How many pages were seen with their errors: the walk must reach them, not just the pages. */
let errorStates = 0

afterAll(() => {
  vi.unstubAllGlobals()
  cleanup()
  setLocale(DEFAULT_LOCALE)
})

describe('the check', () => {
  it('finds a sentence written in the code, in text and in a label, and lets the answers and the directory through', async () => {
    const answers: Answers = { name: 'a first visit', draft: { subject: { fullName: 'Siân Evans' } }, kept: true }
    await openPage('/', answers, ['/'])
    const main = document.querySelector('main')!
    main.insertAdjacentHTML('beforeend', '<p>Siân Evans wrote to <b>South Wales Police</b></p><button aria-label="Close this">×</button>')
    expect(inlineText(answers.draft)).toEqual(['text: "wrote to"', 'button aria-label: "Close this"'])
    cleanup()
  })
})

describe('every page in the pseudo-locale', () => {
  for (const state of ['empty', 'filled'] as const) {
    for (const id of PAGE_IDS as PageId[]) {
      it(`${id} (${state})`, async () => {
        cleanup()
        const answers = answersFor(id, state)
        const path = pathOf(id, answers)
        const instead = SENT_INSTEAD[id]?.[state]
        const landed = await openPage(path, answers, instead ? [path, pathOf(instead, answers)] : [path])
        // The page is in the pseudo-locale (so the check below can see what is not).
        expect(document.querySelector('main h1')?.textContent).toContain(PSEUDO_OPEN)
        expect(inlineText(answers.draft), `${landed}`).toEqual([])
        if (state !== 'empty' || landed !== path) return
        // The error state: the page's main action with nothing given.
        const submit = [...document.querySelectorAll<HTMLButtonElement>('main form button[type="submit"]')].at(-1)
        if (!submit) return
        await userEvent.click(submit)
        await new Promise((resolve) => setTimeout(resolve, 50))
        expect(inlineText(answers.draft), `${landed} after pressing "${submit.textContent}"`).toEqual([])
        errorStates += document.querySelector('.error-summary') ? 1 : 0
      }, 20_000)
    }
  }

  it('reached the pages with their errors shown', () => {
    expect(errorStates).toBeGreaterThan(20)
  })
})
