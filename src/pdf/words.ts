/**
 * Paragraph text → measured words and spaces, ready to wrap. Each word is a list of pieces, one per change of
 * face (bold, or a fallback font for another script), each measured once through the cache.
 */
import { covers, type ScriptFont } from '../text/coverage.ts'
import { parseInline, type Styled } from '../letters/markup.ts'
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
  const segments = parseInline(text.normalize('NFC').replace(/\r\n?/g, '\n'), style.bold ?? false)
  const measure = (face: Face, t: string) => style.measure(face, t, style.size)
  return style.chain[0] === 'latin' && segments.every((seg) => allLatin(seg.text)) ? latinTokens(segments, measure) : eachCharacter(segments, style.chain, measure)
}

/** The same tokens, worked out one character at a time whatever the text: what tokenize does for other scripts. */
export function tokenizeEachCharacter(text: string, style: TextStyle): Token[] {
  const segments = parseInline(text.normalize('NFC').replace(/\r\n?/g, '\n'), style.bold ?? false)
  return eachCharacter(segments, style.chain, (face, t) => style.measure(face, t, style.size))
}

// Whether the Latin font draws each UTF-16 unit below this, worked out once (covers() is a binary search).
const TABLE_SIZE = 0x3000
let latinTable: Uint8Array | undefined

/**
 * Whether every character is drawn by the Latin font (or is a tab or newline, which have no glyph): then
 * every character's font is the first of the chain, as assignFonts would find one by one. Most text is.
 */
function allLatin(text: string): boolean {
  if (!latinTable) {
    latinTable = new Uint8Array(TABLE_SIZE)
    for (let c = 0; c < TABLE_SIZE; c += 1) latinTable[c] = c === 0x09 || c === 0x0a || covers('latin', c) ? 1 : 0
  }
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (c >= TABLE_SIZE || latinTable[c] === 0) return false
  }
  return true
}

/** A breaking space (see BREAKING_SPACE), by its UTF-16 code. */
function isBreakingSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200a) || c === 0x205f
}

/** Ends a word: its pieces measured, and the word added to the tokens (nothing for an empty word). */
function pushWord(tokens: Token[], word: Piece[], measure: (face: Face, t: string) => number): void {
  if (word.length === 0) return
  for (const p of word) p.width = measure(p.face, p.text)
  tokens.push({ kind: 'word', pieces: word, width: word.reduce((w, p) => w + p.width, 0) })
}

/**
 * Tokens of text all in the Latin font (see allLatin): the same as eachCharacter gives, a run of
 * characters at a time. Latin never needs a run of its own (mustIsolate), and its face is its weight.
 */
function latinTokens(segments: readonly Styled[], measure: (face: Face, t: string) => number): Token[] {
  const tokens: Token[] = []
  let word: Piece[] = []
  const endWord = () => {
    pushWord(tokens, word, measure)
    word = []
  }
  for (const seg of segments) {
    const face: Face = seg.bold ? 'bold' : 'regular'
    const text = seg.text
    let start = 0
    const addWordPart = (end: number) => {
      if (end === start) return
      const part = text.slice(start, end)
      const last = word[word.length - 1]
      if (last && last.face === face) last.text += part
      else word.push({ text: part, face, isolate: false, width: 0 })
    }
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i)
      if (c === 0x0a) {
        addWordPart(i)
        endWord()
        tokens.push({ kind: 'break' })
      } else if (isBreakingSpace(c)) {
        addWordPart(i)
        endWord()
        if (tokens.at(-1)?.kind !== 'space') {
          const space = c === 0x09 ? ' ' : text[i]!
          tokens.push({ kind: 'space', piece: { text: space, face, isolate: false, width: measure(face, space) } })
        }
      } else continue
      start = i + 1
    }
    addWordPart(text.length)
  }
  endWord()
  return tokens
}

function eachCharacter(segments: readonly Styled[], chain: readonly ScriptFont[], measure: (face: Face, t: string) => number): Token[] {
  const chars: string[] = []
  const bold: boolean[] = []
  for (const seg of segments) {
    for (const ch of seg.text) {
      chars.push(ch)
      bold.push(seg.bold)
    }
  }
  const fonts = assignFonts(chars, chain)

  const tokens: Token[] = []
  let word: Piece[] = []
  const endWord = () => {
    pushWord(tokens, word, measure)
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
