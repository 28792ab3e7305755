/** The three people's request files, and helpers for tests that need a directory and templates. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadDirectory } from '../../src/directory/directory.ts'
import { loadAllLocales } from '../../src/i18n/load.node.ts'
import { WORDS_FILE } from '../../src/letters/languages.ts'
import type { TemplateSet } from '../../src/letters/template.ts'
import { loadTemplatesFromDisk, TEMPLATE_DIR } from '../../src/letters/templates.node.ts'
import { parseRequest } from '../../src/request/parse.ts'
import type { Request } from '../../src/request/schema.ts'

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'requests')

// Every language's content, as the command line loads it: a Welsh letter's cover sheet uses the Welsh directory words.
loadAllLocales()
export const directory = loadDirectory()
/** The Welsh letters' folder under templates/; the English ones are the rest until they move to templates/en-GB. */
export const WELSH = 'cy'
/** Every template of every language, and the words files, as the app and the command line load them. */
export const allTemplates: TemplateSet = loadTemplatesFromDisk()
const withoutWords = (set: TemplateSet): TemplateSet => Object.fromEntries(Object.entries(set).filter(([name]) => name !== WORDS_FILE))
export const templates: TemplateSet = withoutWords(
  Object.fromEntries(Object.entries(allTemplates).filter(([name]) => !name.startsWith(`${WELSH}/`))),
)
export const welshTemplates: TemplateSet = withoutWords(loadTemplatesFromDisk(join(TEMPLATE_DIR, WELSH)))
/** Each language's words file (templates/words.json, templates/cy/words.json), parsed. */
export const englishWordsFile = JSON.parse(allTemplates[WORDS_FILE]!) as Record<string, unknown>
export const welshWordsFile = JSON.parse(allTemplates[`${WELSH}/${WORDS_FILE}`] ?? '{}') as Record<string, unknown>
export const sources = { directory, templates: allTemplates }
export const schemaOptions = { isKnownRecipient: (id: string) => directory.byId(id) !== undefined }

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''))
}

export function rawFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.json`), 'utf8')) as Record<string, unknown>
}

export function fixture(name: string): Request {
  const result = parseRequest(rawFixture(name), schemaOptions)
  if (!result.ok) throw new Error(`Fixture ${name} is broken: ${JSON.stringify(result.errors)}`)
  return result.request
}
