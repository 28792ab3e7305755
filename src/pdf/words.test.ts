import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHAIN } from '../text/coverage.ts'
import { fakeMeasure } from './fixtures.ts'
import { tokenize, tokenizeEachCharacter } from './words.ts'

const style = { size: 10, chain: CHAIN, measure: fakeMeasure }

// Latin text with the characters that change tokens: spaces of every kind, tabs, line breaks, bold markers,
// no-break spaces, accents (composed and not), and now and then a character from another script.
const piece = fc.constantFrom('a', 'Wyn', 'é', 'e\u0301', 'ŵ', '1', ',', '-', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u202f', '**', '“', '…', '€', 'م', '১', '\u200d')

describe('tokenize, a run of Latin characters at a time', () => {
  it('gives exactly the tokens that working one character at a time gives', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (parts, bold) => {
        const text = parts.join('')
        expect(tokenize(text, { ...style, bold })).toEqual(tokenizeEachCharacter(text, { ...style, bold }))
      }),
      { numRuns: 2000 },
    )
  })

  it('is taken for Latin text, and not for text another font draws (the arabic run is its own piece)', () => {
    const latin = tokenize('**Kwame** Mensah-Boateng', style)
    expect(latin.flatMap((t) => (t.kind === 'word' ? t.pieces.map((p) => `${p.face}:${p.text}`) : []))).toEqual(['bold:Kwame', 'regular:Mensah-Boateng'])
    const mixed = tokenize('Amal محمد', style)
    expect(mixed.flatMap((t) => (t.kind === 'word' ? t.pieces.map((p) => `${p.face}:${p.text}`) : []))).toEqual(['regular:Amal', 'arabic:محمد'])
  })
})
