/** Words every follow-up page shares, so each question says which letter it is about. */
import { t } from '../../i18n/text.ts'
import type { Draft } from '../../draft/draft.ts'
import { inSentence } from '../../directory/names.ts'
import { loadedDirectory } from '../../flow/directory.ts'

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

/** The one organisation a follow-up goes to, by name, once it is chosen (and the directory has loaded). */
function onlyBody(draft: Draft): string | undefined {
  const recipients = draft.recipients ?? []
  if (recipients.length !== 1) return undefined
  const [only] = recipients
  return only?.id !== undefined ? loadedDirectory()?.byId(only.id)?.name : only?.name?.trim() || undefined
}

/**
 * The caption over each question of a follow-up, so none can be read as being about the first
 * letter: "Your reminder to South Wales Police". None for a first letter.
 */
export function letterCaption(draft: Draft): string | undefined {
  const kind = draft.followUp?.kind
  if (kind === undefined || kind === 'none') return undefined
  const name = onlyBody(draft)
  return t(`caption.followUp.${kind}`, { named: name === undefined ? 'no' : 'yes', name: name === undefined ? '' : inSentence(name) })
}
