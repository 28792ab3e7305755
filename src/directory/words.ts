/**
 * The directory's words (src/content/directory.en-GB.json), shared by the pages and the cover sheet,
 * so both say the same thing. Core code: no UI imports.
 */
import english from '../content/directory.en-GB.json'
import { addCatalogue, catalogue, currentLocale, DEFAULT_LOCALE } from '../i18n/catalogues.ts'
import { formatMessage } from '../i18n/format.ts'
import { needsThe } from './names.ts'

addCatalogue('directory', DEFAULT_LOCALE, english)

export type DirectoryTextKey = Exclude<keyof typeof english, '$comment'>

function words(locale: string): Record<string, string> {
  return catalogue('directory', locale) as Record<string, string>
}

/** One text, with {placeholders} filled from `values`. */
export function say(key: DirectoryTextKey, values: Record<string, string> = {}, locale = currentLocale()): string {
  return formatMessage(locale, words(locale)[key] ?? key, values)
}

/** A text by a key made at run time (per body or per kind), or undefined when there is none. */
export function sayIfAny(key: string, locale = currentLocale()): string | undefined {
  const found = Object.hasOwn(words(locale), key) ? words(locale)[key] : undefined
  return key === '$comment' ? undefined : found
}

/**
 * A sentence that may hold one link. `text` has {link} where it goes. On a page it becomes a link only
 * when `follow` is true (the body's own page or a public-sector one); a page on another site is named,
 * never linked. On paper it is the label, with the site's name after it when that says more.
 */
export interface Sentence {
  text: string
  link?: { url: string; label: string; follow: boolean; host?: string }
}

/** The sentence as plain text, for the cover sheet. */
export function plain(sentence: Sentence): string {
  const link = sentence.link
  if (!link) return sentence.text
  const shown = link.host && link.host !== link.label ? `${link.label} (${link.host})` : link.label
  return sentence.text.replace('{link}', shown)
}

/** A body's name in the middle of a sentence: "the Metropolitan Police Service" in English; Welsh prints names as given. */
export function nameInSentence(name: string, locale = currentLocale()): string {
  return needsThe(name) ? say('name.inSentence', { name: name.trim() }, locale) : name.trim()
}
