/**
 * The languages a letter can be written in (templates/languages.json), English first: a new one is
 * data, not code. Apart from letter-words.ts so that the interface's first page can ask it without
 * loading the letters' words.
 */
import languages from '../../templates/languages.json'

/** A letter language's code ("en-GB", "cy"), one of LETTER_LANGUAGES. */
export type LetterLanguage = string
export const LETTER_LANGUAGES = languages.languages as [LetterLanguage, ...LetterLanguage[]]
export const DEFAULT_LETTER_LANGUAGE: LetterLanguage = LETTER_LANGUAGES[0]
