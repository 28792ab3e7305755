/** The parts of upstream fontkit 2 that src/pdf uses. fontkit ships no types of its own. */
declare module 'fontkit' {
  export interface FontkitGlyph {
    id: number
    advanceWidth: number
    codePoints: number[]
  }

  export interface FontkitGlyphRun {
    glyphs: FontkitGlyph[]
    /** One per glyph: where shaping placed it. pdf-lib reads only the glyphs. */
    positions: { xAdvance: number }[]
  }

  export interface FontkitSubset {
    includeGlyph(glyph: number | FontkitGlyph): number
    /** The original ids of the glyphs included so far, in subset order (.notdef first). */
    glyphs: number[]
    encode(): Uint8Array
    encodeStream(): unknown
  }

  export interface FontkitFont {
    postscriptName: string
    unitsPerEm: number
    characterSet: number[]
    hasGlyphForCodePoint(codePoint: number): boolean
    getGlyph(id: number, codePoints?: number[]): FontkitGlyph
    layout(text: string, features?: Readonly<Record<string, boolean>> | readonly string[], ...rest: unknown[]): FontkitGlyphRun
    createSubset(): FontkitSubset
  }

  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont
}
