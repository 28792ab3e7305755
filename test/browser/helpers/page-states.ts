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
import { fromRequest } from '../../../src/flow/convert.ts'
import type { Draft } from '../../../src/draft/draft.ts'
import { applies, isComplete, pathFor, STEP_IDS, type StepId } from '../../../src/flow/steps.ts'
import { ROOT, TEST_TODAY } from '../harness.ts'

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

export type PageId = StepId | 'not-found'
export type StateName = 'empty' | 'filled' | 'error'

interface Answers {
  name: string
  draft: Draft
  /** Whether the person has said to keep answers; false leaves the question unasked. */
  kept: boolean
}

const fixture = (name: string): Draft => fromRequest(JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'requests', `${name}.json`), 'utf8')))
/** The young person has sent letters before: My requests lists them, one late and one answered in part. */
const young: Draft = {
  ...fixture('young-person'),
  history: [
    { recipient: { id: 'police:south-wales' }, requests: ['access'], sentOn: '2026-09-01', sentBy: 'email', theirReference: 'SAR-1234', events: [{ kind: 'asked-for-id', on: '2026-09-04', answeredOn: '2026-09-07' }] },
    { recipient: { id: 'council:cardiff' }, requests: ['access', 'erasure'], sentOn: '2026-09-01', sentBy: 'post', events: [{ kind: 'replied-in-part', on: '2026-09-28' }] },
  ],
}
const FIRST_LETTER = { originalSentOn: { day: '1', month: '9', year: '2026' }, originalSentBy: 'email' as const, theirReference: 'SAR-1234' }
const parent = fixture('parent')
const worker = fixture('advice-worker')
const ADULT_BIRTHDAY = { day: '1', month: '1', year: '2000' }
const parentWith = (sender: Draft['sender'], subject: Draft['subject'] = {}): Draft => ({ ...parent, sender: { ...parent.sender, ...sender }, subject: { ...parent.subject, ...subject } })

const WELSH_BODY = { name: 'Example Youth Justice Service', kind: 'other' as const, address: { line1: '1 Example Street', line2: '', town: 'Cardiff', county: '', postcode: 'CF10 1AA' }, email: 'dpo@example.org' }

/** Answers with a page's own answers still to give, first that fits (applies and is not complete) wins. */
const EMPTY: readonly Answers[] = [
  { name: 'nothing yet', draft: {}, kept: true },
  { name: 'a parent', draft: { sender: { kind: 'parent' } }, kept: true },
  { name: 'a worker', draft: { sender: { kind: 'representative' } }, kept: true },
  { name: 'asking to correct', draft: { requests: ['rectification'] }, kept: true },
  { name: 'an ICO complaint', draft: { followUp: { kind: 'ico-complaint' } }, kept: true },
  { name: 'asking for missing parts', draft: { followUp: { kind: 'missing-parts' } }, kept: true },
  { name: 'asking the ICO to check', draft: { followUp: { kind: 'ico-check' } }, kept: true },
  { name: 'a parent without parental responsibility', draft: { sender: { kind: 'parent', parentalResponsibility: 'no' } }, kept: true },
  { name: 'a parent whose child does not agree', draft: { sender: { kind: 'parent', parentalResponsibility: 'yes', childAgrees: 'no' } }, kept: true },
  { name: 'a parent of an adult', draft: { sender: { kind: 'parent', parentalResponsibility: 'yes' }, subject: { dateOfBirth: ADULT_BIRTHDAY } }, kept: true },
  // A body typed in with a Welsh postcode is in Wales without the directory, here and in the page alike.
  { name: 'a body in Wales', draft: { recipients: [WELSH_BODY] }, kept: true },
]

/** A fresh browser: the keep question is still to answer. */
const UNASKED: Answers = { name: 'a first visit', draft: {}, kept: false }

