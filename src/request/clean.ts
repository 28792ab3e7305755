/**
 * Text pasted from anywhere (a web page, a PDF, a chat app) carries characters nobody can see. The
 * request schema cleans every text field with `cleanText`, so the app, the letter maker and the
 * command line agree on what a value says; and every message that repeats a value shows it with
 * `displaySafe`, so a file can never add hidden text to a page or take over a terminal.
 * Kept free of other imports: the start page's first bundle uses it.
 */

/**
 * Zero-width spaces, soft hyphens, direction marks and overrides, the byte order mark, word joiners,
 * invisible maths operators and tag characters: they change nothing a reader sees, but they break
 * search, split a name in the PDF's text, or flip the order of what follows.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}]/gu

/** Zero-width non-joiner and joiner: part of the spelling in these scripts, noise anywhere else. */
const JOINERS = /[\u200c\u200d]/u
const JOINING_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Khmer}]/u

/** Line breaks of every kind. One-line fields refuse them; long answers keep them as "\n". */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/u

/** Control characters other than tab, line feed and carriage return: never part of anything typed. */
const CONTROL = /(?![\t\n\r])\p{Cc}/u

export interface CleanOptions {
  /** Long answers (details, corrections) may run over several lines; every other field is one line. */
  multiline?: boolean
}

/** Keeps a joiner only between two letters of a script that needs it (Persian می‌خواهم, Bengali র‍্যাব). */
function keepNeededJoiners(text: string): string {
  if (!JOINERS.test(text)) return text
  const chars = Array.from(text)
  const isJoiner = (ch: string | undefined) => ch !== undefined && JOINERS.test(ch)
  return chars
    .filter((ch, i) => {
      if (!isJoiner(ch)) return true
      let before = i - 1
      while (isJoiner(chars[before])) before -= 1
      let after = i + 1
      while (isJoiner(chars[after])) after += 1
      const b = chars[before]
      const a = chars[after]
      return b !== undefined && a !== undefined && JOINING_SCRIPT.test(b) && JOINING_SCRIPT.test(a)
    })
    .join('')
}

/**
 * The value with invisible characters removed. A long answer's line and paragraph separators become
 * "\n"; a one-line field's tabs become spaces (what a copied table cell brings). Nothing else changes:
 * spaces, case and punctuation stay exactly as typed. Cleaning twice gives the same text.
 */
export function cleanText(value: string, options: CleanOptions = {}): string {
  let text = keepNeededJoiners(value.replace(INVISIBLE, ''))
  if (options.multiline) text = text.replace(/\u2029/gu, '\n\n').replace(/\r\n|[\r\v\f\u0085\u2028]/gu, '\n')
  else text = text.replace(/\t/g, ' ')
  return text
}

export function hasLineBreak(text: string): boolean {
  return LINE_BREAK.test(text)
}

/** Control characters left in the text, each once, in order. */
export function controlCharacters(text: string): string[] {
  const found: string[] = []
  for (const ch of text) if (CONTROL.test(ch) && !found.includes(ch)) found.push(ch)
  return found
}

/**
 * Anything a screen or terminal would not show as itself: controls, format characters (but not the
 * joiners a script needs), private-use and unassigned code points, and every space but the plain one.
 */
const HIDDEN = /[\p{Cc}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0\u2800]|(?![\u200c\u200d])\p{Cf}/u

/** "U+200B": how a hidden character is named in a message. */
export function codePointName(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** At most this many problems are listed, on a page or in a terminal; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20

/** How long a value from a file may be when a message repeats it. */
const SHOWN_VALUE_MAX = 60

/**
 * A value from a file, fit to repeat in a message: hidden characters named ("U+001B"), never
 * passed through, and cut to `max` characters with "…".
 */
export function displaySafe(value: string, max = SHOWN_VALUE_MAX): string {
  const chars = Array.from(value)
  const cut = chars.length > max
  let out = ''
  for (const ch of cut ? chars.slice(0, max) : chars) {
    if (ch === ' ') out += ch
    else if (HIDDEN.test(ch)) out += `[${codePointName(ch)}]`
    else out += ch
  }
  return cut ? `${out}…` : out
}
