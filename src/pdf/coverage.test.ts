import { readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { CHAIN, COVERAGE, covers } from '../text/coverage.ts'
import { ARABIC_NAME, BENGALI_NAME, LATIN_NAMES } from './fixtures.ts'
import { FONT_FILES, fontsNeeded } from './fonts.ts'
import { unsupportedCharacters } from '../text/printable.ts'
import { FONT_DIR } from './fonts.node.ts'

const cmap = (file: string) => new Set(fontkit.create(readFileSync(new URL(file, FONT_DIR))).characterSet)

const FILES = {
  latin: [FONT_FILES.regular, FONT_FILES.bold],
  arabic: [FONT_FILES.arabic],
  bengali: [FONT_FILES.bengali],
}

describe('coverage tables', () => {
  for (const font of CHAIN) {
    for (const file of FILES[font]) {
      it(`claim nothing ${file} cannot draw (${font})`, () => {
        const has = cmap(file)
        const missing: string[] = []
        for (const [first, last] of COVERAGE[font]) {
          for (let cp = first; cp <= last; cp += 1) if (!has.has(cp)) missing.push(cp.toString(16))
        }
        expect(missing).toEqual([])
      })
    }
  }

  it('cover every letter of the Latin, Greek and Cyrillic blocks the Latin font has', () => {
    // The other direction: a script the app promises must not lose letters to a typo in a range.
    const has = cmap(FONT_FILES.regular)
    const blocks: [number, number][] = [[0x41, 0x24f], [0x370, 0x3ff], [0x400, 0x52f], [0x1e00, 0x1fff]]
    const left: string[] = []
    for (const [a, b] of blocks) {
      for (let cp = a; cp <= b; cp += 1) {
        if (has.has(cp) && /\p{L}/u.test(String.fromCodePoint(cp)) && !covers('latin', cp)) left.push(cp.toString(16))
      }
    }
    expect(left).toEqual([])
  })

  it('cover every Arabic and Bengali letter their fonts have', () => {
    for (const [font, file, a, b] of [['arabic', FONT_FILES.arabic, 0x600, 0x6ff], ['bengali', FONT_FILES.bengali, 0x980, 0x9ff]] as const) {
      const has = cmap(file)
      for (let cp = a; cp <= b; cp += 1) if (has.has(cp) && /\p{L}/u.test(String.fromCodePoint(cp))) expect(covers(font, cp), cp.toString(16)).toBe(true)
    }
  })
})

describe('unsupportedCharacters', () => {
  it('accepts the names the letters must print', () => {
    for (const name of [...LATIN_NAMES, ARABIC_NAME, BENGALI_NAME, "O'Brien-Smith", 'Zoë 12/3 “quoted” – £5 €6']) {
      expect(unsupportedCharacters(name), name).toEqual([])
    }
  })

  it('accepts a name typed in decomposed form', () => {
    expect(unsupportedCharacters('Sia\u0302n')).toEqual([])
  })

  it('lists Chinese, Japanese and emoji, each once, as whole graphemes', () => {
    expect(unsupportedCharacters('王小明')).toEqual(['王', '小', '明'])
    expect(unsupportedCharacters('やまだ たろう')).toEqual(['や', 'ま', 'だ', 'た', 'ろ', 'う'])
    expect(unsupportedCharacters('Sam 👍🏽 👍🏽 Lee')).toEqual(['👍🏽'])
    expect(unsupportedCharacters('Ann 👩‍👩‍👧')).toEqual(['👩‍👩‍👧'])
  })

  it('rejects control characters but not line breaks or tabs', () => {
    expect(unsupportedCharacters('a\u0007b')).toEqual(['\u0007'])
    expect(unsupportedCharacters('a\nb\tc\r\n')).toEqual([])
  })

  it('rejects scripts the chain leaves out, such as Hebrew and Devanagari', () => {
    expect(unsupportedCharacters('דוד')).toEqual(['ד', 'ו'])
    expect(unsupportedCharacters('राम').length).toBeGreaterThan(0)
  })
})

describe('fontsNeeded', () => {
  it('asks for no fallback for Latin, Greek and Cyrillic', () => {
    expect(fontsNeeded([...LATIN_NAMES])).toEqual([])
  })

  it('asks for the fonts the names need, in chain order', () => {
    expect(fontsNeeded([`${BENGALI_NAME} and ${ARABIC_NAME}`])).toEqual(['arabic', 'bengali'])
    expect(fontsNeeded(['Dear', ARABIC_NAME])).toEqual(['arabic'])
  })
})
