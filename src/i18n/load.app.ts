/**
 * The interface's words as the app needs them. The first page shows only the words listed in
 * first-page-words.ts: the built app has only those of English built in (scripts/vite-first-page-words.ts),
 * and a person who reads another language gets only those of it before the first page shows. Every
 * other word, and the other kinds of words (errors, the directory's, the glossary's), load once
 * loadEveryWord has been called: by the question pages as they load, or when the browser is idle.
 */
import { addCatalogue, catalogue, currentLocale, DEFAULT_LOCALE, hasCatalogue, parseContentName, PSEUDO_LOCALE } from './catalogues.ts'
import { loadLocale } from './load.browser.ts'

// Outside the build (tests, the dev server) each file comes whole.
const firstPageFiles = import.meta.glob<{ default: Record<string, unknown> }>(['../content/ui.*.json', '!../content/ui.en-GB.json'], { query: '?first-page' })

const firstLoaded = new Map<string, Promise<void>>()

function loadFirstPageWords(locale: string): Promise<void> {
  if (locale === DEFAULT_LOCALE) return Promise.resolve()
  let pending = firstLoaded.get(locale)
  if (!pending) {
    const file = Object.entries(firstPageFiles).find(([path]) => parseContentName(path.replace(/\?.*$/, ''))?.locale === locale)
    // Words already here (the whole file, if it came first) are kept.
    pending = file ? file[1]().then((m) => addCatalogue('ui', locale, { ...m.default, ...(hasCatalogue('ui', locale) ? catalogue('ui', locale) : {}) })) : Promise.resolve()
    pending.catch(() => firstLoaded.delete(locale))
    firstLoaded.set(locale, pending)
  }
  return pending
}

let every: Promise<void> | undefined

/** The words `locale` needs now: the first page's, or every word once loadEveryWord has been called. */
export function loadInterfaceLocale(locale: string): Promise<void> {
  // The pseudo-locale is made whole from the English files: it has no first-page file of its own.
  return every || locale === PSEUDO_LOCALE ? loadLocale(locale) : loadFirstPageWords(locale)
}

/**
 * Every interface word in English and in the language shown now, with the other kinds of words, once.
 * A page outside the first page loads this before it shows.
 */
export function loadEveryWord(): Promise<void> {
  if (!every) {
    const english = import('../content/ui.en-GB.json').then((m) => addCatalogue('ui', DEFAULT_LOCALE, m.default))
    every = Promise.all([english, loadLocale(currentLocale())]).then(() => undefined)
    every.catch(() => {
      every = undefined
    })
  }
  // And a language chosen since the first call (loadLocale loads each language once).
  return every.then(() => loadLocale(currentLocale()))
}
