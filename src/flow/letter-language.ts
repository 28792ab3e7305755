/** The language a letter is in when the person has not chosen one. */
import { currentLocale } from '../i18n/catalogues.ts'
import { DEFAULT_LETTER_LANGUAGE, LETTER_LANGUAGES, type LetterLanguage } from '../i18n/letter-languages.ts'
import { t, type TextKey } from '../i18n/text.ts'

/** The interface's language when a letter can be written in it (Welsh), else English. */
export function defaultLetterLanguage(): LetterLanguage {
  const interfaceLanguage = currentLocale()
  return (LETTER_LANGUAGES as readonly string[]).includes(interfaceLanguage) ? (interfaceLanguage as LetterLanguage) : DEFAULT_LETTER_LANGUAGE
}

/** A letter language's name on the page ("Cymraeg (Welsh)"): `letterLanguage.option.<code>` in the interface's words. */
export function letterLanguageName(language: LetterLanguage): string {
  return t(`letterLanguage.option.${language}` as TextKey)
}
