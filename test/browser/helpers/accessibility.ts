/**
 * Issue 11, part 4: accessibility in CI, in each interface language. Each language's tests are a file
 * of their own (test/browser/accessibility.<locale>.test.ts), so that they can run beside other files.
 *
 * Every page of the step table (and the page for an unknown address), empty, filled and with its
 * errors (helpers/page-states.ts), is checked for: axe's WCAG 2.2 AA rules; no sideways scrolling at
 * 320 CSS px and at 1280 px zoomed to 400%; focus that can be seen, in normal and forced colours, and
 * buttons that keep their edges in forced colours; nothing that moves when reduced motion is asked
 * for; and what Chromium's accessibility tree gives a screen reader (one h1, one main landmark, every
 * control named, the skip link first, the tab title "<h1> – What They Hold", errors tied to fields).
 * Focus, forced colours and motion depend on the style sheet only, so they are checked in the first
 * language; everything else in each. Then one person goes from the start page to downloaded letters
 * by keyboard alone, in each language.
 *
 * What each page reads as is written to /tmp/a11y-reading/ (WTH_READING_DIR), one file per page and
 * state, to read through by eye.
 */
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import type { BrowserContext, CDPSession, Locator, Page } from 'playwright-core'
import { appUnderTest, pinClock, ROOT } from '../harness.ts'
import { axeViolations } from './a11y.ts'
import { axSession, nodeFor, readTree, transcript } from './ax-tree.ts'
import { installFocusProbe, type FocusProbe, type FocusProblem } from './focus-probe.ts'
import { textbox } from './journey.ts'
import { chooseFromCombobox, chooseRadio, describeFocus, isFocused, pressEnterOn, tabTo, tick, typeInto, waitForPage } from './keyboard.ts'
import { prepareContext, settle, walkEveryPage, words, type Language, type Visit } from './page-states.ts'
import { YOUNG_PERSON, type AddressAnswer, type DateAnswer } from './people.ts'

/**
 * The interface languages. Every test below runs once for each; a new language is one more entry,
 * with the name of the link that switches to it (it is on every page), and one more test file.
 */
export const LANGUAGES: readonly Language[] = [{ locale: 'en-GB' }, { locale: 'cy', switchLink: 'Cymraeg' }]

const READING_DIR = process.env.WTH_READING_DIR ?? '/tmp/a11y-reading'
const DESKTOP = { width: 1280, height: 900 }
/** WCAG 1.4.10: 320 CSS px wide, as on a small phone... */
const NARROW = { width: 320, height: 640 }
/** ...and 1280 x 1024 at 400% zoom, which is 320 x 256 CSS px drawn at four device pixels to one. */
const ZOOMED = { width: 320, height: 256, deviceScaleFactor: 4 }

/** The app under test: each test file serves its own (accessibilityTests starts it). */
let app: ReturnType<typeof appUnderTest>

/** A fresh context in a language: clock pinned, no service worker, the focus probe on every page. */
async function languageContext(language: Language, options: { reducedMotion?: 'reduce' } = {}): Promise<BrowserContext> {
  const context = await app.browser.newContext({
    viewport: DESKTOP,
    locale: language.locale,
    timezoneId: 'Europe/London',
    serviceWorkers: 'block',
    acceptDownloads: true,
    reducedMotion: options.reducedMotion ?? 'no-preference',
  })
  await pinClock(context)
  // tsx keeps function names with a helper (__name) that the page does not have.
  await context.addInitScript('globalThis.__name = (f) => f')
  await context.addInitScript(installFocusProbe)
  await prepareContext(context, app.server.url)
  return context
}

// ---------- Checks on one page as it is now ----------

/**
 * The English interface's sentences (four words or more, placeholders cut out), to find any left on a
 * page in another language: a string written inline, or a key the other language lacks.
 */
