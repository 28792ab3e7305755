/**
 * The Welsh letters (templates/cy) must carry the same legal content as the English ones: the same
 * files, and in each the same header fields and the same Mustache tags inside the same sections.
 * Only the order of tags within a section may differ, because Welsh puts words in a different order.
 */
import Mustache from 'mustache'
import { describe, expect, it } from 'vitest'
import { templates as english, welshTemplates as welsh } from '../../test/helpers/fixtures.ts'
import { covers } from '../text/coverage.ts'
import { parseTemplate } from './template.ts'

type Token = [type: string, value: string, start: number, end: number, children?: Token[]]

/**
 * Every tag of a text as "type+name", prefixed by the sections it sits in, e.g. "#police > ^access > name:them".
 * Sorted, so two texts compare equal when they hold the same tags in the same sections, in any order.
 */
function tagSignatures(text: string): string[] {
  const out: string[] = []
  const walk = (tokens: Token[], path: string) => {
    for (const [type, value, , , children] of tokens) {
      if (type === 'text') continue
      const tag = type === 'name' ? `name:${value}` : `${type}${value}`
      out.push(`${path}${tag}`)
      if (Array.isArray(children)) walk(children, `${path}${tag} > `)
    }
  }
  walk(Mustache.parse(text) as unknown as Token[], '')
  return out.sort()
}

/** The header fields and the body of a template, each with its tags. */
function tagsByPart(source: string): Record<string, string[]> {
  const { front, body } = parseTemplate(source)
  const parts: Record<string, string[]> = { body: tagSignatures(body) }
  for (const [key, value] of Object.entries(front)) parts[`header ${key}`] = tagSignatures(value)
  return parts
}

/** Common English words that have no place in Welsh prose (names such as "Information Commissioner's Office" in an address are fine). */
const ENGLISH_WORDS = new Set(['the', 'and', 'you', 'your', 'please', 'this', 'that', 'with', 'of', 'to', 'from', 'have', 'has', 'will', 'not', 'or', 'for', 'are', 'we', 'our'])

function withoutTags(source: string): string {
  return source.replace(/\{\{[^}]*\}\}/g, ' ')
}

const names = Object.keys(english).sort()

describe('tagSignatures', () => {
  it('tells a missing, an extra or a moved tag from a reordered one', () => {
    const base = tagSignatures('{{#police}}{{a}} {{b}}{{/police}} {{> parts/x}}')
    expect(tagSignatures('{{#police}}{{b}} x {{a}}{{/police}} {{> parts/x}}')).toEqual(base)
    expect(tagSignatures('{{#police}}{{a}}{{/police}} {{> parts/x}}')).not.toEqual(base)
    expect(tagSignatures('{{#police}}{{a}} {{b}} {{b}}{{/police}} {{> parts/x}}')).not.toEqual(base)
    expect(tagSignatures('{{#police}}{{a}}{{/police}} {{b}} {{> parts/x}}')).not.toEqual(base)
    expect(tagSignatures('{{^police}}{{a}} {{b}}{{/police}} {{> parts/x}}')).not.toEqual(base)
    expect(tagSignatures('{{#police}}{{a}} {{b}}{{/police}} {{> parts/y}}')).not.toEqual(base)
  })
})

describe('Welsh templates', () => {
  it('exist for every English template, and no others', () => {
    expect(names.length).toBeGreaterThan(25)
    expect(Object.keys(welsh).sort()).toEqual(names)
  })

  it.each(names)('%s has the same header fields and tags in the same sections as the English', (name) => {
    expect(welsh[name], `templates/cy/${name}.md is missing`).toBeDefined()
    expect(tagsByPart(welsh[name]!)).toEqual(tagsByPart(english[name]!))
  })

  it.each(names)('%s has no English left in it', (name) => {
    const words = withoutTags(welsh[name] ?? '').toLowerCase().split(/[^\p{L}]+/u)
    expect(words.filter((w) => ENGLISH_WORDS.has(w))).toEqual([])
  })

  it.each(names)('%s uses only characters the letter font can print', (name) => {
    const unprintable = [...(welsh[name] ?? '').normalize('NFC')].filter((ch) => ch !== '\n' && !covers('latin', ch.codePointAt(0)!))
    expect(unprintable).toEqual([])
  })
})
