/**
 * Fills a message's {placeholders}, plurals ({count, plural, one {…} other {…}}) and selects by ICU
 * MessageFormat rules, with the language's own plural forms (Welsh has six), via intl-messageformat.
 * Works alike in the page, the PDF worker and Node.
 */
import { IntlMessageFormat } from 'intl-messageformat'
import { catalogue, type LocaleFacts } from './catalogues.ts'

export type Values = Record<string, string | number>

const compiled = new Map<string, IntlMessageFormat>()

export function formatMessage(locale: string, message: string, values: Values = {}): string {
  // Most messages have nothing to fill: skip the parser.
  if (!message.includes('{')) return message
  const key = `${locale}\u0000${message}`
  let format = compiled.get(key)
  if (!format) {
    // ignoreTag: a "<" in a message is text, not markup.
    format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true })
    compiled.set(key, format)
  }
  try {
    const result = format.format(values)
    return typeof result === 'string' ? result : String(result)
  } catch {
    // A value the caller did not give: keep its {name} in the text rather than fail the page.
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
  }
}

/**
 * A day as words in the language: "1 December 2026" / "1 Rhagfyr 2026". `iso` is YYYY-MM-DD. The
 * month names come from src/content/locale.<locale>.json, not Intl: Chromium has no Welsh date data
 * (it prints "December 1, 2026"), and a letter must read the same wherever it is made.
 */
export function formatDay(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  const facts = catalogue('locale', locale) as LocaleFacts
  return formatMessage(locale, facts.day, { day: String(day), month: facts.months[month - 1] ?? String(month), year: String(year) })
}

/** A number as the language writes it. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value)
}
