/**
 * Fills the interface's words: {placeholders}, and plurals and selects by ICU MessageFormat rules with
 * the language's own plural forms (Welsh has six). The same results as intl-messageformat (format.ts,
 * which the letters, the PDF worker and the command line use) for every message the interface has
 * (words-format.test.ts checks each one against it), in a few hundred bytes, not ten kilobytes: the
 * interface's words are in the first page's bundle. Supports what the catalogues use: {name},
 * {name, number}, {name, plural, [offset:n] =n|zero|one|two|few|many|other {…}} with #, and
 * {name, select, … other {…}}; quoting with apostrophes ('{', '' for one apostrophe).
 */
import type { Values } from './format.ts'

type Part =
  | string
  | { kind: 'arg'; name: string; number: boolean }
  | { kind: 'plural'; name: string; offset: number; options: Record<string, Part[]> }
  | { kind: 'select'; name: string; options: Record<string, Part[]> }
  | { kind: 'pound' }

class Unsupported extends Error {}

function parse(message: string): Part[] {
  let i = 0
  const space = () => {
    while (i < message.length && /\s/.test(message[i]!)) i += 1
  }
  const word = () => {
    const start = i
    while (i < message.length && /[^\s{},]/.test(message[i]!)) i += 1
    if (i === start) throw new Unsupported(message)
    return message.slice(start, i)
  }
  const expect = (char: string) => {
    if (message[i] !== char) throw new Unsupported(message)
    i += 1
  }
  const parts = (inPlural: boolean, nested: boolean): Part[] => {
    const out: Part[] = []
    let text = ''
    while (i < message.length) {
      const char = message[i]!
      if (char === "'") {
        const next = message[i + 1]
        if (next === "'") {
          text += "'"
          i += 2
          continue
        }
        if (next !== undefined && ('{}<>'.includes(next) || (inPlural && next === '#'))) {
          // Quoted text runs to the next lone apostrophe.
          i += 1
          while (i < message.length) {
            if (message[i] === "'" && message[i + 1] === "'") {
              text += "'"
              i += 2
            } else if (message[i] === "'") {
              i += 1
              break
            } else {
              text += message[i]
              i += 1
            }
          }
          continue
        }
        text += char
        i += 1
      } else if (char === '{') {
        if (text) out.push(text)
        text = ''
        i += 1
        out.push(argument())
      } else if (char === '}') {
        if (!nested) throw new Unsupported(message)
        break
      } else if (char === '#' && inPlural) {
        if (text) out.push(text)
        text = ''
        out.push({ kind: 'pound' })
        i += 1
      } else {
        text += char
        i += 1
      }
    }
    if (text) out.push(text)
    return out
  }
  const argument = (): Part => {
    space()
    const name = word()
    space()
    if (message[i] === '}') {
      i += 1
      return { kind: 'arg', name, number: false }
    }
    expect(',')
    space()
    const type = word()
    space()
    if (type === 'number' && message[i] === '}') {
      i += 1
      return { kind: 'arg', name, number: true }
    }
    if (type !== 'plural' && type !== 'select') throw new Unsupported(message)
    expect(',')
    let offset = 0
    const options: Record<string, Part[]> = {}
    for (;;) {
      space()
      if (message[i] === '}') {
        i += 1
        break
      }
      const selector = word()
      if (type === 'plural' && selector.startsWith('offset:')) {
        offset = Number(selector.slice('offset:'.length))
        continue
      }
      space()
      expect('{')
      options[selector] = parts(type === 'plural', true)
      expect('}')
    }
    if (!('other' in options)) throw new Unsupported(message)
    return type === 'plural' ? { kind: 'plural', name, offset, options } : { kind: 'select', name, options }
  }
  return parts(false, false)
}

class Missing extends Error {}

function render(parts: Part[], locale: string, values: Values, pluralValue?: number): string {
  let out = ''
  for (const part of parts) {
    if (typeof part === 'string') out += part
    else if (part.kind === 'pound') out += pluralValue === undefined ? '' : new Intl.NumberFormat(locale).format(pluralValue)
    else {
      if (!Object.hasOwn(values, part.name)) throw new Missing(part.name)
      const value = values[part.name]!
      if (part.kind === 'arg') out += part.number ? new Intl.NumberFormat(locale).format(Number(value)) : String(value)
      else if (part.kind === 'select') out += render(part.options[String(value)] ?? part.options.other!, locale, values, pluralValue)
      else {
        const n = Number(value)
        const chosen = part.options[`=${value}`] ?? part.options[new Intl.PluralRules(locale).select(n - part.offset)] ?? part.options.other!
        out += render(chosen, locale, values, n - part.offset)
      }
    }
  }
  return out
}

const parsed = new Map<string, Part[]>()

/** One message with its {placeholders}, plurals and selects filled from `values`. */
export function formatWords(locale: string, message: string, values: Values = {}): string {
  // Most messages have nothing to fill.
  if (!message.includes('{')) return message
  let parts = parsed.get(message)
  if (!parts) {
    parts = parse(message)
    parsed.set(message, parts)
  }
  try {
    return render(parts, locale, values)
  } catch (error) {
    if (!(error instanceof Missing)) throw error
    // A value the caller did not give: keep its {name} in the text rather than fail the page.
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
  }
}
