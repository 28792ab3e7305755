import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseAst } from 'rolldown/parseAst'
import { describe, expect, it } from 'vitest'
import ui from '../../src/content/ui.en-GB.json'
import { FIRST_PAGE_WORDS, isFirstPageWord } from '../../src/i18n/first-page-words.ts'

/**
 * The built app's first bundle has only the interface words listed in src/i18n/first-page-words.ts.
 * A module that bundle loads (src/main.tsx and what it imports, not what it loads with import()) must
 * show no other word, or the first page would show a key instead of words.
 */
const SRC = resolve(import.meta.dirname, '../../src')
// The step table's words are its check-your-answers rows, shown only on that page, which loads every word.
const WORDS_SHOWN_LATER = new Set([join(SRC, 'flow/steps.ts')])

type Node = { type?: string; [key: string]: unknown }
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/** The files src/main.tsx imports statically, at any depth, with the word keys each one uses. */
function firstBundle(): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const visit = (file: string) => {
    if (found.has(file)) return
    const keys: string[] = []
    found.set(file, keys)
    const imports: string[] = []
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk)
      if (!isNode(node)) return
      if ((node.type === 'ImportDeclaration' && node.importKind !== 'type') || ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.exportKind !== 'type')) {
        const source = (node.source as Node | null)?.value
        if (typeof source === 'string' && source.startsWith('.') && /\.tsx?$/.test(source)) imports.push(resolve(dirname(file), source))
      }
      if (node.type === 'CallExpression' && isNode(node.callee) && node.callee.type === 'Identifier' && ['t', 'tList', 'tRich'].includes(node.callee.name as string)) {
        const first = (node.arguments as Node[])[0]
        if (first?.type === 'Literal' && typeof first.value === 'string') keys.push(first.value)
        // t(`topics.option.${id}`): every key that starts so.
        if (first?.type === 'TemplateLiteral') {
          const start = ((first.quasis as Node[])[0]!.value as { cooked: string }).cooked
          keys.push(...Object.keys(ui).filter((key) => key.startsWith(start)))
        }
      }
      for (const [key, value] of Object.entries(node)) if (key !== 'type' && isNode(value)) walk(value)
    }
    walk(parseAst(readFileSync(file, 'utf8'), { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }).body)
    imports.forEach(visit)
  }
  visit(join(SRC, 'main.tsx'))
  return found
}

describe('the first page words', () => {
  const bundle = firstBundle()

  it('finds the shell and the start page in the first bundle, with their words', () => {
    const start = bundle.get(join(SRC, 'steps/start/StartPage.tsx'))
    expect(start).toContain('start.title')
    expect(bundle.get(join(SRC, 'app/App.tsx'))).toContain('app.skipLink')
    // Question pages load later.
    expect(bundle.has(join(SRC, 'steps/StepPages.tsx'))).toBe(false)
  })

  it('lists every word a module of the first bundle shows', () => {
    const missing = [...bundle]
      .filter(([file]) => !WORDS_SHOWN_LATER.has(file))
      .flatMap(([file, keys]) => keys.filter((key) => !isFirstPageWord(key)).map((key) => `${file.slice(SRC.length + 1)}: ${key}`))
    expect(missing).toEqual([])
  })

  it('lists no word that is not in the catalogue', () => {
    expect(FIRST_PAGE_WORDS.filter((word) => !Object.keys(ui).some((key) => isFirstPageWord(key) && (key === word || key.startsWith(word))))).toEqual([])
  })
})
