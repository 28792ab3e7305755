import { describe, expect, it } from 'vitest'
import english from '../content/ui.en-GB.json'
import { formatMessage } from './format.ts'
import { accent, pseudoMessage, pseudoMessages } from './pseudo.ts'

describe('the pseudo-locale', () => {
  it('accents every plain letter and brackets the message', () => {
    expect(pseudoMessage('What is your name?')).toBe('⟦Ŵĥåţ îš ýöûŕ ñåɱé?⟧')
    expect(accent('AZaz09 .,')).toBe('ÅŽåž09 .,')
  })

  it('keeps placeholders, plurals and selects working, with their words accented', () => {
    const message = pseudoMessage('{count, plural, one {# letter to {name}} other {# letters}}, {kind, select, police {police} other {else}}')
    expect(formatMessage('en-XA', message, { count: 1, name: 'Cardiff', kind: 'police' })).toBe('⟦1 ļéţţéŕ ţö Cardiff, þöļîçé⟧')
    expect(formatMessage('en-XA', message, { count: 3, name: 'Cardiff', kind: 'x' })).toBe('⟦3 ļéţţéŕš, éļšé⟧')
  })

  it('reads "<" as text, as the app does', () => {
    expect(pseudoMessage('a < b')).toBe('⟦å < ƀ⟧')
  })

  it('turns every interface message, fills the same values, and leaves no plain letter outside them', () => {
    const pseudo = pseudoMessages(english)
    expect(Object.keys(pseudo)).toEqual(Object.keys(english))
    for (const [key, value] of Object.entries(english)) {
      if (key.startsWith('$')) continue
      const texts = Array.isArray(value) ? (value as string[]) : [value as string]
      const turned = Array.isArray(pseudo[key]) ? (pseudo[key] as string[]) : [pseudo[key] as string]
      texts.forEach((text, i) => {
        // Counts are numbers (shown as digits); every other value is marked so it can be taken out.
        const counts = new Set([...text.matchAll(/\{(\w+),\s*(?:plural|number|selectordinal)/g)].map((m) => m[1]))
        const values = new Proxy({}, { get: (_, name) => (counts.has(String(name)) ? 2 : `<${String(name)}>`), has: () => true }) as Record<string, string>
        const shown = formatMessage('en-XA', turned[i]!, values)
        // What is left once values are taken out holds no a-z: every word came through the pseudo-locale.
        expect(shown.replace(/<\w+>/g, ''), `${key}`).not.toMatch(/[A-Za-z]/)
        expect(shown.startsWith('⟦') && shown.endsWith('⟧'), key).toBe(true)
        // The same placeholders as the English.
        expect(shown.match(/<\w+>/g)?.sort() ?? [], key).toEqual(formatMessage('en-GB', text, values).match(/<\w+>/g)?.sort() ?? [])
      })
    }
  })
})
