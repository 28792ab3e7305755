import { describe, expect, it } from 'vitest'
import { escapeMarkup, markupToPlain, parseInline } from './markup.ts'
import { escapeValue, renderTemplate, toBlocks } from './template.ts'

describe('inline markup', () => {
  it('reads **bold** and leaves a lone ** as typed', () => {
    expect(parseInline('a **b** c')).toEqual([{ text: 'a ', bold: false }, { text: 'b', bold: true }, { text: ' c', bold: false }])
    expect(parseInline('5 ** 2')).toEqual([{ text: '5 ** 2', bold: false }])
    expect(parseInline('****')).toEqual([{ text: '****', bold: false }])
  })

  it('prints an escaped star or backslash as itself', () => {
    expect(parseInline('\\*\\*not bold\\*\\* a\\\\b')).toEqual([{ text: '**not bold** a\\b', bold: false }])
  })

  it.each(['**Siân**', 'a\\*b', '\\', '\\\\', '*', '***', '** x **', 'C:\\Users\\x', '{{name}}', '<b>x</b>', '\\*'])(
    'escapeMarkup then markupToPlain gives back %s exactly',
    (text) => {
      expect(markupToPlain(escapeMarkup(text))).toBe(text)
      expect(parseInline(escapeMarkup(text)).every((s) => !s.bold)).toBe(true)
    },
  )
})

describe('values in templates are data, never markup', () => {
  const render = (value: string) => toBlocks(`Before\n\n${escapeValue(value)}\n\nAfter ${escapeValue(value)} **bold**`)

  it.each([
    ['stars', '**Siân** Evans'],
    ['a backslash', 'C:\\Users\\Siân'],
    ['Mustache braces', '{{subjectName}} {{#x}}y{{/x}}'],
    ['angle brackets', '<script>alert(1)</script>'],
    ['a heading marker', '## Not a heading'],
    ['a bullet', '- not a list'],
    ['a bullet after spaces', '   - not a list'],
    ['a number', '1. not a list'],
    ['a line to sign', '_ Signature'],
  ])('%s print exactly as typed', (_, value) => {
    const blocks = render(value)
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
    const [, own, after] = blocks as { type: 'paragraph'; text: string }[]
    expect(markupToPlain(own!.text)).toBe(value.trim())
    expect(markupToPlain(after!.text)).toBe(`After ${value} bold`)
    expect(parseInline(own!.text).some((s) => s.bold)).toBe(false)
  })

  it('keeps a value\'s own paragraphs, and Mustache never reads a value as a tag', () => {
    const rendered = renderTemplate('t', { details: 'One {{details}}\n\nTwo **x**' }, { t: '---\ntitle: About {{details}}\n---\n{{details}}\n' })
    expect(rendered.blocks.map((b) => (b.type === 'paragraph' ? markupToPlain(b.text) : b.type))).toEqual(['One {{details}}', 'Two **x**'])
    // The header is plain text: nothing is escaped there.
    expect(rendered.front.title).toBe('About One {{details}} Two **x**')
  })
})
