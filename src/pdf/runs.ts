/**
 * The font chain (stack-notes P4, P5): which font draws each character, and in which direction a run reads.
 * Neutral characters (spaces, punctuation) go with the letters on both sides when those use the same font,
 * so the words of one Arabic name form a single run, which fontkit shapes and puts in visual order.
 */
import { CHAIN, covers, isLayoutWhitespace, type ScriptFont } from '../text/coverage.ts'
import { missingFontsFor, UnsupportedCharactersError } from './fonts.ts'

/** How a run reads: R contains right-to-left letters, L other letters, N neither (spaces, digits, marks). */
export type Direction = 'L' | 'R' | 'N'

const LETTER = /\p{L}/u
const MARK = /[\p{M}\u200c\u200d]/u
const RTL_LETTER = /\p{Script=Arabic}/u
const DIGIT = /\p{Nd}/u

export function directionOf(text: string): Direction {
  let sawLetter = false
  for (const ch of text) {
    if (!LETTER.test(ch)) continue
    if (RTL_LETTER.test(ch)) return 'R'
    sawLetter = true
  }
  return sawLetter ? 'L' : 'N'
}

/**
 * fontkit reverses every glyph of a run whose script is right-to-left, digits included, so digits drawn by
 * the Arabic font go out one per run and keep their left-to-right order.
 */
export function mustIsolate(ch: string, font: ScriptFont): boolean {
  return font === 'arabic' && DIGIT.test(ch)
}

/** The font for each code point of `chars`. Throws when some character has none. */
export function assignFonts(chars: readonly string[], chain: readonly ScriptFont[]): ScriptFont[] {
  const coverOf = (ch: string) => {
    const cp = ch.codePointAt(0)!
    return chain.filter((f) => covers(f, cp))
  }
  const options = chars.map(coverOf)
  const missing: string[] = []
  chars.forEach((ch, i) => {
    if (options[i]!.length === 0 && !isLayoutWhitespace(ch.codePointAt(0)!) && !missing.includes(ch)) missing.push(ch)
  })
  if (missing.length > 0) throw missingError(missing, chain)

  const nextLetterFont: (ScriptFont | undefined)[] = new Array(chars.length)
  let next: ScriptFont | undefined
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    nextLetterFont[i] = next
    if (LETTER.test(chars[i]!)) next = options[i]![0]
  }

  const fonts: ScriptFont[] = new Array(chars.length)
  let current: ScriptFont | undefined
  let lastLetterFont: ScriptFont | undefined
  chars.forEach((ch, i) => {
    const can = options[i]!
    // Tabs and newlines have no glyph; they only need to leave the current run alone.
    if (can.length === 0) {
      fonts[i] = current ?? chain[0]!
      return
    }
    let font: ScriptFont
    if (LETTER.test(ch)) font = lastLetterFont = can[0]!
    else if (MARK.test(ch)) font = current !== undefined && can.includes(current) ? current : can[0]!
    else if (DIGIT.test(ch)) font = can[0]!
    else {
      // A neutral between two letters of one font goes with them (even past a number, as "محمد 12 علي" needs);
      // anywhere else it takes the first font, so it is never caught inside a right-to-left run.
      const around = lastLetterFont === nextLetterFont[i] ? lastLetterFont : undefined
      font = around !== undefined && can.includes(around) ? around : can[0]!
    }
    fonts[i] = font
    current = font
  })
  return fonts
}

function missingError(missing: string[], chain: readonly ScriptFont[]): UnsupportedCharactersError {
  return new UnsupportedCharactersError(missing, missingFontsFor(missing, chain))
}

export interface FontRun {
  text: string
  font: ScriptFont
}

/** Consecutive characters drawn by the same font, in logical order. */
export function splitByFont(text: string, chain: readonly ScriptFont[] = CHAIN): FontRun[] {
  const chars = Array.from(text)
  const fonts = assignFonts(chars, chain)
  const runs: FontRun[] = []
  chars.forEach((ch, i) => {
    const font = fonts[i]!
    const last = runs[runs.length - 1]
    if (last && last.font === font && !mustIsolate(ch, font) && !mustIsolate(Array.from(last.text).at(-1)!, font)) last.text += ch
    else runs.push({ text: ch, font })
  })
  return runs
}
