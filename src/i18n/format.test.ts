import { describe, expect, it } from 'vitest'
import { formatDay, formatMessage } from './format.ts'
import './load.browser.ts'
import { addCatalogue, currentLocale, lookup, parseContentName, setCurrentLocale } from './catalogues.ts'

describe('formatMessage', () => {
  it('fills placeholders and leaves a message without any untouched', () => {
    expect(formatMessage('en-GB', 'Hello {name}', { name: 'Sam' })).toBe('Hello Sam')
    expect(formatMessage('en-GB', "Don't worry: it's fine", {})).toBe("Don't worry: it's fine")
  })

  it("uses each language's own plural forms (Welsh has six)", () => {
    const cy = '{count, plural, zero {dim canlyniad} one {# canlyniad} two {# ganlyniad} few {# chanlyniad} many {# chanlyniad} other {# canlyniad}}'
    expect([0, 1, 2, 3, 6, 7].map((count) => formatMessage('cy', cy, { count }))).toEqual(['dim canlyniad', '1 canlyniad', '2 ganlyniad', '3 chanlyniad', '6 chanlyniad', '7 canlyniad'])
    const en = '{count, plural, one {# result} other {# results}}'
    expect([0, 1, 2].map((count) => formatMessage('en-GB', en, { count }))).toEqual(['0 results', '1 result', '2 results'])
  })

  it('keeps a placeholder it was not given, rather than failing the page', () => {
    expect(formatMessage('en-GB', 'See {link} for {name}', { name: 'Sam' })).toBe('See {link} for Sam')
  })

  it('treats < as text, not markup', () => {
    expect(formatMessage('en-GB', 'Under <16> {n}', { n: 1 })).toBe('Under <16> 1')
  })
})

describe('formatDay', () => {
  it('names the month in the language from its locale file (Chromium has no Welsh date data)', () => {
    expect(formatDay('2026-12-01', 'en-GB')).toBe('1 December 2026')
    expect(formatDay('2026-12-01', 'cy')).toBe('1 Rhagfyr 2026')
  })
})

describe('catalogues', () => {
  it('reads a language added at run time and falls back to English for a key it lacks', () => {
    addCatalogue('ui', 'xx', { 'app.back': 'Yn ôl' })
    expect(lookup('ui', 'app.back', 'xx')).toBe('Yn ôl')
    expect(lookup('ui', 'app.continue', 'xx')).toBe('Continue')
    expect(lookup('ui', 'no.such.key', 'xx')).toBeUndefined()
  })

  it('switches the interface language and back', () => {
    const before = currentLocale()
    setCurrentLocale('xx')
    expect(currentLocale()).toBe('xx')
    setCurrentLocale(before)
  })

  it("splits a content file's name into its kind and language", () => {
    expect(parseContentName('../content/ui.cy.json')).toEqual({ kind: 'ui', locale: 'cy' })
    expect(parseContentName('errors.en-GB.json')).toEqual({ kind: 'errors', locale: 'en-GB' })
    expect(parseContentName('notes.md')).toBeUndefined()
  })
})
