/** The templates, bundled into the app at build time so letters work offline. */
import type { TemplateSet } from './template.ts'

const files = import.meta.glob(['/templates/**/*.md', '/templates/**/words.json'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>

export const BUNDLED_TEMPLATES: TemplateSet = Object.fromEntries(
  Object.entries(files)
    .filter(([path]) => !path.endsWith('/README.md'))
    .map(([path, source]) => [path.replace(/^\/templates\//, '').replace(/\.md$/, ''), source]),
)
