/**
 * A Vite plugin (build only): the interface words the first page loads are only those it shows
 * (src/i18n/first-page-words.ts). English is built into the first bundle (src/i18n/catalogues.ts
 * imports src/content/ui.en-GB.json: here it gets only those words); another language's first words
 * come from `ui.<locale>.json?first-page` (src/i18n/load.app.ts). The whole files load with the
 * question pages. Tests, the dev server, the PDF worker and the command line get every word.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { isFirstPageWord } from '../src/i18n/first-page-words.ts'

const QUERY = '?first-page'
const FIRST_PAGE_FILE = /[\\/]ui\.[\w-]+\.json\?first-page$/

export function firstPageWords(): Plugin {
  return {
    name: 'what-they-hold:first-page-words',
    apply: 'build',
    enforce: 'pre',
    resolveId: {
      // Only the English words' own import is looked at (the bundler skips the hook for others).
      filter: { id: /\/ui\.en-GB\.json$/ },
      async handler(source, importer) {
        if (!importer?.replace(/\\/g, '/').endsWith('/src/i18n/catalogues.ts')) return null
        const resolved = await this.resolve(source, importer, { skipSelf: true })
        return resolved ? `${resolved.id}${QUERY}` : null
      },
    },
    load: {
      filter: { id: FIRST_PAGE_FILE },
      handler(id) {
        const file = id.slice(0, -QUERY.length)
        this.addWatchFile(file)
        const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
        return { code: `export default ${JSON.stringify(Object.fromEntries(Object.entries(all).filter(([key]) => isFirstPageWord(key))))}`, moduleType: 'js' }
      },
    },
  }
}
