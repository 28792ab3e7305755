/** Small questions about a draft that many pages ask. The draft itself is defined in ./schema.ts. */
import type { SenderKind } from '../request/constants.ts'
import type { AddressDraft, DateParts, Draft } from './schema.ts'

export type { AddressDraft, DateParts, Draft, FollowUpDraft, FollowUpEventDraft, RecipientDraft, SenderDraft, SentDraft, TrackedDraft, TrackedEventDraft } from './schema.ts'

export const EMPTY_ADDRESS: AddressDraft = { line1: '', line2: '', town: '', county: '', postcode: '' }
export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' }

/** Nothing typed: undefined or only spaces (for an address's extra lines, every one of them). */
export function isBlank(value: string | readonly string[] | undefined): boolean {
  if (value === undefined) return true
  return typeof value === 'string' ? value.trim() === '' : value.every((line) => isBlank(line))
}

/** Nothing typed: a country chosen on its own is not an address. */
export function isAddressBlank(address: AddressDraft | undefined): boolean {
  return !address || Object.entries(address).every(([field, v]) => field === 'country' || isBlank(v))
}

/** Who the pages talk about; "self" until the person says otherwise. */
export function whoOf(draft: Draft): SenderKind {
  return draft.sender?.kind ?? 'self'
}
