/**
 * Fails when an import under src/ breaks the layers in scripts/layers.json, or folders import each
 * other in a circle. Part of `npm run lint`:
 *
 *   npx tsx scripts/check-layers.ts           check
 *   npx tsx scripts/check-layers.ts --write   also rewrite the matching oxlint rules in .oxlintrc.json
 *
 * Every import counts, type-only ones too: a type that lives in the wrong folder is a design circle
 * even when the bundle never sees it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, posix, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseAst } from 'rolldown/parseAst'
import { checkLayers, oxlintOverrides, type Edge, type Layers } from './layers.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SRC = join(ROOT, 'src')
const LINT_CONFIG = join(ROOT, '.oxlintrc.json')

type Node = { type?: string; [key: string]: unknown }

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null
}

function stringValue(node: unknown): string | undefined {
  return isNode(node) && node.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined
}

function isImportMeta(node: unknown): boolean {
  return isNode(node) && node.type === 'MetaProperty' && isNode(node.meta) && node.meta.name === 'import'
}

/** Every module a file names: imports, re-exports, import(), import.meta.glob() and `new URL(…, import.meta.url)`. */
export function specifiers(code: string, lang: 'ts' | 'tsx'): string[] {
  const found: string[] = []
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!isNode(node)) return
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
      case 'ImportExpression': {
        const source = stringValue(node.source)
        if (source !== undefined) found.push(source)
        break
      }
      case 'CallExpression': {
        const callee = node.callee
        if (isNode(callee) && callee.type === 'MemberExpression' && isImportMeta(callee.object) && isNode(callee.property) && callee.property.name === 'glob') {
          const first = (node.arguments as unknown[])[0]
          const patterns = isNode(first) && first.type === 'ArrayExpression' ? (first.elements as unknown[]) : [first]
          for (const p of patterns) {
            const pattern = stringValue(p)
            if (pattern !== undefined && !pattern.startsWith('!')) found.push(pattern)
          }
        }
        break
      }
      case 'NewExpression': {
        const [first, second] = node.arguments as unknown[]
        if (isNode(node.callee) && node.callee.name === 'URL' && isNode(second) && second.type === 'MemberExpression' && isImportMeta(second.object)) {
          const target = stringValue(first)
          if (target !== undefined) found.push(target)
        }
        break
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && isNode(value)) visit(value)
  }
  visit(parseAst(code, { lang }).body)
  return found
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** Every import between files under src/, as paths relative to src/. Imports of packages and of files outside src/ are left out. */
export function importsUnder(src: string): Edge[] {
  const edges: Edge[] = []
  for (const file of sourceFiles(src)) {
    const from = relative(src, file).split('\\').join('/')
    const lang = file.endsWith('.tsx') ? 'tsx' : 'ts'
    for (const spec of specifiers(readFileSync(file, 'utf8'), lang)) {
      if (!spec.startsWith('.')) continue
      const to = posix.normalize(posix.join(posix.dirname(from), spec))
      if (to.startsWith('../')) continue
      edges.push({ from, to })
    }
  }
  return edges
}

function main() {
  const layers = JSON.parse(readFileSync(join(ROOT, 'scripts/layers.json'), 'utf8')) as Layers
  const problems = checkLayers(importsUnder(SRC), layers)

  const config = JSON.parse(readFileSync(LINT_CONFIG, 'utf8')) as { overrides?: unknown }
  const overrides = oxlintOverrides(layers)
  if (JSON.stringify(config.overrides) !== JSON.stringify(overrides)) {
    if (process.argv.includes('--write')) {
      writeFileSync(LINT_CONFIG, `${JSON.stringify({ ...config, overrides }, null, 2)}\n`)
      console.log('Rewrote the layer rules in .oxlintrc.json.')
    } else {
      problems.push('The layer rules in .oxlintrc.json do not match scripts/layers.json: run `npx tsx scripts/check-layers.ts --write`.')
    }
  }

  if (problems.length > 0) {
    console.error(`Imports that break the layers (scripts/layers.json):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    process.exit(1)
  }
  console.log('Imports keep to the layers in scripts/layers.json; no folder circles.')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
