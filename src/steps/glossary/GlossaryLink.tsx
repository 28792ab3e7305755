import type { ReactNode } from 'react'
import { rich } from '../../i18n/rich-text.tsx'
import { t, type TextKey } from '../../i18n/text.ts'
import glossary from '../../content/glossary.en-GB.json'
import { pathFor } from '../../flow/steps.ts'

export type TermId = keyof typeof glossary.terms

/** Every term, in the order the glossary lists them. */
export const TERM_IDS = Object.keys(glossary.terms) as TermId[]

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
      {glossary.terms[term].link}
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
