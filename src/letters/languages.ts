/**
 * One letter language's templates and words, out of every template there is. English templates sit
 * at the top of templates/; another language's in templates/<language>/, with the same paths.
 */
import { DEFAULT_LETTER_LANGUAGE, LETTER_LANGUAGES, letterWords, type LetterLanguage, type LetterWords } from '../i18n/letter-words.ts'
import type { TemplateSet } from './template.ts'

/** The key of a language's words file in a TemplateSet. */
export const WORDS_FILE = 'words.json'

function prefixOf(language: LetterLanguage): string {
  return language === DEFAULT_LETTER_LANGUAGE ? '' : `${language}/`
}

/** Whether a key names a template of the English set (not a words file, not another language's file). */
function isEnglishTemplate(name: string, languages: readonly string[]): boolean {
  return name !== WORDS_FILE && !languages.some((l) => name.startsWith(`${l}/`))
}

/**
 * The templates of one language, keyed as the English ones are ("letters/request"). A file the
 * language lacks is the English one, so a letter can always be made; src/letters/templates-cy.test.ts
 * fails on any Welsh file missing.
 */
export function templatesFor(all: TemplateSet, language: LetterLanguage, languages: readonly string[] = LETTER_LANGUAGES.slice(1)): TemplateSet {
  const prefix = prefixOf(language)
  const out: Record<string, string> = {}
  for (const [name, source] of Object.entries(all)) {
    if (isEnglishTemplate(name, languages)) out[name] = all[`${prefix}${name}`] ?? source
  }
  return out
}

const parsed = new Map<string, LetterWords>()

/** The language's words (templates/<language>/words.json), English where a key or the file is missing. */
export function wordsFor(all: TemplateSet, language: LetterLanguage): LetterWords {
  const source = all[`${prefixOf(language)}${WORDS_FILE}`]
  if (source === undefined) return letterWords(language)
  let words = parsed.get(source)
  if (!words) {
    words = letterWords(language, JSON.parse(source) as Record<string, unknown>)
    parsed.set(source, words)
  }
  return words
}
