/** Greedy line wrapping of measured words. Pure arithmetic, apart from splitting a word too long for any line. */
import type { Measure } from './measure.ts'
import type { Piece, Token } from './words.ts'

export interface Line {
  pieces: Piece[]
  width: number
}

// Rounding in cached widths must not push a word that exactly fits onto the next line.
const SLACK = 0.01

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

// Where a long address may break: after a slash, hyphen, dot, @, underscore or query separator.
const BREAK_AFTER = /[-/.@_?&=]/

interface Grapheme {
  text: string
  piece: Piece
  width: number
}

function chunkLine(chunk: readonly Grapheme[], size: number, measure: Measure): Line {
  const pieces: Piece[] = []
  for (const g of chunk) {
    const last = pieces[pieces.length - 1]
    if (last && last.face === g.piece.face && !g.piece.isolate && !last.isolate) last.text += g.text
    else pieces.push({ ...g.piece, text: g.text })
  }
  for (const p of pieces) p.width = measure(p.face, p.text, size)
  return { pieces, width: pieces.reduce((w, p) => w + p.width, 0) }
}

/**
 * Cut a word wider than the line (a long email or web address) into chunks that each fit, breaking after
 * punctuation when that still fills most of the line.
 */
function splitWord(pieces: Piece[], maxWidth: number, size: number, measure: Measure): Line[] {
  const all: Grapheme[] = pieces.flatMap((piece) =>
    Array.from(graphemes.segment(piece.text), ({ segment }) => ({ text: segment, piece, width: measure(piece.face, segment, size) })),
  )
  const chunks: Line[] = []
  let start = 0
  while (start < all.length) {
    let width = 0
    let end = start
    let lastBreak = -1
    while (end < all.length && (end === start || width + all[end]!.width <= maxWidth + SLACK)) {
      width += all[end]!.width
      if (BREAK_AFTER.test(all[end]!.text)) lastBreak = end + 1
      end += 1
    }
    if (end < all.length && lastBreak > start) {
      const kept = all.slice(start, lastBreak).reduce((w, g) => w + g.width, 0)
      if (kept >= maxWidth * 0.6) end = lastBreak
    }
    chunks.push(chunkLine(all.slice(start, end), size, measure))
    start = end
  }
  return chunks
}

/**
 * Lay tokens into lines no wider than maxWidth. Spaces at the start or end of a line are dropped;
 * a 'break' token always ends the line (two in a row leave an empty line).
 */
export function wrap(tokens: readonly Token[], maxWidth: number, size: number, measure: Measure): Line[] {
  const lines: Line[] = []
  let line: Line = { pieces: [], width: 0 }
  let space: Piece | undefined
  const endLine = () => {
    lines.push(line)
    line = { pieces: [], width: 0 }
    space = undefined
  }
  for (const token of tokens) {
    if (token.kind === 'break') {
      endLine()
      continue
    }
    if (token.kind === 'space') {
      if (line.pieces.length > 0) space = token.piece
      continue
    }
    const gap = space && line.pieces.length > 0 ? space.width : 0
    if (line.pieces.length > 0 && line.width + gap + token.width > maxWidth + SLACK) endLine()
    if (line.pieces.length === 0 && token.width > maxWidth + SLACK) {
      const chunks = splitWord(token.pieces, maxWidth, size, measure)
      for (const chunk of chunks.slice(0, -1)) lines.push(chunk)
      line = chunks[chunks.length - 1]!
      space = undefined
      continue
    }
    if (space && line.pieces.length > 0) {
      line.pieces.push(space)
      line.width += space.width
    }
    line.pieces.push(...token.pieces)
    line.width += token.width
    space = undefined
  }
  if (line.pieces.length > 0 || lines.length === 0) lines.push(line)
  return lines
}
