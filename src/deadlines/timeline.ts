/**
 * When a reply to a first letter is due, given what the person says has happened since
 * (uk-law.md §2.1–2.2). Every rule errs towards the later date: a follow-up must never call an
 * organisation late before it is.
 *
 * - Receipt: the same day by email, online form or by hand; two working days after posting. Where we
 *   do not know how it went, post is assumed.
 * - Proof of identity asked for: the clock starts again when the proof arrives (Art 12A(2), s.54(3));
 *   until then no time runs.
 * - "What did you mean?" asked about an access request: the days from their question to the day they
 *   get the answer, both counted, do not count (Art 12A(5)–(6), s.54(3C)). Only for requests received
 *   from 5 February 2026, and only for access (SI 2026/82 reg 4).
 * - More time: up to two further months, only if they said so before the first month ran out
 *   (Art 12A(3)–(4), s.54(3A)–(3B); old Art 12(3) for earlier requests).
 */
import { addDays, type IsoDate } from '../dates/iso.ts'
import type { FollowUpEventKind, SentBy } from '../request/constants.ts'
import { addCalendarMonths, ART_12A_START, nextWorkingDay, receiptFor, type HolidayRegion } from './deadline.ts'

export interface TimelineEvent {
  kind: FollowUpEventKind
  on: IsoDate
  answeredOn?: IsoDate
}

export interface FirstLetter {
  sentOn: IsoDate
  /** Undefined where the person did not say: post, the slowest, is assumed. */
  sentBy?: SentBy
  region: HolidayRegion
  /** Whether the letter asked for a copy of the data: only then can a question pause the clock. */
  includesAccess: boolean
  events: readonly TimelineEvent[]
}

interface Common {
  /** The day we take them to have received the first letter. */
  received: IsoDate
  /** True where the route was not given, or it went by post: an assumption the person should know. */
  receivedAssumed: boolean
  /** Requests received before 5 February 2026 keep the old time limits (SI 2026/82 reg 4). */
  oldRules: boolean
}

export type Timeline =
  | (Common & {
      state: 'running'
      /** When the month starts: receipt, or the arrival of the proof of identity they asked for. */
      clockStart: IsoDate
      /** When the proof of identity arrived, where they asked for it. */
      idArrived?: IsoDate
      /** Days that do not count while they waited for an answer to their question. */
      pausedDays: number
      /** 'counted': they asked for more time in the first month; 'too-late': after it, so it does not count. */
      extension: 'none' | 'counted' | 'too-late'
      /** The one-month date, before any extension. */
      monthDeadline: IsoDate
      /** The last day for their reply. */
      deadline: IsoDate
    })
  | (Common & { state: 'waiting-for-id'; askedOn: IsoDate })
  | (Common & { state: 'waiting-for-answer'; askedOn: IsoDate })

function arrival(sentOn: IsoDate, sentBy: SentBy | undefined, region: HolidayRegion): IsoDate {
  return receiptFor({ on: sentOn, by: sentBy ?? 'post' }, sentOn, region).received
}

export function firstLetterTimeline(letter: FirstLetter): Timeline {
  const { region } = letter
  const received = arrival(letter.sentOn, letter.sentBy, region)
  const common: Common = { received, receivedAssumed: letter.sentBy === undefined || letter.sentBy === 'post', oldRules: received < ART_12A_START }
  const events = [...letter.events].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))

  let clockStart = received
  let idArrived: IsoDate | undefined
  for (const e of events) {
    if (e.kind !== 'asked-for-id') continue
    if (e.answeredOn === undefined) return { ...common, state: 'waiting-for-id', askedOn: e.on }
    const came = arrival(e.answeredOn, letter.sentBy, region)
    if (came > clockStart) {
      clockStart = came
      idArrived = came
    }
  }

  let pausedDays = 0
  if (!common.oldRules && letter.includesAccess) {
    for (const e of events) {
      if (e.kind !== 'asked-what-you-meant' || e.on < clockStart) continue
      if (e.answeredOn === undefined) return { ...common, state: 'waiting-for-answer', askedOn: e.on }
      const came = arrival(e.answeredOn, letter.sentBy, region)
      pausedDays += dayCount(e.on, came)
    }
  }

  const due = (months: number) => nextWorkingDay(addDays(addCalendarMonths(clockStart, months), pausedDays), region)
  const monthDeadline = due(1)
  const moreTime = events.find((e) => e.kind === 'more-time' && e.on >= clockStart)
  const extension = moreTime === undefined ? 'none' : moreTime.on <= monthDeadline ? 'counted' : 'too-late'
  return {
    ...common,
    state: 'running',
    clockStart,
    idArrived,
    pausedDays,
    extension,
    monthDeadline,
    deadline: extension === 'counted' ? due(3) : monthDeadline,
  }
}

/** Days from `from` to `to`, both counted. */
function dayCount(from: IsoDate, to: IsoDate): number {
  let n = 1
  for (let d = from; d < to; d = addDays(d, 1)) n += 1
  return n
}

/** The last real contact with the organisation: the ICO asks for complaints within three months of it. */
export function lastContact(letter: { sentOn: IsoDate; events: readonly { kind?: string; on: IsoDate; answeredOn?: IsoDate }[] }): IsoDate {
  let last = letter.sentOn
  for (const e of letter.events) {
    if (e.on > last) last = e.on
    if (e.answeredOn !== undefined && e.answeredOn > last) last = e.answeredOn
  }
  return last
}
