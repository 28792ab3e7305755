/**
 * What the letter's fonts can print, as a rule on text: the request schema refuses a name no font
 * can draw, and the PDF renderer picks each character's font by the same table. Browser-safe and
 * light, because the request validator loads it on the question pages.
 */
import { CHAIN, covers, isLayoutWhitespace, type ScriptFont } from './coverage.ts'

/** The first font in the chain that draws this code point, if any. */
export function firstCovering(codePoint: number, chain: readonly ScriptFont[] = CHAIN): ScriptFont | undefined {
  for (const font of chain) if (covers(font, codePoint)) return font
  return undefined
}

function isPrintable(codePoint: number, chain: readonly ScriptFont[]): boolean {
  return isLayoutWhitespace(codePoint) || firstCovering(codePoint, chain) !== undefined
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/**
 * What no font in the chain can draw, as the person would see it: whole graphemes ("👍🏽", "漢"), each once,
 * in the order they first appear. Empty when the text can be printed.
 */
export function unsupportedCharacters(text: string, chain: readonly ScriptFont[] = CHAIN): string[] {
  const found: string[] = []
  const nfc = text.normalize('NFC')
  // Splitting into graphemes is slow; only do it when something is wrong.
  if (Array.from(nfc).every((ch) => isPrintable(ch.codePointAt(0)!, chain))) return found
  for (const { segment } of graphemes.segment(nfc)) {
    if (found.includes(segment)) continue
    for (const ch of segment) {
      const cp = ch.codePointAt(0)!
      if (!isPrintable(cp, chain)) {
        found.push(segment)
        break
      }
    }
  }
  return found
}
