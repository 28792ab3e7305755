/** The command line's loader: reads every language's content files from src/content. */
import { readdirSync, readFileSync } from 'node:fs'
import { addCatalogue, DEFAULT_LOCALE, parseContentName } from './catalogues.ts'

const folder = new URL('../content/', import.meta.url)

export function loadAllLocales(): string[] {
  const locales = new Set([DEFAULT_LOCALE])
  for (const file of readdirSync(folder)) {
    const name = parseContentName(file)
    if (!name) continue
    addCatalogue(name.kind, name.locale, JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Record<string, unknown>)
    if (name.kind === 'ui' || name.kind === 'cli') locales.add(name.locale)
  }
  return [...locales]
}
