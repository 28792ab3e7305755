/**
 * The inline markup of a block's text (paragraphs, headings, list items, field labels): `**bold**`,
 * and a backslash before punctuation for the character itself. What a person typed goes in escaped
 * (template.ts escapeValue), so "**", "\" and "#" print exactly as typed and never switch bold on.
 * Every other text of a letter (names, address lines, the date, the subject line) is plain, and is
 * escaped with `escapeMarkup` where it is drawn through the same code.
 */

export interface Styled {
  text: string
  bold: boolean
}

/** Plain text → markup that prints exactly that text. */
export function escapeMarkup(text: string): string {
  return text.replace(/[\\*]/g, '\\$&')
}

const ESCAPABLE = /[!-/:-@[-`{-~]/

type Token = { marker: true } | { marker: false; text: string }

function tokens(text: string): Token[] {
  const out: Token[] = []
  let literal = ''
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!
    const next = text[i + 1]
    if (ch === '\\' && next !== undefined && ESCAPABLE.test(next)) {
      literal += next
      i += 1
    } else if (ch === '*' && next === '*') {
      if (literal) out.push({ marker: false, text: literal })
      literal = ''
      out.push({ marker: true })
      i += 1
    } else {
      literal += ch
    }
  }
  if (literal) out.push({ marker: false, text: literal })
  return out
}

/** Split text into plain and bold segments. A `**` with no partner is printed as typed. */
export function parseInline(text: string, bold = false): Styled[] {
  const out: Styled[] = []
  const push = (t: string, b: boolean) => {
    if (t === '') return
    const last = out[out.length - 1]
    if (last && last.bold === b) last.text += t
    else out.push({ text: t, bold: b })
  }
  const list = tokens(text)
  for (let i = 0; i < list.length; i += 1) {
    const token = list[i]!
    if (!token.marker) {
      push(token.text, bold)
      continue
    }
    // A marker pairs with the next one when there is text between them, as `**(.+?)**` would.
    const inner = list[i + 1]
    if (inner && !inner.marker && list[i + 2]?.marker) {
      push(inner.text, true)
      i += 2
    } else {
      push('**', bold)
    }
  }
  return out
}

/** Markup → the text a reader sees. */
export function markupToPlain(text: string): string {
  return parseInline(text).map((s) => s.text).join('')
}
