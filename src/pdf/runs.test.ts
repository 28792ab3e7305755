import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHAIN, covers, type ScriptFont } from '../text/coverage.ts'
import { UnsupportedCharactersError } from './fonts.ts'
import { directionOf, splitByFont } from './runs.ts'

const show = (text: string) => splitByFont(text).map((r) => [r.font, r.text])

describe('splitByFont', () => {
  it('keeps Latin text in one run', () => {
    expect(show('Siân Llŷr, 12 High St.')).toEqual([['latin', 'Siân Llŷr, 12 High St.']])
  })

  it('keeps the space inside an Arabic name, so fontkit orders its words', () => {
    expect(show('Name: محمد علي.')).toEqual([
      ['latin', 'Name: '],
      ['arabic', 'محمد علي'],
      ['latin', '.'],
    ])
  })

  it('hands a space between scripts to the Latin font, never to the run it does not belong in', () => {
    expect(show('محمد Smith')).toEqual([['arabic', 'محمد'], ['latin', ' Smith']])
    expect(show('Ann রহিম Lee')).toEqual([['latin', 'Ann '], ['bengali', 'রহিম'], ['latin', ' Lee']])
  })

  it('draws digits in the Arabic font one at a time, since fontkit would reverse them', () => {
    expect(show('١٢')).toEqual([['arabic', '١'], ['arabic', '٢']])
  })

  it('keeps European digits out of Arabic runs', () => {
    expect(show('محمد 12 علي')).toEqual([['arabic', 'محمد '], ['latin', '12'], ['arabic', ' علي']])
  })

  it('throws UnsupportedCharactersError for characters no font has', () => {
    expect(() => splitByFont('Li 王')).toThrow(UnsupportedCharactersError)
    try {
      splitByFont('王 and 😀')
    } catch (e) {
      expect((e as UnsupportedCharactersError).characters).toEqual(['王', '😀'])
    }
  })

  it('says which fallback font was missing', () => {
    try {
      splitByFont('রহিম', ['latin'])
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(UnsupportedCharactersError)
      expect((e as UnsupportedCharactersError).missingFonts).toEqual(['bengali'])
    }
  })

  it('loses no character and gives each to a font that draws it (property)', () => {
    const ranges: [number, number][] = [[0x20, 0x7e], [0xc0, 0x17f], [0x391, 0x3c9], [0x410, 0x44f], [0x621, 0x64a], [0x985, 0x9b9], [0x660, 0x669]]
    const char = fc.constantFrom(...ranges).chain(([a, b]) => fc.integer({ min: a, max: b })).map((cp) => String.fromCodePoint(cp))
    const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join('')).filter((t) => Array.from(t).every((c) => CHAIN.some((f) => covers(f, c.codePointAt(0)!))))
    fc.assert(
      fc.property(text, (t) => {
        const runs = splitByFont(t)
        expect(runs.map((r) => r.text).join('')).toBe(t)
        for (const run of runs) for (const ch of run.text) expect(covers(run.font as ScriptFont, ch.codePointAt(0)!)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})

describe('directionOf', () => {
  it('reads R for Arabic letters, L for other letters and N for the rest', () => {
    expect(directionOf('محمد ')).toBe('R')
    expect(directionOf('রহিম')).toBe('L')
    expect(directionOf(' 12, ')).toBe('N')
  })
})
