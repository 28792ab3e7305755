/**
 * Which code points each font in the chain can draw. Hand-picked from the fonts' own cmaps and checked
 * against them by coverage.test.ts, so a table can claim nothing its font lacks.
 * Deliberately narrower than the fonts: Noto Sans also carries Devanagari, Coptic and rarer blocks that no
 * test here renders, so they are left out and the request validator asks for Latin letters instead.
 */

/** The fonts of the chain, in the order they are tried. */
export type ScriptFont = 'latin' | 'arabic' | 'bengali'
export const CHAIN: readonly ScriptFont[] = ['latin', 'arabic', 'bengali']

type Range = readonly [first: number, last: number]

/** NotoSans-Regular.ttf and NotoSans-Bold.ttf (same character set). */
const LATIN: Range[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x02ff], // Latin-1, Latin Extended-A and -B, IPA, spacing modifiers
  [0x0300, 0x036f], // combining diacritics (names typed in decomposed form)
  [0x0370, 0x0377], [0x037a, 0x037f], [0x0384, 0x038a], [0x038c, 0x038c], [0x038e, 0x03a1], [0x03a3, 0x03e1],
  [0x03f0, 0x03ff], // Greek
  [0x0400, 0x052f], // Cyrillic and its supplement
  [0x1c80, 0x1c88], // Cyrillic Extended-C
  [0x1d00, 0x1dbf], // phonetic extensions
  [0x1dc0, 0x1df9], [0x1dfb, 0x1dff], // combining diacritics supplement
  [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese, Welsh ŵ ŷ
  [0x1f00, 0x1f15], [0x1f18, 0x1f1d], [0x1f20, 0x1f45], [0x1f48, 0x1f4d], [0x1f50, 0x1f57], [0x1f59, 0x1f59],
  [0x1f5b, 0x1f5b], [0x1f5d, 0x1f5d], [0x1f5f, 0x1f7d], [0x1f80, 0x1fb4], [0x1fb6, 0x1fc4], [0x1fc6, 0x1fd3],
  [0x1fd6, 0x1fdb], [0x1fdd, 0x1fef], [0x1ff2, 0x1ff4], [0x1ff6, 0x1ffe], // polytonic Greek
  [0x2000, 0x200f], // spaces, zero-width (non-)joiners, direction marks
  [0x2010, 0x2027], [0x202f, 0x205e], // general punctuation
  [0x20a0, 0x20c0], // currency
  [0x2100, 0x215f], // letterlike symbols, fractions
  [0x2212, 0x2212], // minus
  [0x2c60, 0x2c7f], // Latin Extended-C
  [0x2de0, 0x2dff], // combining Cyrillic
  [0xa640, 0xa69f], // Cyrillic Extended-B
  [0xa700, 0xa7ca], // Latin Extended-D
  [0xab30, 0xab6b], // Latin Extended-E
  [0xfb00, 0xfb06], // Latin ligatures
  [0xfe20, 0xfe2f], // combining half marks
]

/** NotoNaskhArabic-Regular.ttf: Arabic, Persian and Urdu letters, plus the few neutrals it also draws. */
const ARABIC: Range[] = [
  [0x0020, 0x0021], [0x002c, 0x002c], [0x002e, 0x002e], [0x0030, 0x003a], [0x00a0, 0x00a0], [0x00ab, 0x00ab],
  [0x00bb, 0x00bb],
  [0x0600, 0x0604], [0x0606, 0x061b], [0x061e, 0x06ff], // Arabic
  [0x0750, 0x077f], // Arabic Supplement
  [0x08a0, 0x08a0], [0x08a2, 0x08ac], [0x08e4, 0x08fe], // Arabic Extended-A
  [0x200b, 0x2011], [0x204f, 0x204f], [0x2e41, 0x2e41],
  [0xfb50, 0xfbc1], [0xfbd3, 0xfd3f], [0xfd50, 0xfd8f], [0xfd92, 0xfdc7], [0xfdf0, 0xfdfd], // presentation forms A
  [0xfe70, 0xfe74], [0xfe76, 0xfefc], // presentation forms B
]

/** NotoSansBengali-Regular.ttf: Bengali and Assamese, plus the neutrals it also draws. */
const BENGALI: Range[] = [
  [0x0020, 0x0023], [0x0025, 0x0025], [0x0027, 0x003f], [0x005b, 0x005f], [0x007b, 0x007e], [0x00a0, 0x00a0],
  [0x00ad, 0x00ad], [0x00d7, 0x00d7], [0x00f7, 0x00f7],
  [0x0964, 0x0965], // danda, double danda
  [0x0980, 0x0983], [0x0985, 0x098c], [0x098f, 0x0990], [0x0993, 0x09a8], [0x09aa, 0x09b0], [0x09b2, 0x09b2],
  [0x09b6, 0x09b9], [0x09bc, 0x09c4], [0x09c7, 0x09c8], [0x09cb, 0x09ce], [0x09d7, 0x09d7], [0x09dc, 0x09dd],
  [0x09df, 0x09e3], [0x09e6, 0x09fe], // Bengali
  [0x200b, 0x200d], [0x2010, 0x2010], [0x2013, 0x2014], [0x2018, 0x2019], [0x201c, 0x201d], [0x2026, 0x2026],
  [0x20b9, 0x20b9], [0x2212, 0x2212],
]

export const COVERAGE: Readonly<Record<ScriptFont, readonly Range[]>> = { latin: LATIN, arabic: ARABIC, bengali: BENGALI }

function sorted(ranges: readonly Range[]): { firsts: Int32Array; lasts: Int32Array } {
  const list = [...ranges].sort((a, b) => a[0] - b[0])
  return { firsts: Int32Array.from(list, (r) => r[0]), lasts: Int32Array.from(list, (r) => r[1]) }
}

const LOOKUP = {
  latin: sorted(LATIN),
  arabic: sorted(ARABIC),
  bengali: sorted(BENGALI),
}

/** True when the font draws this code point. */
export function covers(font: ScriptFont, codePoint: number): boolean {
  const { firsts, lasts } = LOOKUP[font]
  let lo = 0
  let hi = firsts.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (codePoint < firsts[mid]!) hi = mid - 1
    else if (codePoint > lasts[mid]!) lo = mid + 1
    else return true
  }
  return false
}

/** Layout treats these as line breaks and spaces, so they need no glyph. */
export function isLayoutWhitespace(codePoint: number): boolean {
  return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d
}
