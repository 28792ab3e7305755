/**
 * Every word a person sees, per language, from src/content/<kind>.<locale>.json. English (en-GB) is
 * built in, so core code works with no setup: the interface's words here, and each other kind's by
 * the module that uses it (so the first page carries only the words it shows). In the built app the
 * interface's words here are only those its first page shows (first-page-words.ts); the rest load with
 * the question pages (loadEveryWord). Other languages are added at run time by a loader
 * (load.browser.ts for the app and the worker, load.node.ts for the command line), so a new language
 * is new files, not new code. Keys are typed from the English files. (The command line's own English
 * sentences are built into cli/files.ts, so the app does not carry them.)
 */
import ui from '../content/ui.en-GB.json'
import localeEn from '../content/locale.en-GB.json'

export const DEFAULT_LOCALE = 'en-GB'
/** The pseudo-locale for finding words left in the code (pseudo.ts); never offered to a person. */
export const PSEUDO_LOCALE = 'en-XA'

export type Kind = 'ui' | 'errors' | 'directory' | 'countries' | 'cli' | 'locale' | 'glossary' | 'calendar'
type Messages = Record<string, unknown>

const catalogues = new Map<string, Messages>([
  [`ui.${DEFAULT_LOCALE}`, ui],
  [`locale.${DEFAULT_LOCALE}`, localeEn],
])

export type UiCatalogue = typeof ui
export type LocaleFacts = typeof localeEn

let current = DEFAULT_LOCALE
const listeners = new Set<() => void>()

/**
 * The language the person reads the interface in. Messages about a file or a form (errors, the
 * directory's words) follow it; letters are given their own language and never read this.
 */
export function currentLocale(): string {
  return current
}

/** Switches the interface's language (its files must be loaded first: see load.browser.ts). */
export function setCurrentLocale(next: string): void {
  if (next === current) return
  current = next
  for (const listener of listeners) listener()
}

export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Adds one file's messages: `kind` and `locale` come from its name, e.g. ui.cy.json. */
export function addCatalogue(kind: string, locale: string, messages: Messages): void {
  catalogues.set(`${kind}.${locale}`, messages)
}

/** A content file's name split into its kind and locale, or undefined for any other file. */
export function parseContentName(file: string): { kind: string; locale: string } | undefined {
  const match = /(?:^|\/)([a-z]+)\.([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)\.json$/.exec(file)
  return match ? { kind: match[1]!, locale: match[2]! } : undefined
}

export function hasCatalogue(kind: Kind, locale: string): boolean {
  return catalogues.has(`${kind}.${locale}`)
}

/**
 * The messages of one kind in one language. A language that lacks the file (or is not loaded yet)
 * falls back to English, so a page is never blank; the catalogue tests fail on any missing key.
 */
export function catalogue(kind: Kind, locale: string): Messages {
  return catalogues.get(`${kind}.${locale}`) ?? catalogues.get(`${kind}.${DEFAULT_LOCALE}`) ?? {}
}

/** One message: the language's own, or English where the language lacks the key. */
export function lookup(kind: Kind, key: string, locale: string): unknown {
  const own = catalogues.get(`${kind}.${locale}`)
  if (own && Object.hasOwn(own, key)) return own[key]
  const fallback = catalogues.get(`${kind}.${DEFAULT_LOCALE}`)
  return fallback && Object.hasOwn(fallback, key) ? fallback[key] : undefined
}
