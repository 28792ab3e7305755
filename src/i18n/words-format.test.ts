import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatMessage } from './format.ts'
import { formatWords } from './words-format.ts'

/** The interface's small formatter gives what intl-messageformat gives, for every message it is handed. */
const CONTENT = join(import.meta.dirname, '..', 'content')

function messages(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(messages)
  if (value && typeof value === 'object') return Object.values(value).flatMap(messages)
  return []
}

const COUNTS = [0, 1, 2, 3, 4, 6, 11, 1000, 1234567]

/** Value sets for a message: each named argument as text, and any argument as each count. */
function valueSets(message: string): Record<string, string | number>[] {
  const names = [...new Set([...message.matchAll(/\{\s*(\w+)/g)].map((m) => m[1]!))]
  const text = Object.fromEntries(names.map((name) => [name, `<${name} & 'x'>`]))
  return [{}, text, ...COUNTS.map((n) => ({ ...text, ...Object.fromEntries(names.map((name) => [name, n])) }))]
}

describe('formatWords', () => {
  const files = readdirSync(CONTENT).filter((file) => /^ui\.[\w-]+\.json$/.test(file))

  it('reads every interface catalogue', () => {
    expect(files).toEqual(expect.arrayContaining(['ui.en-GB.json', 'ui.cy.json']))
  })

  for (const file of files) {
    const locale = file.slice('ui.'.length, -'.json'.length)
    it(`fills every message of ${file} as intl-messageformat does`, () => {
      const all = messages(JSON.parse(readFileSync(join(CONTENT, file), 'utf8')))
      expect(all.filter((m) => m.includes('plural')).length).toBeGreaterThan(0)
      for (const message of all) {
        for (const values of valueSets(message)) expect([message, values, formatWords(locale, message, values)]).toEqual([message, values, formatMessage(locale, message, values)])
      }
    })
  }

  it.each([
    ['{n, plural, =0 {none} one {# thing} other {# things}} left', { n: 0 }],
    ['{n, plural, =0 {none} one {# thing} other {# things}} left', { n: 1 }],
    ['{n, plural, offset:1 one {you and # other} other {you and # others}}', { n: 3 }],
    ['{n, plural, zero {# z} one {# o} two {# t} few {# f} many {# m} other {# x}}', { n: 6 }],
    ['{kind, select, police {the force} council {the council} other {them}} and {name}', { kind: 'council', name: 'Ann' }],
    ['{kind, select, police {the force} other {{name}, {n, plural, one {# day} other {# days}}}}', { kind: 'x', name: 'Ann', n: 2 }],
    ["It''s '{quoted}' and wedi'i {name}", { name: 'Ann' }],
    ["{n, plural, other {'#' is # and it''s {name}}}", { n: 5, name: 'Ann' }],
    ['{ name } and { n , number }', { name: 'Ann', n: 12345.5 }],
    ['Missing {name} and {other}', { name: 'Ann' }],
  ])('fills %j as intl-messageformat does', (message, values) => {
    for (const locale of ['en-GB', 'cy']) expect(formatWords(locale, message, values)).toBe(formatMessage(locale, message, values))
  })

  it('refuses what it does not support rather than print it wrong', () => {
    expect(() => formatWords('en-GB', '{when, date, short}', { when: 1 })).toThrow()
    expect(() => formatWords('en-GB', '{n, plural, one {#}}', { n: 1 })).toThrow()
  })
})
