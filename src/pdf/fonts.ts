/**
 * The fonts a letter is drawn with: their files, which fallbacks a text needs, and the error when none
 * can draw a character. What each font can draw is in src/text/, below both the request schema and here.
 * Light: the worker and the CLI ask it which fonts to load before pdf-lib or fontkit are needed.
 */
import { CHAIN, type ScriptFont } from '../text/coverage.ts'
import { firstCovering, unsupportedCharacters } from '../text/printable.ts'

/** Raw TTF bytes. The two fallbacks are optional so the app fetches them only for names that need them. */
export interface FontBytes {
  regular: Uint8Array
  bold: Uint8Array
  arabic?: Uint8Array
  bengali?: Uint8Array
}

export type FallbackFont = 'arabic' | 'bengali'

/** File names in public/fonts. */
export const FONT_FILES: Readonly<Record<keyof FontBytes, string>> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  arabic: 'NotoNaskhArabic-Regular.ttf',
  bengali: 'NotoSansBengali-Regular.ttf',
}

/** Thrown rather than letting a character become an invisible .notdef glyph (stack-notes P4). */
export class UnsupportedCharactersError extends Error {
  readonly characters: string[]
  /** Fallback fonts that would draw some of the characters but were not supplied. */
  readonly missingFonts: FallbackFont[]

  constructor(characters: string[], missingFonts: FallbackFont[] = []) {
    super(
      missingFonts.length > 0
        ? `These characters need the ${missingFonts.join(' and ')} font, which was not loaded: ${characters.join(' ')}`
        : `No font can print these characters: ${characters.join(' ')}`,
    )
    this.name = 'UnsupportedCharactersError'
    this.characters = characters
    this.missingFonts = missingFonts
  }
}

/** The fonts of the chain that these bytes provide, in chain order. */
export function availableChain(fonts: Pick<FontBytes, FallbackFont>): ScriptFont[] {
  return CHAIN.filter((f) => f === 'latin' || fonts[f] !== undefined)
}

/** Which fallback fonts these texts need, so callers load only those. */
export function fontsNeeded(texts: readonly string[]): FallbackFont[] {
  const needed = new Set<FallbackFont>()
  for (const text of texts) {
    for (const ch of text.normalize('NFC')) {
      const font = firstCovering(ch.codePointAt(0)!)
      if (font === 'arabic' || font === 'bengali') needed.add(font)
    }
  }
  return CHAIN.filter((f): f is FallbackFont => needed.has(f as FallbackFont))
}

/** The fallback fonts, absent from `chain`, that would draw some of these characters. */
export function missingFontsFor(characters: readonly string[], chain: readonly ScriptFont[]): FallbackFont[] {
  const wanted = new Set<FallbackFont>()
  for (const text of characters) {
    for (const ch of text) {
      const font = firstCovering(ch.codePointAt(0)!)
      if ((font === 'arabic' || font === 'bengali') && !chain.includes(font)) wanted.add(font)
    }
  }
  return [...wanted]
}

/** Throw UnsupportedCharactersError, listing every offending character, if the chain cannot draw these texts. */
export function assertPrintable(texts: readonly string[], chain: readonly ScriptFont[]): void {
  const found = new Set<string>()
  for (const text of texts) for (const ch of unsupportedCharacters(text, chain)) found.add(ch)
  if (found.size > 0) throw new UnsupportedCharactersError([...found], missingFontsFor([...found], chain))
}
