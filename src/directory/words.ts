/**
 * The directory's words (src/content/directory.en-GB.json), shared by the pages and the cover sheet,
 * so both say the same thing. Core code: no UI imports.
 */
import words from '../content/directory.en-GB.json'

export type DirectoryTextKey = Exclude<keyof typeof words, '$comment'>

/** One text, with {placeholders} filled from `values`. */
export function say(key: DirectoryTextKey, values: Record<string, string> = {}): string {
  return words[key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}

/** A text by a key made at run time (per body or per kind), or undefined when there is none. */
export function sayIfAny(key: string): string | undefined {
  const found = (words as Record<string, string>)[key]
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
