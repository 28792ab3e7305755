/**
 * Text widths, the way pdf-lib will draw them: the sum of the glyph advances fontkit's layout gives (pdf-lib
 * ignores kerning, so this does too). Layout is the slow part of making a PDF (stack-notes P7), so widths are
 * cached per font and text and survive from one PDF to the next.
 */
import type { FontkitFont } from 'fontkit'
import type { ScriptFont } from '../text/coverage.ts'
import type { FontBytes } from './fonts.ts'
import { parseFont } from './fontkit2.ts'

/** A concrete font file: the two Latin weights and the two fallbacks (which have no bold). */
export type Face = 'regular' | 'bold' | 'arabic' | 'bengali'

export function faceFor(font: ScriptFont, bold: boolean): Face {
  return font === 'latin' ? (bold ? 'bold' : 'regular') : font
}

// One object for both Latin faces, frozen: fontkit writes the features it chose into the object it is
// given, so fontkit2.ts hands it a copy, and the object itself can key its layouts.
const LATIN_FEATURES: Readonly<Record<string, boolean>> = Object.freeze({ ccmp: false, kern: false, mark: false, mkmk: false })

/**
 * Shaping features to pass to fontkit for a face.
 * ccmp is off for Noto Sans: it splits "ị", "ọ", "ụ", "ẹ" into a base letter and a dot below, and a PDF can
 * map a glyph back to only one text, so every "i" in the file would then extract as "ị" (or the dot would be lost).
 * The positioning features are off too: pdf-lib keeps only glyph ids and advances (P5), so kerning and mark
 * positions would be computed for nothing, and they are most of the cost of a layout.
 */
export function featuresFor(face: Face): Readonly<Record<string, boolean>> | undefined {
  return face === 'regular' || face === 'bold' ? LATIN_FEATURES : undefined
}

/** Width in points of `text` drawn in `face` at `size`. */
export type Measure = (face: Face, text: string, size: number) => number

// A letter has a few thousand distinct words; the cap only stops a long session growing without bound.
const MAX_CACHED = 50_000
const advances = new WeakMap<FontkitFont, Map<string, number>>()

function advanceOf(font: FontkitFont, face: Face, text: string): number {
  let cache = advances.get(font)
  if (!cache) advances.set(font, (cache = new Map()))
  let units = cache.get(text)
  if (units === undefined) {
    units = 0
    for (const glyph of font.layout(text, featuresFor(face)).glyphs) units += glyph.advanceWidth
    if (cache.size >= MAX_CACHED) cache.clear()
    cache.set(text, units)
  }
  return units
}

// One Measure per set of font files (the same arrays), so what is kept per measure (wrapped paragraphs,
// see rows.ts) serves every PDF made with those fonts.
const measures = new WeakMap<Uint8Array, { fonts: FontBytes; measure: Measure }[]>()

/** A Measure over real fonts. Asking for a face whose bytes are absent is a programming error. */
export function fontMeasure(fonts: FontBytes): Measure {
  let known = measures.get(fonts.regular)
  if (!known) measures.set(fonts.regular, (known = []))
  const same = known.find((m) => m.fonts.bold === fonts.bold && m.fonts.arabic === fonts.arabic && m.fonts.bengali === fonts.bengali)
  if (same) return same.measure
  const measure = newFontMeasure(fonts)
  known.push({ fonts: { ...fonts }, measure })
  return measure
}

function newFontMeasure(fonts: FontBytes): Measure {
  const parsed: Partial<Record<Face, FontkitFont>> = {}
  const fontFor = (face: Face): FontkitFont => {
    const known = parsed[face]
    if (known) return known
    const bytes = fonts[face]
    if (!bytes) throw new Error(`The ${face} font was not supplied`)
    return (parsed[face] = parseFont(bytes))
  }
  return (face, text, size) => {
    const font = fontFor(face)
    return (advanceOf(font, face, text) * size) / font.unitsPerEm
  }
}
