/** Words every follow-up page shares, so each question says which letter it is about. */
import { t } from '../../i18n/text.ts'
import type { Draft } from '../../draft/draft.ts'
import { inSentence } from '../../directory/names.ts'

/** "this reminder", "this complaint", "this complaint to the ICO". */
export function thisLetter(draft: Draft): string {
  const kind = draft.followUp?.kind
  return kind === undefined || kind === 'none' ? t('followUp.this.letter') : t(`followUp.this.${kind}`)
}

/** An organisation's name as it reads in a sentence ("the Home Office"), or "the organisation" before one is chosen. */
export function bodyInSentence(name: string | undefined): string {
  return name === undefined ? t('followUp.theOrganisation') : inSentence(name)
}

/** The same at the start of a sentence. */
export function bodyAtStart(name: string | undefined): string {
  const text = bodyInSentence(name)
  return text.charAt(0).toUpperCase() + text.slice(1)
}
