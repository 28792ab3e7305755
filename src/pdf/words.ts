/**
 * Paragraph text → measured words and spaces, ready to wrap. Each word is a list of pieces, one per change of
 * face (bold, or a fallback font for another script), each measured once through the cache.
 */
import type { ScriptFont } from '../text/coverage.ts'
import { parseInline } from '../letters/markup.ts'
import { faceFor, type Face, type Measure } from './measure.ts'
import { assignFonts, mustIsolate } from './runs.ts'

export interface Piece {
  text: string
  face: Face
  /** Drawn as a run of its own (a digit in the Arabic font, see mustIsolate). */
  isolate: boolean
  width: number
}

export type Token =
  | { kind: 'word'; pieces: Piece[]; width: number }
  | { kind: 'space'; piece: Piece }
  | { kind: 'break' }

export interface TextStyle {
  size: number
  bold?: boolean
  chain: readonly ScriptFont[]
  measure: Measure
}

// Spaces that allow a line break. No-break, figure and narrow no-break spaces are left inside words.
const BREAKING_SPACE = /[ \t\u2000-\u2006\u2008-\u200a\u205f]/u

/** Split text into words, spaces and hard line breaks, each measured. */
export function tokenize(text: string, style: TextStyle): Token[] {
  const chars: string[] = []
  const bold: boolean[] = []
  for (const seg of parseInline(text.normalize('NFC').replace(/\r\n?/g, '\n'), style.bold ?? false)) {
    for (const ch of seg.text) {
      chars.push(ch)
      bold.push(seg.bold)
    }
  }
  const fonts = assignFonts(chars, style.chain)
  const measure = (face: Face, t: string) => style.measure(face, t, style.size)

  const tokens: Token[] = []
  let word: Piece[] = []
  const endWord = () => {
    if (word.length === 0) return
    for (const p of word) p.width = measure(p.face, p.text)
    tokens.push({ kind: 'word', pieces: word, width: word.reduce((w, p) => w + p.width, 0) })
    word = []
  }
  chars.forEach((ch, i) => {
    const face = faceFor(fonts[i]!, bold[i]!)
    if (ch === '\n') {
      endWord()
      tokens.push({ kind: 'break' })
      return
    }
    if (BREAKING_SPACE.test(ch)) {
      endWord()
      if (tokens.at(-1)?.kind === 'space') return
      const space = ch === '\t' ? ' ' : ch
      tokens.push({ kind: 'space', piece: { text: space, face, isolate: false, width: measure(face, space) } })
      return
    }
    const isolate = mustIsolate(ch, fonts[i]!)
    const last = word[word.length - 1]
    if (last && last.face === face && !isolate && !last.isolate) last.text += ch
    else word.push({ text: ch, face, isolate, width: 0 })
  })
  endWord()
  return tokens
}
