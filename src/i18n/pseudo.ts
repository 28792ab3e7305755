/**
 * A pseudo-locale, en-XA, made from the English words: every letter accented and every message in
 * brackets, so "What is your name?" shows as "⟦Ŵĥåţ îš ýöûŕ ñåɱé?⟧". On a page in it, any text still
 * written inline in the code stands out as plain letters, and a message cut into pieces by the code
 * shows a bracket missing. Placeholders, plurals and selects are kept as they are, so values still
 * fill in. Nothing here is a real language: it is never listed in the language links, and opens
 * only with ?lang=en-XA (or in a test).
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js'

export const PSEUDO_OPEN = '⟦'
export const PSEUDO_CLOSE = '⟧'

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ACCENTED = 'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'
const ACCENT = new Map([...PLAIN].map((letter, i) => [letter, [...ACCENTED][i]!]))

/** Plain text with each a-z and A-Z accented. */
export function accent(text: string): string {
  return [...text].map((c) => ACCENT.get(c) ?? c).join('')
}

function accentElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: accentElements(option.value) }]))
      return { ...element, options } as MessageFormatElement
    }
    return element
  })
}

/** One message in the pseudo-locale: its words accented, its ICU syntax kept, in brackets. */
export function pseudoMessage(message: string): string {
  // As formatMessage reads messages: a "<" is text, not a tag.
  const ast = parse(message, { ignoreTag: true })
  return PSEUDO_OPEN + printAST(accentElements(ast)) + PSEUDO_CLOSE
}

/**
 * A content file's messages in the pseudo-locale: strings and lists of strings become pseudo
 * messages; "$comment" and anything that is not words (numbers, flags) stay as they are.
 */
export function pseudoMessages(messages: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'string') return pseudoMessage(value)
    if (Array.isArray(value)) return value.map(convert)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k.startsWith('$') ? v : convert(v)]))
    return value
  }
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, key.startsWith('$') ? value : convert(value)]))
}

/**
 * The pseudo-locale's facts (locale.<locale>.json): its name and months accented; the date pattern
 * kept as English writes it.
 */
export function pseudoLocaleFacts(english: { name: string; months: string[]; day: string }): Record<string, unknown> {
  return { name: pseudoMessage(english.name), months: english.months.map(accent), day: english.day }
}