const ENGLISH_SENTENCES: readonly string[] = (() => {
  const ui = JSON.parse(readFileSync(join(ROOT, 'src', 'content', 'ui.en-GB.json'), 'utf8')) as Record<string, unknown>
  const texts = Object.entries(ui).flatMap(([key, value]) => (key.startsWith('$') ? [] : Array.isArray(value) ? (value as string[]) : [String(value)]))
  const pieces = texts.flatMap((text) => text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/))
  return [...new Set(pieces.map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 4))]
})()

/** English sentences on a page that should be in another language. */
async function englishLeft(page: Page, language: Language): Promise<string[]> {
  if (language.locale === 'en-GB') return []
  const shown = (await page.locator('body').innerText()).replace(/\s+/g, ' ')
  return ENGLISH_SENTENCES.filter((sentence) => shown.includes(sentence.replace(/\s+/g, ' '))).map((sentence) => `English left: "${sentence}"`)
}

/** What sticks out past the right edge, or nothing when the page does not scroll sideways. */
async function sidewaysScroll(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const root = document.documentElement
    if (root.scrollWidth <= root.clientWidth) return undefined
    const probe = (window as unknown as { wthFocus: FocusProbe }).wthFocus
    const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
    // The innermost ones: those with nothing too wide inside them.
    const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)))
    return `scrollWidth ${root.scrollWidth} > ${root.clientWidth}: ${innermost.slice(0, 3).map((el) => probe.describe(el)).join(', ')}`
  })
}

/** At 320 CSS px and at 400% zoom: any sideways scrolling, then back to the desktop. */
async function reflowProblems(page: Page, cdp: CDPSession): Promise<string[]> {
  const found: string[] = []
  await page.setViewportSize(NARROW)
  await settle(page)
  const narrow = await sidewaysScroll(page)
  if (narrow) found.push(`at 320 CSS px: ${narrow}`)
  // Zoom as a browser does it: fewer CSS pixels, each drawn larger (what Playwright's own viewport does, with a scale).
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...ZOOMED, mobile: false })
  await settle(page)
  const zoomed = await sidewaysScroll(page)
  if (zoomed) found.push(`at 400% zoom: ${zoomed}`)
  await page.setViewportSize(DESKTOP)
  await settle(page)
  const back = await page.evaluate(() => [innerWidth, devicePixelRatio])
  assert.deepEqual(back, [DESKTOP.width, 1], 'the desktop size is back after the reflow checks')
  return found
}

/** Any element (or ::before/::after) that would move: a transition or animation that takes time. */
async function motion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const probe = (window as unknown as { wthFocus: FocusProbe }).wthFocus
    const takesTime = (list: string) => list.split(',').some((d) => parseFloat(d) > 0)
    const found: string[] = []
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [undefined, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo)
        if (takesTime(s.transitionDuration) || (s.animationName !== 'none' && takesTime(s.animationDuration))) {
          found.push(`${probe.describe(el)}${pseudo ?? ''}: transition ${s.transitionDuration}, animation ${s.animationName} ${s.animationDuration}`)
        }
      }
    }
    return found
  })
}

/**
 * Focuses every focusable element in turn (and the error summary) and reports those whose focus
 * cannot be seen; in forced colours, also buttons that lose their edges. Moves focus: run it last.
 */
