/**
 * Every English catalogue (src/content/*.en-GB.json) has a Welsh twin (*.cy.json) with the same keys,
 * the same {placeholders} in each value and the same number of items in each list. A key missing on
 * either side would show the key itself on a page; a placeholder renamed or dropped in one language
 * would print "{name}" or lose the name. "$comment" keys are notes for developers and are skipped.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

const english = import.meta.glob<Json>('./*.en-GB.json', { eager: true, import: 'default' })
const welsh = import.meta.glob<Json>('./*.cy.json', { eager: true, import: 'default' })

function argumentNames(elements: MessageFormatElement[], into: Set<string>): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    into.add(element.value)
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentNames(option.value, into)
    if (element.type === TYPE.tag) argumentNames(element.children, into)
  }
  return into
}

/**
 * Placeholder names in one message, read as ICU MessageFormat the way t() reads it: "{name}" and
 * "{count, plural, …}" give "name" and "count". A message that is not valid ICU is a difference too.
 */
function placeholders(text: string): string[] {
  try {
    return [...argumentNames(parse(text, { ignoreTag: true }), new Set())].sort()
  } catch {
    return ['(not a valid message)']
  }
}

function kind(value: Json | undefined): string {
  if (Array.isArray(value)) return 'list'
  if (value === null) return 'null'
  return typeof value
}

/**
 * Every way the second catalogue differs in shape from the first, one sentence each. Keys are
 * compared at every depth (errors.json nests 'fields' and 'errors'; countries.json nests one group
 * per country); a key's path is written with " > " because keys themselves may hold dots.
 */
function differences(first: Json, second: Json, path: string[] = []): string[] {
  const at = path.length > 0 ? path.join(' > ') : '(top)'
  if (kind(first) !== kind(second)) return [`${at}: ${kind(first)} in English, ${kind(second)} in Welsh`]
  if (typeof first === 'string' && typeof second === 'string') {
    const a = placeholders(first)
    const b = placeholders(second)
    return a.join() === b.join() ? [] : [`${at}: placeholders {${a.join('}, {')}} in English, {${b.join('}, {')}} in Welsh`]
  }
  if (Array.isArray(first) && Array.isArray(second)) {
    if (first.length !== second.length) return [`${at}: ${first.length} items in English, ${second.length} in Welsh`]
    return first.flatMap((item, i) => differences(item, second[i] as Json, [...path, String(i)]))
  }
  if (kind(first) === 'object') {
    const a = first as Record<string, Json>
    const b = second as Record<string, Json>
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !key.startsWith('$'))
    return keys.flatMap((key) => {
      if (!Object.hasOwn(b, key)) return [`${[...path, key].join(' > ')}: missing in Welsh`]
      if (!Object.hasOwn(a, key)) return [`${[...path, key].join(' > ')}: missing in English`]
      return differences(a[key] as Json, b[key] as Json, [...path, key])
    })
  }
  return []
}

describe('the comparison itself', () => {
  it('finds a key missing on either side, a renamed or dropped placeholder, and a list of another length', () => {
    const en = { $comment: 'note', a: 'Hello {name}', b: ['one', 'two'], c: 'x', nested: { d: 'Enter {lower}' } }
    const cy = { $comment: 'nodyn {extra}', a: 'Helo {enw}', b: ['un'], e: 'y', nested: { d: 'Mae angen rhoi' } }
    expect(differences(en, cy)).toEqual([
      'a: placeholders {name} in English, {enw} in Welsh',
      'b: 2 items in English, 1 in Welsh',
      'c: missing in Welsh',
      'nested > d: placeholders {lower} in English, {} in Welsh',
      'e: missing in English',
    ])
  })

  it('accepts a faithful pair, with placeholders in any order and comments that differ', () => {
    const en = { $comment: 'a', a: '{one} and {two}', list: ['{n} x'], group: { 'key.with.dots': 'z' } }
    const cy = { $comment: 'b', a: '{two} a hefyd {one}', list: ['{n} y'], group: { 'key.with.dots': 'z' } }
    expect(differences(en, cy)).toEqual([])
  })

  it('finds a list where the other side has text', () => {
    expect(differences({ a: ['x'] }, { a: 'x' })).toEqual(['a: list in English, string in Welsh'])
  })
})

describe('the Welsh catalogues', () => {
  const names = Object.keys(english).map((file) => file.replace('./', '').replace('.en-GB.json', ''))

  it('exist beside every English catalogue, and nowhere else', () => {
    expect(names.length).toBeGreaterThanOrEqual(5)
    expect(Object.keys(welsh).sort()).toEqual(names.map((name) => `./${name}.cy.json`).sort())
  })

  it.each(names)('%s: same keys, placeholders and list lengths as the English', (name) => {
    const en = english[`./${name}.en-GB.json`] as Json
    const cy = welsh[`./${name}.cy.json`]
    expect(cy, `src/content/${name}.cy.json is missing`).toBeDefined()
    expect(differences(en, cy as Json)).toEqual([])
  })
})
