/**
 * A Vite plugin that prints, after each build, how much gzipped script and style the first page
 * loads: the entry chunk, the chunks it imports statically, their CSS, and index.html.
 * Issue 3's budget is 100 KB; later pages, the directory, pdf-lib and fonts load on demand.
 */
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

export const FIRST_PAGE_BUDGET_KB = 100

export function firstPageWeight(): Plugin {
  return {
    name: 'what-they-hold:first-page-weight',
    apply: 'build',
    // After Vite's own HTML plugin, so index.html is in the bundle.
    enforce: 'post',
    generateBundle(_, bundle) {
      const entry = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry && f.facadeModuleId?.endsWith('index.html'))
        ?? Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry)
      if (!entry || entry.type !== 'chunk') return
      const files = new Set<string>()
      const visit = (name: string) => {
        const file = bundle[name]
        if (!file || files.has(name)) return
        files.add(name)
        if (file.type === 'chunk') {
          file.imports.forEach(visit)
          for (const css of (file as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) visit(css)
        }
      }
      visit(entry.fileName)
      if (bundle['index.html']) files.add('index.html')
      let bytes = 0
      for (const name of files) {
        const file = bundle[name]!
        bytes += gzipSync(file.type === 'chunk' ? file.code : file.source).length
      }
      const kb = bytes / 1024
      this.info(`first page loads ${kb.toFixed(1)} KB of gzipped script, style and HTML (${files.size} files; budget ${FIRST_PAGE_BUDGET_KB} KB)`)
      if (kb > FIRST_PAGE_BUDGET_KB) this.warn(`first page is over its ${FIRST_PAGE_BUDGET_KB} KB budget`)
    },
  }
}

/**
 * Puts every module the first page loads (what index.html's script imports, not what it loads with
 * import()) into one chunk beside the entry. Left alone, the bundler splits out each module that a later
 * page shares (React, the words, the dates): seven files, each gzipped on its own, 1.3 KB more than
 * one, and seven requests.
 */
export function firstPageChunk(): Plugin {
  const imports = new Map<string, readonly string[]>()
  const entries = new Set<string>()
  let firstPage: Set<string> | undefined
  const inFirstPage = (id: string): boolean => {
    if (!firstPage) {
      const found = new Set<string>()
      const visit = (from: string) => {
        for (const to of imports.get(from) ?? []) {
          if (found.has(to) || entries.has(to)) continue
          found.add(to)
          visit(to)
        }
      }
      entries.forEach(visit)
      firstPage = found
    }
    return firstPage.has(id)
  }
  return {
    name: 'what-they-hold:first-page-chunk',
    apply: 'build',
    buildStart() {
      imports.clear()
      entries.clear()
      firstPage = undefined
    },
    moduleParsed(info) {
      imports.set(info.id, info.importedIds)
      if (info.isEntry) entries.add(info.id)
    },
    outputOptions(options) {
      const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {}
      return { ...options, codeSplitting: { ...splitting, groups: [{ name: 'first-page', test: inFirstPage }, ...(splitting.groups ?? [])] } }
    },
  }
}