async function focusProblems(page: Page, mode: 'normal' | 'forced'): Promise<string[]> {
  await page.emulateMedia({ forcedColors: mode === 'forced' ? 'active' : 'none' })
  try {
    return await page.evaluate((colours) => {
      const probe = (window as unknown as { wthFocus: FocusProbe }).wthFocus
      const found: string[] = []
      const targets: HTMLElement[] = [...probe.focusables(), ...document.querySelectorAll<HTMLElement>('.error-summary')]
      for (const el of targets) {
        ;(document.activeElement as HTMLElement | null)?.blur()
        const before = probe.look(el)
        el.focus({ preventScroll: true })
        if (document.activeElement !== el) continue
        const after = probe.look(el)
        if (!after.indicator) found.push(`${probe.describe(el)}: no outline or box-shadow when focused`)
        else if (after.signature === before.signature) found.push(`${probe.describe(el)}: looks the same focused and not`)
      }
      if (colours === 'forced') {
        for (const el of document.querySelectorAll<HTMLElement>('button, a.button')) {
          if (el.getClientRects().length === 0) continue
          const s = getComputedStyle(el)
          const edge = s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) >= 1 && !/^rgba\(.*,\s*0\)$/.test(s.borderTopColor)
          if (!edge) found.push(`${probe.describe(el)}: no border in forced colours (${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor})`)
        }
      }
      ;(document.activeElement as HTMLElement | null)?.blur()
      return found
    }, mode)
  } finally {
    await page.emulateMedia({ forcedColors: 'none' })
  }
}

const CONTROLS = new Set(['textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'spinbutton', 'listbox', 'slider', 'switch', 'button', 'link', 'menuitem', 'option', 'tab'])
/** Boxes a person answers in (not the letters' read-only text, there to copy). */
const INPUTS = 'main input:not([type="hidden"]):not([type="file"]):not([readonly]), main textarea:not([readonly]), main select'

/**
 * The page as a screen reader is given it: one h1, one main landmark, every control named and every
 * box in a form, the skip link first, the tab title made from the h1, `<html lang>` the language;
 * with errors, the summary focused and named, each field it links to marked invalid and described
 * by its message. Writes what the page reads as to READING_DIR.
 */
async function readingProblems(page: Page, cdp: CDPSession, language: Language, visit: Visit, notes: string[]): Promise<string[]> {
  const found: string[] = []
  const tree = await readTree(cdp)
  writeFileSync(join(READING_DIR, `${language.locale}-${visit.id}-${visit.state}.txt`), `${visit.path}\n\n${transcript(tree).join('\n')}\n`)

  const h1s = tree.filter((n) => n.role === 'heading' && n.props.level === 1)
  if (h1s.length !== 1) found.push(`${h1s.length} h1 headings: ${h1s.map((h) => `"${h.name}"`).join(', ')}`)
  const mains = tree.filter((n) => n.role === 'main')
  if (mains.length !== 1) found.push(`${mains.length} main landmarks`)
  for (const control of tree.filter((n) => CONTROLS.has(n.role) && n.name === '')) found.push(`a ${control.role} with no name`)

  const first = tree.find((n) => CONTROLS.has(n.role))
  const skip = words(language, 'app.skipLink')
  if (first?.role !== 'link' || first.name !== skip) found.push(`the first control is ${first ? `${first.role} "${first.name}"` : 'missing'}, not the link "${skip}"`)
  const skipTarget = await page.evaluate(() => {
    const href = document.querySelector('a.skip-link')?.getAttribute('href') ?? ''
    return href.startsWith('#') && document.getElementById(href.slice(1))?.tagName === 'MAIN'
  })
  if (!skipTarget) found.push('the skip link does not lead to the main landmark')

  const outsideForms = await page.evaluate((selector) => [...document.querySelectorAll(selector)].filter((el) => !el.closest('form')).map((el) => el.id || el.tagName), INPUTS)
  if (outsideForms.length > 0) found.push(`boxes outside any form: ${outsideForms.join(', ')}`)

  const h1 = h1s[0]?.name ?? ''
  const title = `${visit.state === 'error' ? words(language, 'app.errorPrefix') : ''}${words(language, 'app.title', { page: h1 })}`
  const actual = await page.title()
  if (actual !== title) found.push(`the tab title is "${actual}", not "${title}"`)
  const lang = await page.evaluate(() => document.documentElement.lang)
  if (lang !== language.locale) found.push(`<html lang="${lang}">, not "${language.locale}"`)

  if (visit.state === 'error') {
    const errors = await errorReading(page, cdp, language)
    found.push(...errors.problems)
    notes.push(...errors.notes.map((n) => `${visit.label}: ${n}`))
  }
  return found
}

/**
 * The error summary and the fields it links to, as the accessibility tree has them: the summary
 * focused and named, with an alert; each field it links to (or, for radios, checkboxes and dates,
 * their group) read with the message beside it, and a box marked invalid. Where the summary's words
 * differ from those beside the field, that is returned as a note.
 */
async function errorReading(page: Page, cdp: CDPSession, language: Language): Promise<{ problems: string[]; notes: string[] }> {
  const problems: string[] = []
  const notes: string[] = []
  const summary = await nodeFor(cdp, '.error-summary')
  if (!summary) return { problems: ['no error summary in the accessibility tree'], notes }
  if (summary.name !== words(language, 'errorSummary.title')) problems.push(`the error summary is named "${summary.name}"`)
  if (summary.props.focused !== true) problems.push('the error summary does not have focus')
  if (!(await nodeFor(cdp, '.error-summary [role="alert"]'))) problems.push('the error summary is not announced (no alert)')
  const links = await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim() })))
  const prefix = words(language, 'error.hiddenPrefix')
  for (const { href, text } of links) {
    if (!href.startsWith('#')) continue
    const id = href.slice(1)
    const field = await nodeFor(cdp, `[id="${id}"]`)
    if (!field) {
      problems.push(`"${text}" links to ${href}, which is not on the page`)
      continue
    }
    // Radios, checkboxes and date boxes are described as a group, on their fieldset (as GOV.UK does).
    const group = await page.locator(`[id="${id}"]`).evaluate((el) => {
      const fieldset = el.closest('fieldset')
      fieldset?.setAttribute('data-wth-group', '')
      return fieldset !== null
    })
    const groupRead = group ? ((await nodeFor(cdp, '[data-wth-group]'))?.description ?? '') : ''
    await page.evaluate(() => document.querySelector('[data-wth-group]')?.removeAttribute('data-wth-group'))
    // The message beside the field, its hidden "Error:" first, is read with the field or its group.
    const read = [field.description, groupRead].find((d) => d.includes(prefix)) ?? `${field.description} ${groupRead}`.trim()
    const beside = read.slice(read.indexOf(prefix) + prefix.length).trim()
    if (!read.includes(prefix)) problems.push(`${href} is read without its error (it reads "${read}")`)
    else if (!beside.startsWith(text)) notes.push(`the summary says "${text}", ${href} says "${beside}"`)
    if (['textbox', 'combobox', 'searchbox', 'spinbutton'].includes(field.role) && (field.props.invalid === undefined || field.props.invalid === 'false')) problems.push(`${href} is not marked invalid`)
  }
  if (new Set(links.map((l) => l.href)).size < links.length) notes.push(`the summary has more than one message for a field: ${links.map((l) => `${l.href} "${l.text}"`).join(', ')}`)
  return { problems, notes }
}

