/**
 * The interface's words in the language the person chose: t("key") with {placeholders} and ICU plurals
 * (filled by words-format.ts, small enough for the first page).
 * Keys are typed from src/content/ui.en-GB.json, so a key that is not there fails the type check
 * (after Excalidraw's typed i18n). Letters have their own words in templates/<locale>/.
 */
import { useSyncExternalStore } from 'react'
import { catalogue, currentLocale, lookup, onLocaleChange, setCurrentLocale, type UiCatalogue } from './catalogues.ts'
import type { Values } from './format.ts'
import { formatWords } from './words-format.ts'

/** Keys whose value is one string. */
export type TextKey = { [K in keyof UiCatalogue]: UiCatalogue[K] extends string ? K : never }[keyof UiCatalogue]
/** Keys whose value is a list of strings (bullet lists). */
export type ListKey = { [K in keyof UiCatalogue]: UiCatalogue[K] extends readonly string[] ? K : never }[keyof UiCatalogue]
export type TextValues = Values

/** The interface's language now. */
export const locale = currentLocale
/** Switches the interface's language (its files must be loaded first: see load.browser.ts). */
export const setLocale = setCurrentLocale

/** The interface's language, re-rendering the component when it changes. */
export function useLocale(): string {
  return useSyncExternalStore(onLocaleChange, currentLocale, currentLocale)
}

/** One piece of text, with {placeholders} and plurals filled from `values`. */
export function t(key: TextKey, values: TextValues = {}): string {
  const text = lookup('ui', key, currentLocale())
  return formatWords(currentLocale(), typeof text === 'string' ? text : key, values)
}

/** A list of texts, each filled the same way. */
export function tList(key: ListKey, values: TextValues = {}): string[] {
  const list = lookup('ui', key, currentLocale())
  return (Array.isArray(list) ? (list as string[]) : []).map((item) => formatWords(currentLocale(), item, values))
}

/** Every key of the interface's words in the current language (for pages that list a group of keys). */
export function uiMessages(): Record<string, unknown> {
  return catalogue('ui', currentLocale())
}
