/**
 * When a body must reply, counted the ICO's way (uk-law.md §2.1–2.2): the day the body receives the
 * request is day 1; the deadline is the same date next month, or that month's last day where the date
 * does not exist; a deadline on a weekend or bank holiday moves to the next working day.
 */
import holidays from '../data/bank-holidays.json'
import { addDays, daysInMonth, parseIsoDate, toIso, weekday, type IsoDate } from '../dates/iso.ts'
import type { Nation } from '../directory/types.ts'
import type { SentBy } from '../request/constants.ts'

// Kept in its own module so the journey's step table can use it without the bank holidays.
export { nationOfPostcode } from './nation.ts'

/**
 * Whose bank holidays move a deadline. 'anywhere-in-the-uk' counts every nation's: for a body whose
 * nation we do not know, so its deadline is never earlier than its own calendar makes it.
 */
export type HolidayRegion = 'england-and-wales' | 'scotland' | 'northern-ireland' | 'anywhere-in-the-uk'

export function holidayRegion(nation: Nation): HolidayRegion {
  if (nation === 'scotland') return 'scotland'
  if (nation === 'northern-ireland') return 'northern-ireland'
  if (nation === 'england' || nation === 'wales') return 'england-and-wales'
  return 'anywhere-in-the-uk'
}

const HOLIDAY_SETS: Record<HolidayRegion, ReadonlySet<string>> = {
  'england-and-wales': new Set(holidays['england-and-wales']),
  scotland: new Set(holidays.scotland),
  'northern-ireland': new Set(holidays['northern-ireland']),
  'anywhere-in-the-uk': new Set([...holidays['england-and-wales'], ...holidays.scotland, ...holidays['northern-ireland']]),
}

function isWorkingDay(date: IsoDate, region: HolidayRegion): boolean {
  const day = weekday(date)
  return day !== 0 && day !== 6 && !HOLIDAY_SETS[region].has(date)
}

export function nextWorkingDay(date: IsoDate, region: HolidayRegion): IsoDate {
  let d = date
  while (!isWorkingDay(d, region)) d = addDays(d, 1)
  return d
}

/** The same date `months` later, or the last day of that month where the date does not exist. */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const p = parseIsoDate(date)
  if (!p) throw new RangeError(`Not a real date: ${date}`)
  const index = p.year * 12 + (p.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return toIso(year, month, Math.min(p.day, daysInMonth(year, month)))
}

/** The last day to reply to a request received on `received`: one calendar month, ICO counting. */
export function replyDeadline(received: IsoDate, region: HolidayRegion, months = 1): IsoDate {
  return nextWorkingDay(addCalendarMonths(received, months), region)
}

/** Working days we allow for first-class post to arrive (Royal Mail aims for the next working day). */
const POSTAL_DAYS = 2

export interface Receipt {
  /** The day we take the body to have received the request. */
  received: IsoDate
  /** Whether this is an assumption the person should check (post, or no send date given). */
  assumed: boolean
  by?: SentBy
}

/**
 * When the body receives a request sent on `on` by `by`: the same day for email, an online form or
 * by hand; two working days later by post. With no send date we assume it is sent on the letter date.
 */
export function receiptFor(sent: { on: IsoDate; by: SentBy } | undefined, dated: IsoDate, region: HolidayRegion): Receipt {
  if (!sent) return { received: dated, assumed: true }
  if (sent.by !== 'post') return { received: sent.on, assumed: false, by: sent.by }
  let d = sent.on
  for (let i = 0; i < POSTAL_DAYS; i += 1) d = nextWorkingDay(addDays(d, 1), region)
  return { received: d, assumed: true, by: 'post' }
}

/** The 30-day period (DPA 2018 s.164A(3)) beginning when a complaint is received: day of receipt + 29. */
export function complaintAcknowledgementDue(received: IsoDate): IsoDate {
  return addDays(received, 29)
}

/** Requests received before 5 February 2026 keep the old time-limit rules (SI 2026/82 reg 4). */
export const ART_12A_START = '2026-02-05'