// ---------- Every page ----------

/** Registers the tests of one language of LANGUAGES: every page, then the keyboard-only journey. */
export function accessibilityTests(locale: string): void {
  const language = LANGUAGES.find((l) => l.locale === locale)
  if (!language) throw new Error(`${locale} is not in LANGUAGES (test/browser/helpers/accessibility.ts)`)
  app = appUnderTest()
  everyPage(language)
  keyboardOnly(language)
}

function everyPage(language: Language): void {
  test(`${language.locale}: every page, empty, filled and with errors: axe, reflow, focus, forced colours, reduced motion, the accessibility tree`, async (t) => {
    mkdirSync(READING_DIR, { recursive: true })
    const context = await languageContext(language, { reducedMotion: 'reduce' })
    const found: Record<'axe' | 'reflow' | 'focus' | 'forced' | 'motion' | 'reading' | 'english', string[]> = { axe: [], reflow: [], focus: [], forced: [], motion: [], reading: [], english: [] }
    const pageErrors: string[] = []
    /** What reads differently from what it should, though nothing is missing. */
    const notes: string[] = []
    try {
      const page = await context.newPage()
      page.on('pageerror', (error) => pageErrors.push(String(error)))
      const cdp = await axSession(page)
      const note = (kind: keyof typeof found, visit: Visit, problems: string[]) => found[kind].push(...problems.map((p) => `${visit.label}: ${p}`))
      const ms: Record<string, number> = {}
      const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
        const start = performance.now()
        try {
          return await work()
        } finally {
          ms[what] = (ms[what] ?? 0) + performance.now() - start
        }
      }
      const started = performance.now()
      const walked = await walkEveryPage(page, app.server.url, language, async (visit) => {
        // Reading first: the rest move focus or the window.
        note('reading', visit, await timed('reading', () => readingProblems(page, cdp, language, visit, notes)))
        note('english', visit, await timed('english', () => englishLeft(page, language)))
        note('axe', visit, await timed('axe', () => axeViolations(page)))
        note('reflow', visit, await timed('reflow', () => reflowProblems(page, cdp)))
        // Focus styles, forced colours and motion come from the style sheet alone, never from the
        // words, so the first language checks them for all (a longer Welsh word can break reflow, so
        // that is checked in each).
        if (language !== LANGUAGES[0]) return
        note('motion', visit, await timed('motion', () => motion(page)))
        note('focus', visit, await timed('focus', () => focusProblems(page, 'normal')))
        note('forced', visit, await timed('forced', () => focusProblems(page, 'forced')))
      })
      const checks = Object.values(ms).reduce((a, b) => a + b, 0)
      t.diagnostic(`walk ${Math.round((performance.now() - started) / 1000)} s: opening pages ${Math.round((performance.now() - started - checks) / 1000)} s, ${Object.entries(ms).map(([k, v]) => `${k} ${Math.round(v / 1000)} s`).join(', ')}`)
      const states = walked.visits.map((v) => `${v.id} ${v.state}`)
      t.diagnostic(`${walked.visits.length} page states: ${walked.visits.filter((v) => v.state === 'error').length} with errors; no error state on ${walked.noErrors.join(', ')}`)
      for (const n of notes) t.diagnostic(`reads badly: ${n}`)
      // The walk itself: every page of the step table, and errors where a page asks something.
      for (const must of ['subject-name error', 'check-answers error', 'start error', 'keep-answers error', 'letters filled', 'not-found empty']) assert.ok(states.includes(must), `the walk reached ${must}`)
    } finally {
      await context.close()
    }

    await t.test('axe finds no WCAG 2.2 AA violation', () => assert.deepEqual(found.axe, []))
    await t.test('no English sentence is left on a page in another language', () => assert.deepEqual(found.english, []))
    await t.test('no page scrolls sideways at 320 CSS px or at 400% zoom', () => assert.deepEqual(found.reflow, []))
    if (language === LANGUAGES[0]) {
      await t.test('focus can be seen on every control and on the error summary', () => assert.deepEqual(found.focus, []))
      await t.test('in forced colours, focus can still be seen and buttons keep their edges', () => assert.deepEqual(found.forced, []))
      await t.test('with reduced motion asked for, nothing moves', () => assert.deepEqual(found.motion, []))
    }
    await t.test('the accessibility tree: one h1, a main landmark, named controls, skip link first, the title, errors tied to fields', () => assert.deepEqual(found.reading, []))
    await t.test('no page threw an error', () => assert.deepEqual(pageErrors, []))
  })
}

