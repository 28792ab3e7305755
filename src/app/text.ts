/**
 * The app's words, typed from src/content/ui.en-GB.json: a key that is not in the file fails the
 * type check (after Excalidraw's typed i18n). Letters have their own words in templates/.
 */
import ui from '../content/ui.en-GB.json'

type Catalogue = typeof ui
/** Keys whose value is one string. */
export type TextKey = { [K in keyof Catalogue]: Catalogue[K] extends string ? K : never }[keyof Catalogue]
/** Keys whose value is a list of strings (bullet lists). */
export type ListKey = { [K in keyof Catalogue]: Catalogue[K] extends readonly string[] ? K : never }[keyof Catalogue]

export type TextValues = Record<string, string | number>

function fill(text: string, values: TextValues): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

/** One piece of text, with {placeholders} filled from `values`. */
export function t(key: TextKey, values: TextValues = {}): string {
  return fill(ui[key] as string, values)
}

/** A list of texts, each filled the same way. */
export function tList(key: ListKey, values: TextValues = {}): string[] {
  return (ui[key] as readonly string[]).map((item) => fill(item, values))
}

/** "1 result" / "3 results": picks the `one` key for a count of 1. */
export function tCount(one: TextKey, other: TextKey, count: number, values: TextValues = {}): string {
  return t(count === 1 ? one : other, { count, ...values })
}
