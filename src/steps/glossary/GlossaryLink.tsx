import type { ReactNode } from 'react'
import { rich } from '../../i18n/rich-text.tsx'
import { t, type TextKey } from '../../i18n/text.ts'
import english from '../../content/glossary.en-GB.json'
import { addCatalogue, catalogue, currentLocale, DEFAULT_LOCALE } from '../../i18n/catalogues.ts'
import { pathFor } from '../../flow/steps.ts'

addCatalogue('glossary', DEFAULT_LOCALE, english)

export type TermId = keyof typeof english.terms

/** Every term, in the order the glossary lists them. */
export const TERM_IDS = Object.keys(english.terms) as TermId[]

/** The glossary in the interface's language. */
export function glossaryTerms(): typeof english.terms {
  return (catalogue('glossary', currentLocale()) as typeof english).terms
}

/** The placeholder that stands for a term in the pages' text: "subject-access-request" is {subjectAccessRequest}. */
export function placeholderFor(id: TermId): string {
  return id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
}

/**
 * A legal word, linked to its entry on the glossary page. It opens in a new tab so that a half-filled
 * question page keeps what was typed; the hidden words tell screen reader users it will.
 */
export function GlossaryLink({ term }: { term: TermId }) {
  return (
    <a href={`${pathFor('glossary')}#${term}`} target="_blank" rel="noopener">
      {glossaryTerms()[term].link}
      <span className="visually-hidden">{` ${t('app.opensNewTab')}`}</span>
    </a>
  )
}

function termLinks(): Record<string, ReactNode> {
  return Object.fromEntries(TERM_IDS.map((id) => [placeholderFor(id), <GlossaryLink key={id} term={id} />]))
}

/** A text whose {camelCaseTerm} placeholders become glossary links; `values` fill the rest. */
export function withTerms(text: string, values: Record<string, ReactNode> = {}): ReactNode[] {
  return rich(text, { ...termLinks(), ...values })
}

/** The text of `key`, with its legal words linked to the glossary. */
export function tTerms(key: TextKey, values: Record<string, ReactNode> = {}): ReactNode[] {
  return withTerms(t(key), values)
}