// ---------- Keyboard only ----------

/** Focus changes the probe saw that could not be seen, since the page loaded. */
async function unseenFocus(page: Page): Promise<{ seen: number; problems: FocusProblem[] }> {
  return page.evaluate(() => {
    const probe = (window as unknown as { wthFocus: FocusProbe }).wthFocus
    return { seen: probe.seen, problems: probe.problems }
  })
}

async function typeDate(page: Page, scope: Locator, date: DateAnswer, language: Language): Promise<void> {
  await typeInto(page, textbox(scope, words(language, 'date.day')), date.day)
  await typeInto(page, textbox(scope, words(language, 'date.month')), date.month)
  await typeInto(page, textbox(scope, words(language, 'date.year')), date.year)
}

async function typeAddress(page: Page, scope: Locator, address: AddressAnswer, language: Language): Promise<void> {
  await typeInto(page, textbox(scope, words(language, 'address.line1')), address.line1)
  await typeInto(page, textbox(scope, words(language, 'address.town')), address.town)
  if (address.postcode) await typeInto(page, scope.getByRole('textbox', { name: new RegExp(`^${words(language, 'address.postcode')}`) }), address.postcode)
}

function keyboardOnly(language: Language): void {
  test(`${language.locale}: keyboard only, from the start page to downloaded letters, focus always seen, errors lead to their fields`, async () => {
    const context = await languageContext(language)
    const person = YOUNG_PERSON
    const s = person.subject
    const w = (key: string, vars?: Record<string, string | number>) => words(language, key, vars)
    const errorsChecked: string[] = []
    try {
      const page = await context.newPage()
      const pageErrors: string[] = []
      page.on('pageerror', (error) => pageErrors.push(String(error)))
      const button = (name: string) => page.getByRole('button', { name, exact: true })
      const radio = (name: string) => page.getByRole('radio', { name, exact: true })

      /** Continue (or another button) by keyboard; waits for the next page. */
      const continueTo = async (path: string, name = w('app.continue')) => {
        await pressEnterOn(page, button(name))
        await waitForPage(page, path)
      }

      /**
       * Continue with nothing given: the summary takes focus, then each of its links, by Tab and
       * Enter, moves focus to its field with the field's label or legend in view.
       */
      const failFirst = async (name = w('app.continue')) => {
        const here = new URL(page.url()).pathname
        await pressEnterOn(page, button(name))
        const summary = page.locator('.error-summary')
        await summary.waitFor()
        await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), undefined, { timeout: 5000 }).catch(() => undefined)
        assert.ok(await isFocused(summary), `${here}: focus is on the error summary after a failed Continue, not ${await describeFocus(page)}`)
        const links = summary.getByRole('link')
        const count = await links.count()
        assert.ok(count > 0, `${here}: the summary links to the problems`)
        for (let i = 0; i < count; i++) {
          const link = links.nth(i)
          const href = (await link.getAttribute('href')) ?? ''
          // From the summary Tab goes down to its first link; from a field, Shift+Tab goes back up.
          await tabTo(page, link, { backwards: i > 0 })
          await page.keyboard.press('Enter')
          const id = href.slice(1)
          await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5000 }).catch(() => undefined)
          assert.equal(await page.evaluate(() => document.activeElement?.id), id, `${here}: the link "${await link.textContent()}" moves focus to its field, not ${await describeFocus(page)}`)
          const inView = await page.evaluate((want) => {
            const field = document.getElementById(want)
            const label = field?.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(want)}"]`)
            const box = (label ?? field)?.getBoundingClientRect()
            return box !== undefined && box.top >= 0 && box.bottom <= innerHeight
          }, id)
          assert.ok(inView, `${here}: the label or legend of #${id} is in view after following its link`)
        }
        errorsChecked.push(`${here} (${count})`)
      }

      await page.goto(`${app.server.url}/`)
      await page.locator('main h1').waitFor()
      // The first Tab reaches the skip link (in whatever language a fresh browser starts in), and it
      // takes focus to the main content.
      const firstLanguage = { locale: await page.evaluate(() => document.documentElement.lang) }
      await page.keyboard.press('Tab')
      assert.ok(await isFocused(page.getByRole('link', { name: words(firstLanguage, 'app.skipLink'), exact: true })), `the first Tab reaches the skip link, not ${await describeFocus(page)}`)
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => document.activeElement?.id === 'main-content')
      if (language.switchLink && firstLanguage.locale !== language.locale) {
        await pressEnterOn(page, page.getByRole('link', { name: language.switchLink, exact: true }))
        await page.waitForFunction((locale) => document.documentElement.lang === locale, language.locale)
      }
      await page.getByRole('heading', { level: 1, name: w('start.title') }).waitFor()
      await pressEnterOn(page, page.getByRole('link', { name: w('start.button'), exact: true }))

      await waitForPage(page, '/keep-your-answers')
      await failFirst()
      await chooseRadio(page, radio(w('keep.option.keep')))
      await continueTo('/who-is-asking')

      await failFirst()
      await chooseRadio(page, radio(w('whoIsAsking.option.self')))
      await continueTo('/about-them/name')

      await failFirst()
      await typeInto(page, textbox(page, w('subjectName.title.self')), s.fullName)
      await continueTo('/about-them/other-names')
      await typeInto(page, textbox(page, w('otherNames.title.self')), s.otherNames.join('\n'))
      await continueTo('/about-them/date-of-birth')

      await failFirst()
      await typeDate(page, page.getByRole('group', { name: w('dateOfBirth.title.self') }), s.dateOfBirth, language)
      await continueTo('/about-them/address')

      await failFirst()
      await typeAddress(page, page.getByRole('group', { name: w('address.title.self') }), s.address, language)
      await continueTo('/about-them/previous-addresses')
      await continueTo('/about-them/contact-details')
      await typeInto(page, textbox(page, w('contact.email')), s.email)
      await continueTo('/what-you-want')

      await failFirst()
      for (const r of person.requests) await tick(page, page.getByRole('checkbox', { name: w(`whatYouWant.option.${r}`), exact: true }))
      await continueTo('/what-it-is-about')
      await tick(page, page.getByRole('checkbox', { name: w(`topics.option.${person.topics[0]}`), exact: true }))
      await continueTo('/who-to-send-it-to')

      await failFirst()
      const search = page.getByRole('combobox', { name: w('recipients.searchLabel'), exact: true })
      const first = person.recipients[0]
      assert.ok(first && 'query' in first)
      await chooseFromCombobox(page, search, first.query, first.option)
      await page.locator('.body-card__name').first().waitFor()
      await continueTo('/anything-else')
      await typeInto(page, textbox(page, w('details.label')), person.details)
      // The first body is South Wales Police: each letter's language is asked.
      await continueTo('/letter-language')
      await continueTo('/how-you-will-send')

      await failFirst()
      await chooseRadio(page, radio(w('sending.option.email')))
      await continueTo('/check-your-answers')

      await continueTo('/before-you-send', w('check.button'))
      await pressEnterOn(page, button(w('beforeSend.button')))
      await waitForPage(page, '/your-letters', { headingFocused: false })
      const downloadAll = page.getByRole('link', { name: w('letters.downloadAll'), exact: true })
      await downloadAll.waitFor({ timeout: 90_000 })
      await tabTo(page, downloadAll)
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')])
      assert.equal(await download.failure(), null, 'the letters downloaded')
      assert.match(download.suggestedFilename(), /\.pdf$/)

      const focus = await unseenFocus(page)
      // One page load for the whole journey: the probe saw every focus change from the start page on.
      assert.ok(focus.seen > 100, `the focus probe saw focus move (${focus.seen} times)`)
      assert.deepEqual(focus.problems, [], 'focus could be seen at every step')
      assert.ok(errorsChecked.length >= 8, `errors were checked on ${errorsChecked.join(', ')}`)
      assert.deepEqual(pageErrors, [])
    } finally {
      await context.close()
    }
  })
}
