/**
 * The letters' own short phrases (templates/words.json, and templates/<locale>/words.json for each
 * other letter language), kept beside the templates so a letter's every word is in one place an
 * advice worker can edit. A letter has its own language, never the interface's.
 */
import english from '../../templates/words.json'
import { formatMessage, type Values } from './format.ts'
import { DEFAULT_LETTER_LANGUAGE, type LetterLanguage } from './letter-languages.ts'

// The list of languages is apart from the words, so the interface can ask it without loading them.
export { DEFAULT_LETTER_LANGUAGE, LETTER_LANGUAGES, type LetterLanguage } from './letter-languages.ts'

export type LetterWordKey = Exclude<keyof typeof english, '$comment' | 'months'>

export interface LetterWords {
  language: LetterLanguage
  /** One phrase, {placeholders} filled from `values`. */
  t(key: LetterWordKey, values?: Values): string
  /** "23 November 2026" / "23 Tachwedd 2026". */
  date(iso: string): string
}

type WordsFile = Record<string, unknown>

/**
 * The phrases of one language. A key the language lacks falls back to English, so a letter is never
 * left with a gap; src/letters/words.test.ts fails on any key in one language and not the other.
 */
export function letterWords(language: LetterLanguage, own: WordsFile = english): LetterWords {
  const base = english as WordsFile
  const pick = (key: string): unknown => (Object.hasOwn(own, key) ? own[key] : base[key])
  const months = pick('months') as string[]
  return {
    language,
    t(key, values = {}) {
      const text = pick(key)
      return formatMessage(language, typeof text === 'string' ? text : key, values)
    },
    date(iso) {
      const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
      return formatMessage(language, pick('date') as string, { day: String(day), month: months[month - 1] ?? String(month), year: String(year) })
    },
  }
}

export const ENGLISH_LETTER_WORDS = letterWords(DEFAULT_LETTER_LANGUAGE)
