/**
 * Where one tracked request stands, for the My requests page: the tracker's status on today's date,
 * and the letters that can come next, in the ICO's order. Police restrictions can also go to the ICO
 * for a check (s.51), and a reply with parts missing can be asked for again first.
 */
import { holidayRegion } from '../../deadlines/deadline.ts'
import { trackStatus, type TrackStatus } from '../../deadlines/tracker.ts'
import type { IsoDate } from '../../dates/iso.ts'
import type { TrackedDraft } from '../../draft/draft.ts'
import { recipientToEntry } from '../../flow/convert.ts'
import type { Directory } from '../../flow/directory.ts'
import { regimeFor } from '../../law/law.ts'
import { resolveRecipient } from '../../letters/recipients.ts'
import type { FollowUpKind } from '../../request/constants.ts'

/** A follow-up, or a new letter asking them to delete or correct what their reply showed. */
export type NextKind = FollowUpKind | 'act-on-reply'

export interface NextLetter {
  letter: NextKind
  /** The first day it can truthfully be dated; later than today means "not yet". */
  from: IsoDate
  /** For the ICO: the last day of the three months after the last contact. */
  by?: IsoDate
}

export interface TrackedView {
  status: TrackStatus
  /** What can be made next, the usual next step first. */
  next: NextLetter[]
}

export function trackedView(entry: TrackedDraft, directory: Directory, today: IsoDate): TrackedView {
  const resolved = resolveRecipient(recipientToEntry(entry.recipient), directory)
  const status = trackStatus(
    { sentOn: entry.sentOn, sentBy: entry.sentBy, includesAccess: (entry.requests ?? []).includes('access'), events: entry.events ?? [] },
    holidayRegion(resolved.nation),
    today,
  )
  const police = regimeFor(resolved.lawKind) !== 'ukgdpr'
  const next: NextLetter[] = []
  if (status.state === 'overdue') next.push(status.next)
  if (status.state === 'answered') {
    const sawData = status.reply !== 'refused' && (entry.requests ?? []).includes('access')
    if (status.reply === 'replied-in-part' && sawData) next.push({ letter: 'missing-parts', from: status.on })
    if (sawData) next.push({ letter: 'act-on-reply', from: status.on })
    if (status.next) next.push(status.next)
    if (police && status.reply !== 'replied-in-full') next.push({ letter: 'ico-check', from: status.on })
  }
  return { status, next }
}
