/**
 * Every page of the app in each of its states, for checks that must hold on all of them (axe, reflow,
 * forced colours, the accessibility tree). The list of pages is the step table (src/flow/steps.ts)
 * plus the page for an address we do not have, so a page added to the table is walked without
 * anyone adding it here. Each page is opened with answers that make it part of someone's journey:
 *
 * - empty: answers that bring the person to the page, none of its own yet;
 * - error: the empty page after its main action (Continue, "Make your letters", a file that is not
 *   an answers file on the start page), where that shows "There is a problem";
 * - filled: answers from the three people of test/fixtures/requests/ and their follow-ups.
 *
 * Answers are put straight into the app's IndexedDB (as if kept on an earlier visit), then pages are
 * opened inside the running app (as its own links do), so one load serves many pages.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { pathFor, type StepId } from '../../../src/flow/steps.ts'
import { answersFor, EMPTY, FILLED, PAGE_IDS, pathOf, SENT_INSTEAD, UNASKED, type Answers, type PageId, type StateName } from '../../helpers/page-answers.ts'
import { ROOT } from '../harness.ts'

export { PAGE_IDS, type PageId, type StateName }

/** An interface language: its locale (the browser's too) and its words. */
export interface Language {
  /** BCP 47 tag, as the page's `<html lang>` must say it and as the content files are named. */
  locale: string
  /**
   * The link, on every page, that switches the interface to this language; none for the language a
   * fresh browser starts in. Pressed after each page load that is not already in this language.
   */
  switchLink?: string
}

/** Where each language's interface words are: ui.<locale>.json. */
const CONTENT_DIR = join(ROOT, 'src', 'content')

/** A string from the language's interface words, {placeholders} filled. */
export function words(language: Language, key: string, vars: Record<string, string | number> = {}): string {
  const catalogue = catalogues.get(language.locale) ?? (JSON.parse(readFileSync(join(CONTENT_DIR, `ui.${language.locale}.json`), 'utf8')) as Record<string, unknown>)
  catalogues.set(language.locale, catalogue)
  const value = catalogue[key]
  if (typeof value !== 'string') throw new Error(`no ${language.locale} text "${key}"`)
  return value.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))
}
const catalogues = new Map<string, Record<string, unknown>>()

export interface Visit {
  id: PageId
  state: StateName
  /** The address asked for; where the page is in this state (it may be SENT_INSTEAD). */
  path: string
  landed: string
  answers: string
  /** "en-GB subject-name (error)", for messages. */
  label: string
}

const DB = 'what-they-hold'
const STORE = 'answers'
const SEED_PATH = '/__a11y-seed'

/**
 * A context to walk pages in: the seeding page answers from the test (never the network), and no
 * service worker, so every page comes from the server being tested.
 */
export async function prepareContext(context: BrowserContext, baseUrl: string): Promise<void> {
  await context.route(`${baseUrl}${SEED_PATH}`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }))
}

/** Replaces what the app keeps in this browser with `answers`, from a blank page of the same origin. */
async function seed(page: Page, baseUrl: string, answers: Answers): Promise<void> {
  await page.goto(`${baseUrl}${SEED_PATH}`)
  await page.evaluate(
    async ({ db, store, draft, kept }) => {
      await new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase(db)
        del.onsuccess = () => resolve()
        del.onerror = () => reject(del.error)
      })
      if (!kept) return
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db)
        open.onupgradeneeded = () => open.result.createObjectStore(store)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite')
          tx.objectStore(store).put(draft, 'draft')
          tx.objectStore(store).put(true, 'keep-answers')
          tx.objectStore(store).put(1, 'revision')
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      })
    },
    { db: DB, store: STORE, draft: answers.draft, kept: answers.kept },
  )
}

/** Two animation frames: laid out and painted. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

/** Waits for a page of the app at one of `paths` to be fully shown: its h1, nothing loading, letters made. */
async function waitForShown(page: Page, paths: string[], what: string): Promise<string> {
  try {
    await page.waitForFunction(
      ({ want, letters }) => {
        if (!want.includes(location.pathname)) return false
        if (document.querySelector('main .loading')) return false
        if (!document.querySelector('main h1')) return false
        // The letters page is shown once its letters are made (or it says why not).
        if (location.pathname === letters) return document.querySelector('main a[download], main .error-summary, main .panel') !== null
        return true
      },
      { want: paths, letters: pathFor('letters') },
      { timeout: 60_000 },
    )
  } catch {
    throw new Error(`${what}: expected ${paths.join(' or ')}, on ${new URL(page.url()).pathname} with heading "${await page.locator('h1').first().textContent().catch(() => '')}"`)
  }
  await settle(page)
  return new URL(page.url()).pathname
}