/** Whole answers; the first that fits (applies and is complete) wins. */
const FILLED: readonly Answers[] = [
  { name: 'the young person', draft: young, kept: true },
  { name: 'the parent', draft: parentWith({ parentalResponsibility: 'yes' }), kept: true },
  { name: 'the advice worker', draft: worker, kept: true },
  {
    name: "the young person's ICO complaint",
    draft: {
      ...young,
      followUp: {
        kind: 'ico-complaint',
        originalSentOn: { day: '1', month: '9', year: '2026' },
        originalSentBy: 'email',
        theirReference: 'SAR-1234',
        events: [],
        whatWentWrong: 'They did not answer my letter.',
        howItAffected: 'I worry about what the records say.',
        noComplaintReason: 'I do not think they would listen.',
      },
    },
    kept: true,
  },
  {
    name: "the young person's letter asking for what is missing",
    draft: { ...young, recipients: [{ id: 'police:south-wales' }], followUp: { kind: 'missing-parts', ...FIRST_LETTER, events: [{ kind: 'replied-in-part', on: { day: '28', month: '9', year: '2026' }, answered: 'not-yet' }], received: ['copy', 'purposes'], whatWentWrong: '' } },
    kept: true,
  },
  {
    name: "the young person's request to the ICO to check",
    draft: { ...young, recipients: [{ id: 'police:south-wales' }], followUp: { kind: 'ico-check', ...FIRST_LETTER, events: [], withheld: 'neither-confirm-nor-deny', whatWentWrong: '' } },
    kept: true,
  },
  { name: 'a parent without parental responsibility', draft: parentWith({ parentalResponsibility: 'no' }), kept: true },
  { name: 'a parent whose child does not agree', draft: parentWith({ parentalResponsibility: 'yes', childAgrees: 'no' }), kept: true },
  { name: 'a parent of an adult', draft: parentWith({ parentalResponsibility: 'yes' }, { dateOfBirth: ADULT_BIRTHDAY }), kept: true },
  { name: 'the young person, to a body in Wales typed in', draft: { ...young, recipients: [WELSH_BODY] }, kept: true },
]

/** Pages whose empty state is special. */
const EMPTY_FOR: Partial<Record<PageId, Answers>> = { 'keep-answers': UNASKED }

/**
 * Where the app rightly sends a person instead of the page, in a state that has no page of its
 * own: any other landing place fails the walk.
 */
const SENT_INSTEAD: Partial<Record<PageId, Partial<Record<StateName, PageId>>>> = {
  // Letters are only made from answers that pass every check.
  letters: { empty: 'check-answers' },
  // When the first letter's details are missing, they are asked first.
  'follow-up-timing': { empty: 'follow-up-details' },
  // A request that is not in the list: the list itself.
  'tracked-event': { empty: 'my-requests' },
}

const NOT_FOUND_PATH = '/this-page-does-not-exist'
const FLOW = { today: TEST_TODAY }

/** Every page: the step table, and the one for an address we do not have. */
export const PAGE_IDS: readonly PageId[] = [...STEP_IDS, 'not-found']

function pathOf(id: PageId, answers: Answers): string {
  if (id === 'not-found') return NOT_FOUND_PATH
  if (id !== 'recipient-details') return pathFor(id)
  // The organisation page of a body typed in by hand, where there is one.
  const typed = (answers.draft.recipients ?? []).findIndex((r) => r.id === undefined)
  return pathFor(id, { n: typed >= 0 ? typed + 1 : 1 })
}

function answersFor(id: PageId, state: 'empty' | 'filled'): Answers {
  if (id === 'not-found') return state === 'empty' ? EMPTY[0]! : FILLED[0]!
  if (state === 'empty' && EMPTY_FOR[id]) return EMPTY_FOR[id]
  const list = state === 'empty' ? EMPTY : FILLED
  const fits = list.filter((a) => applies(id, a.draft, FLOW))
  const found = fits.find((a) => isComplete(id, a.draft) === (state === 'filled')) ?? fits[0]
  if (!found) throw new Error(`no answers in test/browser/helpers/page-states.ts bring a person to the page "${id}" (${state}): add some`)
  return found
}

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
