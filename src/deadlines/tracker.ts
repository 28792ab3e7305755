/**
 * A sent request's life on the device: what is due, what is late, and the next step, in the order the
 * ICO asks for (uk-law.md §8): a reminder once their time is up, then a complaint to the organisation
 * (DPA 2018 s.164A), and only then the ICO, within three months of the last contact. Every date comes
 * from firstLetterTimeline, so the tracker and the follow-up letters never disagree.
 */
import { addDays, type IsoDate } from '../dates/iso.ts'
import type { FollowUpEventKind, SentBy, TrackedEventKind } from '../request/constants.ts'
import { addCalendarMonths, complaintAcknowledgementDue, receiptFor, type HolidayRegion } from './deadline.ts'
import { firstLetterTimeline, lastContact, type TimelineEvent } from './timeline.ts'


export interface TrackedEvent {
  kind: TrackedEventKind
  on: IsoDate
  /** When the person sent what was asked (ID, an answer), or when the organisation answered a complaint. */
  answeredOn?: IsoDate
}

export interface Tracked {
  sentOn: IsoDate
  sentBy?: SentBy
  /** Whether the request asked for a copy: only then can a question pause the clock. */
  includesAccess: boolean
  events: readonly TrackedEvent[]
}

/** The letter the next step makes. */
export type NextLetter = 'reminder' | 'complaint' | 'ico-complaint'

export interface NextStep {
  letter: NextLetter
  /** The first day the letter can truthfully be dated. */
  from: IsoDate
  /** For the ICO: the last day of the three months after the last contact. */
  by?: IsoDate
}

export type TrackStatus =
  /** Their time is running: a reply is due by `due`. */
  | { state: 'due'; due: IsoDate }
  /** They asked for proof of identity or what was meant, and are waiting for the person: no time runs. */
  | { state: 'waiting-for-you'; why: 'id' | 'answer'; askedOn: IsoDate }
  /** Their time is up with no reply. */
  | { state: 'overdue'; due: IsoDate; next: NextStep }
  /** A complaint to them is waiting for their acknowledgement (30 days, s.164A(3)). */
  | { state: 'complaint-due'; due: IsoDate }
  /** They replied, in part or in full, or refused. `next` is there when a complaint is open to the person. */
  | { state: 'answered'; reply: 'replied-in-part' | 'replied-in-full' | 'refused'; on: IsoDate; next?: NextStep }
  /** A complaint went to the ICO: nothing more is due from the organisation here. */
  | { state: 'with-ico'; on: IsoDate }

const FOLLOW_UP_ONLY: readonly TrackedEventKind[] = ['reminder-sent', 'ico-complaint-made']

/** The events the first letter's clock reads (the app's own letters do not move it). */
export function clockEvents(events: readonly TrackedEvent[]): TimelineEvent[] {
  return events.filter((e) => !FOLLOW_UP_ONLY.includes(e.kind)).map((e) => ({ ...e, kind: e.kind as FollowUpEventKind }))
}

function latestOf(events: readonly TrackedEvent[], kinds: readonly TrackedEventKind[]): TrackedEvent | undefined {
  return events.filter((e) => kinds.includes(e.kind)).reduce<TrackedEvent | undefined>((a, b) => (a === undefined || b.on >= a.on ? b : a), undefined)
}

/** The ICO asks for complaints within three months of the last contact with the organisation. */
export function icoBy(tracked: Pick<Tracked, 'sentOn' | 'events'>): IsoDate {
  return addCalendarMonths(lastContact({ sentOn: tracked.sentOn, events: tracked.events }), 3)
}

/** Where the request stands on `today`, and what the person can do next. */
export function trackStatus(tracked: Tracked, region: HolidayRegion, today: IsoDate): TrackStatus {
  const events = tracked.events
  const ico = latestOf(events, ['ico-complaint-made'])
  if (ico) return { state: 'with-ico', on: ico.on }

  const complaint = latestOf(events, ['complaint-made'])
  const reply = latestOf(events, ['replied-in-part', 'replied-in-full', 'refused'])
  const toIco = (from: IsoDate): NextStep => ({ letter: 'ico-complaint', from, by: icoBy(tracked) })

  if (complaint && (!reply || complaint.on >= reply.on)) {
    // Their answer to the complaint, or 30 days without one, opens the way to the ICO.
    if (complaint.answeredOn !== undefined) return { state: 'answered', reply: reply?.kind === 'replied-in-full' ? 'replied-in-full' : (reply?.kind ?? 'refused') as 'replied-in-part' | 'replied-in-full' | 'refused', on: complaint.answeredOn, next: toIco(complaint.answeredOn) }
    // How the complaint went is not asked: post, the slowest, is assumed, so it is never called late early.
    const due = complaintAcknowledgementDue(receiptFor({ on: complaint.on, by: 'post' }, complaint.on, region).received)
    if (today <= due) return { state: 'complaint-due', due }
    return { state: 'overdue', due, next: toIco(addDays(due, 1)) }
  }

  if (reply) {
    // A part reply or a refusal can be complained about at once; a full reply may still be wrong.
    return { state: 'answered', reply: reply.kind as 'replied-in-part' | 'replied-in-full' | 'refused', on: reply.on, next: { letter: 'complaint', from: reply.on } }
  }

  const timeline = firstLetterTimeline({ sentOn: tracked.sentOn, sentBy: tracked.sentBy, region, includesAccess: tracked.includesAccess, events: clockEvents(events) })
  if (timeline.state === 'waiting-for-id') return { state: 'waiting-for-you', why: 'id', askedOn: timeline.askedOn }
  if (timeline.state === 'waiting-for-answer') return { state: 'waiting-for-you', why: 'answer', askedOn: timeline.askedOn }
  if (today <= timeline.deadline) return { state: 'due', due: timeline.deadline }
  const late = addDays(timeline.deadline, 1)
  const reminder = latestOf(events, ['reminder-sent'])
  // First a reminder; after one, a complaint to them (the ICO expects one before it acts).
  return { state: 'overdue', due: timeline.deadline, next: reminder ? { letter: 'complaint', from: reminder.on > late ? reminder.on : late } : { letter: 'reminder', from: late } }
}
