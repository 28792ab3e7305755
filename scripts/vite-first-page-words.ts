/**
 * A Vite plugin (build only): the English interface words built into the first bundle
 * (src/i18n/catalogues.ts imports src/content/ui.en-GB.json) are only those the first page shows
 * (src/i18n/first-page-words.ts). The whole file is loaded with the question pages
 * (loadEveryWord in src/i18n/load.browser.ts). Tests, the dev server, the PDF worker and the command
 * line keep every word built in.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { isFirstPageWord } from '../src/i18n/first-page-words.ts'

const VIRTUAL = '\0what-they-hold:first-page-words'

export function firstPageWords(): Plugin {
  let file = ''
  return {
    name: 'what-they-hold:first-page-words',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer?.replace(/\\/g, '/').endsWith('/src/i18n/catalogues.ts') || !source.endsWith('/ui.en-GB.json')) return null
      const resolved = await this.resolve(source, importer, { skipSelf: true })
      if (!resolved) return null
      file = resolved.id
      return VIRTUAL
    },
    load(id) {
      if (id !== VIRTUAL) return null
      this.addWatchFile(file)
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
      const first = Object.fromEntries(Object.entries(all).filter(([key]) => isFirstPageWord(key)))
      return `export default ${JSON.stringify(first)}`
    },
  }
}
