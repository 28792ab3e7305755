/** The command line's loader: reads every language's content files from src/content. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addCatalogue, DEFAULT_LOCALE, parseContentName } from './catalogues.ts'

const CONTENT_DIR = fileURLToPath(new URL('../content/', import.meta.url))

/** `folder` is src/content; the bundled command line is not in src/, so it names the folder (see src/cli/project.ts). */
export function loadAllLocales(folder: string = CONTENT_DIR): string[] {
  const locales = new Set([DEFAULT_LOCALE])
  for (const file of readdirSync(folder)) {
    const name = parseContentName(file)
    if (!name) continue
    addCatalogue(name.kind, name.locale, JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>)
    if (name.kind === 'ui' || name.kind === 'cli') locales.add(name.locale)
  }
  return [...locales]
}
