import { describe, expect, it } from 'vitest'
import { rawFixture, schemaOptions } from '../../test/helpers/fixtures.ts'
import { cleanText, displaySafe } from './clean.ts'
import { parseRequest } from './parse.ts'

const ZWSP = '\u200b'
const SHY = '\u00ad'
const ZWNJ = '\u200c'
const ZWJ = '\u200d'

function parsed(change: (r: Record<string, any>) => void) {
  const r = rawFixture('young-person') as Record<string, any>
  change(r)
  return parseRequest(r, schemaOptions)
}

describe('cleanText', () => {
  it.each([
    ['a zero-width space', `Si${ZWSP}ân`, 'Siân'],
    ['a soft hyphen', `Llŷr${SHY}Evans`, 'LlŷrEvans'],
    ['a right-to-left override', '\u202eSiân Evans\u202c', 'Siân Evans'],
    ['direction isolates and marks', '\u2067Siân\u2069 \u200fEvans\u200e', 'Siân Evans'],
    ['a byte order mark and a word joiner', '\ufeffSiân\u2060 Evans', 'Siân Evans'],
    ['a joiner between Latin letters', `Si${ZWJ}ân Ev${ZWNJ}ans`, 'Siân Evans'],
    ['a joiner at the end of Arabic text', `محمد${ZWNJ}`, 'محمد'],
    ['tag characters', 'Sian\u{e0041}\u{e007f}', 'Sian'],
  ])('removes %s', (_, typed, clean) => {
    expect(cleanText(typed)).toBe(clean)
  })

  it.each([
    ['Persian (ZWNJ between Arabic-script letters)', `می${ZWNJ}خواهم`],
    ['Urdu (ZWNJ)', `نرگس${ZWNJ}ی`],
    ['Bengali (ZWJ for the ra-phala form)', `র${ZWJ}্যাব`],
    ['Bengali (ZWNJ stops a conjunct)', `ক্${ZWNJ}ষ`],
    ['Devanagari (ZWJ gives the half form)', `क्${ZWJ}ष`],
    ['Malayalam (ZWJ for a chillu)', `ന്${ZWJ}`.concat('റ')],
  ])('keeps the joiners %s needs', (_, name) => {
    expect(cleanText(name)).toBe(name)
  })

  it('keeps spaces, case and punctuation exactly, and cleaning twice changes nothing more', () => {
    const typed = `  O'Brien-Ní  Dhomhnaill ** {{x}} <b> \\ `
    expect(cleanText(typed)).toBe(typed)
    const messy = `a${ZWSP}\u202e${ZWJ}b\tc`
    expect(cleanText(cleanText(messy))).toBe(cleanText(messy))
  })

  it('turns every kind of line break in a long answer into "\\n", and tabs in a one-line field into spaces', () => {
    expect(cleanText('a\u2028b\u2029c\r\nd\re\u0085f', { multiline: true })).toBe('a\nb\n\nc\nd\ne\nf')
    expect(cleanText('a\tb')).toBe('a b')
    expect(cleanText('a\tb', { multiline: true })).toBe('a\tb')
  })
})

describe('displaySafe', () => {
  it('names hidden characters instead of passing them to a terminal or page', () => {
    expect(displaySafe('\u001b]0;pwned\u0007')).toBe('[U+001B]]0;pwned[U+0007]')
    expect(displaySafe('a\u202eb\nc')).toBe('a[U+202E]b[U+000A]c')
    expect(displaySafe(`می${ZWNJ}خواهم`)).toBe(`می${ZWNJ}خواهم`)
  })

  it('cuts a long value short', () => {
    expect(displaySafe('x'.repeat(500))).toBe(`${'x'.repeat(60)}…`)
  })
})

describe('the schema cleans every text field', () => {
  it('prints the name without the invisible characters pasted with it', () => {
    const result = parsed((r) => { r.subject.fullName = `Si${ZWSP}ân${SHY} Llŷr\u202e Evans` })
    expect(result.ok && result.request.subject.fullName).toBe('Siân Llŷr Evans')
  })

  it('cleans emails, phone numbers, postcodes and web addresses too', () => {
    const result = parsed((r) => {
      r.subject.email = `sian${ZWSP}@example.org`
      r.subject.phone = `07700${ZWSP} 900123`
      r.subject.address.postcode = `CF10${ZWSP} 1AA`
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.request.subject.email).toBe('sian@example.org')
    expect(result.request.subject.phone).toBe('07700 900123')
    expect(result.request.subject.address.postcode).toBe('CF10 1AA')
  })

  it('says "Enter your full name" for a name made only of invisible characters', () => {
    const result = parsed((r) => { r.subject.fullName = `${ZWSP}${SHY}\u200e${ZWJ} \u00a0` })
    expect(!result.ok && result.errors).toEqual([{ path: 'subject.fullName', message: 'Enter full name' }])
  })

  it('refuses a line break in a one-line field, naming the field', () => {
    const name = parsed((r) => { r.subject.fullName = 'Siân\nEvans' })
    expect(!name.ok && name.errors).toEqual([{ path: 'subject.fullName', message: 'Full name must be on one line' }])
    const line = parsed((r) => { r.subject.address.lines = ['12 Example Road\u2028Flat 2', 'Cardiff'] })
    expect(!line.ok && line.errors).toEqual([{ path: 'subject.address.lines.0', message: 'Address line must be on one line' }])
    const email = parsed((r) => { r.subject.email = 'sian@example.org\n' })
    expect(!email.ok && email.errors[0]?.path).toBe('subject.email')
    const phone = parsed((r) => { r.subject.phone = '07700\n900123' })
    expect(!phone.ok && phone.errors[0]?.path).toBe('subject.phone')
  })

  it('keeps line breaks in long answers', () => {
    const result = parsed((r) => { r.details = 'First line.\nSecond line.\u2029New paragraph.' })
    expect(result.ok && result.request.details).toBe('First line.\nSecond line.\n\nNew paragraph.')
  })

  it('names control characters rather than printing them, so an answers file cannot retitle a terminal', () => {
    const result = parsed((r) => { r.subject.fullName = 'Siân \u001b]0;owned\u0007Evans' })
    expect(!result.ok && result.errors).toEqual([
      { path: 'subject.fullName', message: 'Full name has hidden characters that cannot be printed (U+001B U+0007). Type it again instead of pasting it' },
    ])
  })

  it('keeps markup characters as typed: values are data', () => {
    const result = parsed((r) => { r.subject.fullName = '**Siân** {{Evans}} <b>\\' })
    expect(result.ok && result.request.subject.fullName).toBe('**Siân** {{Evans}} <b>\\')
  })
})
