/**
 * The interface's language: a link to each other language on every page, named in its own language
 * ("Cymraeg", "English"). The choice sets <html lang>, and is kept with the answers only when the
 * person keeps answers on this device. A link works without script too: ?lang=cy.
 */
import { useEffect, type MouseEvent } from 'react'
import { useDraft } from '../flow/store.tsx'
import { catalogue, DEFAULT_LOCALE, PSEUDO_LOCALE, type LocaleFacts } from '../i18n/catalogues.ts'
import { loadInterfaceLocale } from '../i18n/load.app.ts'
import { availableLocales } from '../i18n/load.browser.ts'
import { locale, setLocale, t, useLocale } from '../i18n/text.ts'

/** The language's name in itself: "Cymraeg" for cy, "English" for en-GB (locale.<locale>.json). */
function nativeName(code: string): string {
  return (catalogue('locale', code) as LocaleFacts).name
}

/**
 * The closest language we have to one the browser or a link asks for, if any. The pseudo-locale
 * counts only when asked for by its exact tag (?lang=en-XA), so no browser lands in it.
 */
function supported(asked: string | null | undefined): string | undefined {
  if (!asked) return undefined
  if (asked === PSEUDO_LOCALE) return asked
  const locales = availableLocales()
  return locales.find((l) => l.toLowerCase() === asked.toLowerCase()) ?? locales.find((l) => new Intl.Locale(l).language === asked.toLowerCase().split('-')[0])
}

/** The language to start in: a ?lang= link, else the browser's first language we have, else English. */
export function startingLocale(): string {
  const fromLink = supported(new URLSearchParams(window.location.search).get('lang'))
  if (fromLink) return fromLink
  for (const asked of navigator.languages ?? []) {
    const found = supported(asked)
    if (found) return found
  }
  return DEFAULT_LOCALE
}

/** Loads and shows a language; English words stay on screen until its files are here. */
export async function switchLocale(next: string): Promise<void> {
  await loadInterfaceLocale(next)
  setLocale(next)
}

/** Keeps <html lang> with the interface, and takes up the language kept with the answers. */
export function useLanguage(): void {
  const current = useLocale()
  const { draft, ready } = useDraft()
  useEffect(() => {
    document.documentElement.lang = current
  }, [current])
  const kept = draft.language
  useEffect(() => {
    if (ready && kept && kept !== locale() && availableLocales().includes(kept)) void switchLocale(kept).catch(() => {})
  }, [ready, kept])
}

export function LanguageLinks() {
  const current = useLocale()
  const { draft, save } = useDraft()
  const others = availableLocales().filter((l) => l !== current)
  const choose = (next: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    void switchLocale(next).then(
      () => save({ ...draft, language: next }),
      () => {},
    )
  }
  if (others.length === 0) return null
  return (
    <nav className="language" aria-label={t('language.nav')}>
      <ul className="language__list">
        {others.map((code) => (
          <li key={code}>
            <a href={`?lang=${encodeURIComponent(code)}`} lang={code} hrefLang={code} className="language__link" onClick={choose(code)}>
              {nativeName(code)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
