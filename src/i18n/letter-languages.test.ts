import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LETTER_LANGUAGE, LETTER_LANGUAGES } from './letter-words.ts'

const ui = import.meta.glob<Record<string, unknown>>('../content/ui.*.json', { eager: true, import: 'default' })

describe('the letter languages (templates/languages.json)', () => {
  it('start with English, and each has a name in every interface language and a folder of templates with its own words', () => {
    expect(LETTER_LANGUAGES[0]).toBe(DEFAULT_LETTER_LANGUAGE)
    expect(Object.keys(ui).length).toBeGreaterThan(1)
    for (const language of LETTER_LANGUAGES) {
      for (const [file, words] of Object.entries(ui)) expect(typeof words[`letterLanguage.option.${language}`], `${file} letterLanguage.option.${language}`).toBe('string')
      if (language !== DEFAULT_LETTER_LANGUAGE) expect(existsSync(join(import.meta.dirname, '..', '..', 'templates', language, 'words.json')), `templates/${language}/words.json`).toBe(true)
    }
  })
})
