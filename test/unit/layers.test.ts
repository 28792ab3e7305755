import { describe, expect, it } from 'vitest'
import { specifiers } from '../../scripts/check-layers.ts'
import { checkLayers, folderCycles, oxlintOverrides, type Layers } from '../../scripts/layers.ts'

/** A small house: words at the bottom, then letters, then the pages, and a command line nothing imports. */
const LAYERS: Layers = {
  layers: [['words', 'data'], ['letters'], ['cli'], ['store'], ['pages'], ['main.tsx']],
  core: ['words', 'data', 'letters'],
  entries: ['cli', 'main.tsx'],
}

const edge = (from: string, to: string) => ({ from, to })

describe('checkLayers', () => {
  it('passes imports that only go down', () => {
    const edges = [
      edge('pages/Start.tsx', 'store/draft.ts'),
      edge('pages/Start.tsx', 'letters/build.ts'),
      edge('letters/build.ts', 'words/en.ts'),
      edge('letters/build.ts', 'letters/cover.ts'),
      edge('cli/run.ts', 'letters/build.ts'),
      edge('main.tsx', 'pages/Start.tsx'),
    ]
    expect(checkLayers(edges, LAYERS)).toEqual([])
  })

  it('names an import that goes up, with the file that makes it', () => {
    expect(checkLayers([edge('store/draft.ts', 'pages/Start.tsx')], LAYERS)).toEqual([
      'src/store imports src/pages, which sits above it in scripts/layers.json (src/store/draft.ts imports src/pages/Start.tsx).',
    ])
  })

  it('refuses an import between two folders of one layer', () => {
    expect(checkLayers([edge('words/en.ts', 'data/bank-holidays.json')], LAYERS)).toEqual([
      'src/words imports src/data, which sits in the same layer in scripts/layers.json (src/words/en.ts imports src/data/bank-holidays.json).',
    ])
  })

  it('says when core code imports the interface, and when anything imports a starting point', () => {
    const problems = checkLayers([edge('letters/build.ts', 'store/draft.ts'), edge('pages/Start.tsx', 'cli/run.ts')], LAYERS)
    expect(problems).toContain(
      'src/letters is core code and imports src/store, which is not: core code never imports the interface (src/letters/build.ts imports src/store/draft.ts).',
    )
    expect(problems).toContain("src/pages imports src/cli, a program's starting point that nothing may import (src/pages/Start.tsx imports src/cli/run.ts).")
  })

  it('names a folder circle hop by hop', () => {
    const problems = checkLayers([edge('store/draft.ts', 'pages/Start.tsx'), edge('pages/Start.tsx', 'store/draft.ts')], LAYERS)
    expect(problems).toContain(
      'Folders import each other in a circle: src/pages → src/store → src/pages (src/pages/Start.tsx imports src/store/draft.ts; src/store/draft.ts imports src/pages/Start.tsx).',
    )
  })

  it('asks for a new folder to be placed in a layer', () => {
    expect(checkLayers([edge('pages/Start.tsx', 'nav/router.ts')], LAYERS)).toEqual(['src/nav is not in scripts/layers.json: add it to the layer it belongs in.'])
  })

  it('lets files of one folder import each other: oxlint watches circles between files', () => {
    expect(checkLayers([edge('letters/a.ts', 'letters/b.ts'), edge('letters/b.ts', 'letters/a.ts')], LAYERS)).toEqual([])
  })
})

describe('folderCycles', () => {
  it('finds each circle once, through every folder in it, and ignores a folder that only leads into one', () => {
    const graph = new Map([
      ['a', new Map([['b', 1]])],
      ['b', new Map([['c', 1]])],
      ['c', new Map([['a', 1]])],
      ['d', new Map([['a', 1], ['e', 1]])],
      ['e', new Map([['d', 1]])],
    ])
    expect(folderCycles(graph).map((c) => c.join(' '))).toEqual(['a b c', 'd e'])
  })
})

describe('oxlintOverrides', () => {
  const rule = (folder: string) => {
    const override = oxlintOverrides(LAYERS).find((o) => o.files[0]!.startsWith(`src/${folder}`))
    const options = override?.rules['no-restricted-imports'] as [string, { patterns: { regex: string }[] }] | undefined
    return options ? new RegExp(options[1].patterns[0]!.regex) : undefined
  }

  it('bans the folders above, and starting points, at any depth', () => {
    expect(rule('store')?.test('../pages/Start.tsx')).toBe(true)
    expect(rule('store')?.test('../../../pages/Start.tsx')).toBe(true)
    expect(rule('store')?.test('../cli/run.ts')).toBe(true)
    expect(rule('store')?.test('../letters/build.ts')).toBe(false)
    expect(rule('store')?.test('./pages/x.ts')).toBe(false)
  })

  it('bans a top-level file from starting points only, and has no rule for a folder with nothing to ban', () => {
    expect(rule('main.tsx')?.test('./cli/run.ts')).toBe(true)
    expect(rule('main.tsx')?.test('./pages/Start.tsx')).toBe(false)
    expect(rule('words')?.test('../data/x.json')).toBe(true)
  })
})

describe('specifiers', () => {
  it('reads every way a module names another, and nothing in comments or strings', () => {
    const code = [
      "import type { A } from './a.ts'",
      "import b, { c } from '../b.ts'",
      "export * from './c.ts'",
      "export { d } from './d.ts'",
      "const e = await import('./e.ts')",
      "const f = import.meta.glob(['../f/*.json', '!../f/*.en.json'])",
      "const w = new Worker(new URL('./w.ts', import.meta.url))",
      "// import x from './comment.ts'",
      "const s = \"import y from './string.ts'\"",
      'const el = <div>{b}</div>',
    ].join('\n')
    expect(specifiers(code, 'tsx')).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts', './e.ts', '../f/*.json', './w.ts'])
  })
})
