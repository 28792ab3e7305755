import type { NearSuggestion, PostcodePlace } from '../../directory/near.ts'
import type { SenderKind } from '../../request/constants.ts'
import { t, uiMessages, type TextKey } from '../../i18n/text.ts'

/** What a look-alike body holds ("Home Office: immigration records only"), or undefined for a body that needs no such line. */
export function holdsLine(id: string): string | undefined {
  const key = `recipients.holds.${id}`
  return Object.hasOwn(uiMessages(), key) ? t(key as TextKey) : undefined
}

/** Why a body is offered from an address: "You live in Leeds." */
export function nearReason(s: NearSuggestion | PostcodePlace['suggestions'][number], who: SenderKind): string {
  if (s.when === 'postcode') return t('recipients.near.postcode', { place: s.place })
  // The council's line says whose address and when; the county and force follow it, so theirs need not.
  if (s.role === 'council') return t(`recipients.near.council.${s.when}.${who}`, { place: s.place })
  return t(`recipients.near.${s.role}`, { place: s.place })
}
