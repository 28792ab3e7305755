/**
 * The languages a letter can be written in. Apart from letter-words.ts so that the interface's first
 * page can ask it without loading the letters' words.
 */
export const LETTER_LANGUAGES = ['en-GB', 'cy'] as const
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number]
export const DEFAULT_LETTER_LANGUAGE: LetterLanguage = 'en-GB'
