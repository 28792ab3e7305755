/**
 * Finds the other languages' content files at build time (each becomes its own small chunk), and loads
 * a language's files when it is chosen. English is built in (catalogues.ts). The app loads through
 * load.app.ts, which first brings only the words its first page shows. The pseudo-locale (pseudo.ts)
 * is made from every English file when it is asked for.
 */
import { addCatalogue, catalogue, DEFAULT_LOCALE, parseContentName, PSEUDO_LOCALE, type LocaleFacts } from './catalogues.ts'

const files = import.meta.glob<{ default: Record<string, unknown> }>(['../content/*.json', '!../content/*.en-GB.json', '!../content/cli.*.json', '!../content/locale.*.json'])

// Each language's name and dates are tiny and needed at once (the language link, letters in the worker).
const facts = import.meta.glob<Record<string, unknown>>(['../content/locale.*.json', '!../content/locale.en-GB.json'], { eager: true, import: 'default' })
for (const [path, messages] of Object.entries(facts)) {
  const name = parseContentName(path)
  if (name) addCatalogue(name.kind, name.locale, messages)
}

/** Every language there are interface words for, English first. */
export function availableLocales(): string[] {
  const found = new Set([DEFAULT_LOCALE])
  for (const path of Object.keys(files)) {
    const name = parseContentName(path)
    if (name?.kind === 'ui') found.add(name.locale)
  }
  return [...found]
}

// English words the first page does not carry, for the pseudo-locale only.
const englishFiles = import.meta.glob<{ default: Record<string, unknown> }>(['../content/*.en-GB.json', '!../content/ui.*.json', '!../content/cli.*.json', '!../content/locale.*.json'])

/** Every English content file turned into the pseudo-locale's. */
async function loadPseudo(): Promise<void> {
  // Every English interface word: the built app has only the first page's built in.
  const [{ pseudoLocaleFacts, pseudoMessages }, { default: ui }] = await Promise.all([import('./pseudo.ts'), import('../content/ui.en-GB.json')])
  addCatalogue('locale', PSEUDO_LOCALE, pseudoLocaleFacts(catalogue('locale', DEFAULT_LOCALE) as LocaleFacts))
  addCatalogue('ui', PSEUDO_LOCALE, pseudoMessages(ui))
  await Promise.all(
    Object.entries(englishFiles).map(async ([path, load]) => {
      const name = parseContentName(path)!
      addCatalogue(name.kind, PSEUDO_LOCALE, pseudoMessages((await load()).default))
    }),
  )
}

const loaded = new Map<string, Promise<void>>()

/** Loads every content file of `locale` (once). */
export function loadLocale(locale: string): Promise<void> {
  if (locale === DEFAULT_LOCALE) return Promise.resolve()
  let pending = loaded.get(locale)
  if (!pending && locale === PSEUDO_LOCALE) {
    pending = loadPseudo()
  } else if (!pending) {
    const wanted = Object.entries(files).filter(([path]) => parseContentName(path)?.locale === locale)
    pending = Promise.all(
      wanted.map(async ([path, load]) => {
        const name = parseContentName(path)!
        addCatalogue(name.kind, name.locale, (await load()).default)
      }),
    ).then(() => undefined)
  }
  if (!loaded.has(locale)) {
    pending.catch(() => loaded.delete(locale))
    loaded.set(locale, pending)
  }
  return pending
}
