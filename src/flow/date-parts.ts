/**
 * Three date boxes → an ISO date, with the GOV.UK order of messages: missing, then incomplete, then
 * not real. Range checks (in the past, after 1900, before the letter) stay in the request schema.
 */
import { isRealIsoDate, parseIsoDate, toIso, type IsoDate } from '../dates/iso.ts'
import type { DateParts } from '../draft/draft.ts'

export type DatePart = keyof DateParts

export type DatePartsResult =
  | { ok: true; iso: IsoDate }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'missing'; parts: DatePart[] }
  | { ok: false; problem: 'year' }
  | { ok: false; problem: 'notReal'; parts: DatePart[] }

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** "3", "03", "mar", "March", "Sept" → 3; anything else → NaN. */
export function monthNumber(text: string): number {
  const value = text.trim().toLowerCase()
  if (/^\d{1,2}$/.test(value)) return Number(value)
  if (/^[a-z]{3,9}\.?$/.test(value)) {
    const index = MONTH_NAMES.indexOf(value.slice(0, 3))
    if (index >= 0) return index + 1
  }
  return Number.NaN
}

export function parseDateParts(parts: DateParts | undefined): DatePartsResult {
  const p = parts ?? { day: '', month: '', year: '' }
  const order: DatePart[] = ['day', 'month', 'year']
  const missing = order.filter((k) => p[k].trim() === '')
  if (missing.length === 3) return { ok: false, problem: 'empty' }
  if (missing.length > 0) return { ok: false, problem: 'missing', parts: missing }
  const dayText = p.day.trim()
  const yearText = p.year.trim()
  const day = /^\d{1,2}$/.test(dayText) ? Number(dayText) : Number.NaN
  const month = monthNumber(p.month)
  if (!/^\d+$/.test(yearText) || yearText.length !== 4) {
    // A year like "09" is a common slip; say what is wrong with it rather than "not a real date".
    if (/^\d+$/.test(yearText)) return { ok: false, problem: 'year' }
    return { ok: false, problem: 'notReal', parts: ['year'] }
  }
  const year = Number(yearText)
  const wrong: DatePart[] = []
  if (Number.isNaN(day) || day < 1 || day > 31) wrong.push('day')
  if (Number.isNaN(month) || month < 1 || month > 12) wrong.push('month')
  if (wrong.length > 0) return { ok: false, problem: 'notReal', parts: wrong }
  const iso = toIso(year, month, day)
  if (!isRealIsoDate(iso)) return { ok: false, problem: 'notReal', parts: ['day'] }
  return { ok: true, iso }
}

/** The ISO date when the parts make one; otherwise undefined. */
export function isoFromParts(parts: DateParts | undefined): IsoDate | undefined {
  const result = parseDateParts(parts)
  return result.ok ? result.iso : undefined
}

/** An ISO date → the three boxes, without leading zeros ("2009-03-14" → 14 / 3 / 2009). */
export function partsFromIso(iso: IsoDate): DateParts {
  const p = parseIsoDate(iso)
  if (!p) return { day: '', month: '', year: '' }
  return { day: String(p.day), month: String(p.month), year: String(p.year) }
}
