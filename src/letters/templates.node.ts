/** Reads templates/ from disk, for the command line and tests (the app bundles them instead). */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { TemplateSet } from './template.ts'

export const TEMPLATE_DIR = join(import.meta.dirname, '..', '..', 'templates')

export function loadTemplatesFromDisk(dir: string = TEMPLATE_DIR): TemplateSet {
  const out: Record<string, string> = {}
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.md') && entry.name !== 'README.md') {
        out[relative(dir, path).split('\\').join('/').replace(/\.md$/, '')] = readFileSync(path, 'utf8')
      } else if (entry.name === 'words.json') {
        // Kept as text, like a template: ./languages.ts reads it for the letter's language.
        out[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8')
      }
    }
  }
  walk(dir)
  return out
}
