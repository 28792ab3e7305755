/**
 * A planned sending date that has passed. Letters are dated the day they are made, and a letter
 * cannot be sent before its own date, so answers saved weeks ago (a file, or this browser's copy)
 * would otherwise never make letters again. The plan moves to today and the page says so.
 */
import type { IsoDate } from '../dates/iso.ts'
import { isoFromParts, partsFromIso } from './date-parts.ts'
import type { Draft } from '../draft/draft.ts'

export interface SendDateMove {
  /** The planned date that has passed. */
  from: IsoDate
  /** Today, the new plan. */
  to: IsoDate
}

export interface SendDateResult {
  draft: Draft
  /** Set only when the date was moved. */
  moved?: SendDateMove
}

/** The planned sending date as a real date, when there is a plan with one. */
export function plannedSendDate(draft: Draft): IsoDate | undefined {
  const sent = draft.sent
  if (!sent?.by || sent.by === 'not-sure') return undefined
  return isoFromParts(sent.on)
}

/**
 * The answers with a planned sending date before `today` moved to `today`. Anything else (no plan,
 * "I do not know yet", today or later, a date that is not real yet) is returned as it is, the same
 * object, so callers can tell nothing changed.
 */
export function moveSendDateToToday(draft: Draft, today: IsoDate): SendDateResult {
  const planned = plannedSendDate(draft)
  if (planned === undefined || planned >= today) return { draft }
  return {
    draft: { ...draft, sent: { ...draft.sent, on: partsFromIso(today) } },
    moved: { from: planned, to: today },
  }
}
