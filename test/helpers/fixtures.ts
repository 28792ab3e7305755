/** The three people's request files, and helpers for tests that need a directory and templates. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadDirectory } from '../../src/directory/directory.ts'
import { loadTemplatesFromDisk } from '../../src/letters/templates.node.ts'
import { parseRequest } from '../../src/request/parse.ts'
import type { Request } from '../../src/request/schema.ts'

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'requests')

export const directory = loadDirectory()
export const templates = loadTemplatesFromDisk()
export const sources = { directory, templates }
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