/** Opens a path inside the running app, as its own links do (History API, popstate, back to the top). */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate'))
    scrollTo(0, 0)
  }, path)
}

/** Switches the interface to the language by its link, unless the page is in it already. */
async function useLanguage(page: Page, language: Language): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.lang)) === language.locale || !language.switchLink) return
  await page.getByRole('link', { name: language.switchLink, exact: true }).first().press('Enter')
  await page.waitForFunction((locale) => document.documentElement.lang === locale, language.locale)
}

/**
 * The page's main action, to bring up its errors: returns false when it has none. Never the
 * "Clear everything" button, which would end the walk's answers.
 */
async function pressMainAction(page: Page): Promise<boolean> {
  const main = page.locator('main')
  const file = main.locator('input[type="file"]')
  if ((await file.count()) > 0) {
    await file.first().setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from('not an answers file') })
    return true
  }
  const submit = main.locator('form button[type="submit"]')
  if ((await submit.count()) > 0) {
    await submit.last().press('Enter')
    return true
  }
  const primary = main.locator('button.button--primary')
  if ((await primary.count()) > 0) {
    await primary.first().press('Enter')
    return true
  }
  return false
}

export interface Walked {
  visits: Visit[]
  /** Pages with no error state: nothing to press, or pressing it with nothing given moved on. */
  noErrors: PageId[]
}

/**
 * Opens every page in each state in one tab and calls `check` on each. Pages are walked grouped by
 * their answers, so the answers are put in afresh only when they change (or a page moved on and may
 * have saved something).
 */
export async function walkEveryPage(page: Page, baseUrl: string, language: Language, check: (visit: Visit) => Promise<void>): Promise<Walked> {
  const visits: Visit[] = []
  const noErrors: PageId[] = []
  let current: Answers | undefined
  const plan = (['empty', 'filled'] as const).flatMap((state) => {
    const rows = PAGE_IDS.map((id) => ({ id, state, answers: answersFor(id, state) }))
    const order = state === 'empty' ? [UNASKED, ...EMPTY] : FILLED
    return rows.sort((a, b) => order.indexOf(a.answers) - order.indexOf(b.answers))
  })
  for (const { id, state, answers } of plan) {
    const path = pathOf(id, answers)
    const instead = SENT_INSTEAD[id]?.[state]
    const paths = [path, ...(instead ? [pathFor(instead as StepId)] : [])]
    const label = `${language.locale} ${id} (${state}, ${answers.name})`
    if (current !== answers) {
      await seed(page, baseUrl, answers)
      await page.goto(`${baseUrl}${path}`)
      current = answers
    } else {
      await openInApp(page, path)
    }
    let landed = await waitForShown(page, paths, label)
    if (language.switchLink) {
      await useLanguage(page, language)
      landed = await waitForShown(page, paths, label)
    }
    // Sent where SENT_INSTEAD says: that page is walked in its own right.
    if (landed !== path) continue
    // Checked as it opens, at its top (a page opened by Playwright after another can keep a scroll).
    await page.evaluate(() => scrollTo(0, 0))
    const visit: Visit = { id, state, path, landed, answers: answers.name, label }
    visits.push(visit)
    await check(visit)
    if (state !== 'empty') continue

    // The error state: the main action with nothing given.
    const before = await page.evaluate(() => location.pathname)
    if (!(await pressMainAction(page))) {
      noErrors.push(id)
      continue
    }
    const outcome = await page
      .waitForFunction((from) => (document.querySelector('.error-summary') ? 'errors' : location.pathname !== from ? 'moved' : false), before, { timeout: 20_000 })
      .then((h) => h.jsonValue())
      .catch(() => 'stayed')
    if (outcome !== 'errors') {
      noErrors.push(id)
      // Moving on may have saved an answer: the next page gets its answers afresh.
      current = undefined
      continue
    }
    // The summary takes focus once it is shown.
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), undefined, { timeout: 5000 }).catch(() => undefined)
    await settle(page)
    const errorVisit: Visit = { ...visit, state: 'error', label: `${language.locale} ${id} (error, ${answers.name})` }
    visits.push(errorVisit)
    await check(errorVisit)
  }
  return { visits, noErrors }
}
