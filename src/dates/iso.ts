/** Calendar dates as "YYYY-MM-DD" strings, counted in UTC so no time zone can move a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export type IsoDate = string

/** The date's parts, or undefined when the text is not a real calendar date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(text)
  if (!m) return undefined
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

export function isRealIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * The instant of a calendar date in UTC. Not `Date.UTC`, which reads the years 0 to 99 as 1900 to 1999:
 * `setUTCFullYear` takes the year as given. Day and month may overflow, as in `Date.UTC`.
 */
function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  return d
}

export function toIso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const p = mustParse(date)
  const d = utcDate(p.year, p.month, p.day + days)
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  const p = mustParse(date)
  return utcDate(p.year, p.month, p.day).getUTCDay()
}

/**
 * The UK date at an instant. UK letters are dated in UK time. Pure: the caller says what "now" is
 * (the app's clock in app/clock.ts, the command line's start-up), so no core code reads the clock.
 */
export function todayIso(now: Date): IsoDate {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(now)
  const get = (t: string) => Number(parts.find((x) => x.type === t)?.value)
  return toIso(get('year'), get('month'), get('day'))
}

// Dates in words are per language: the letters' in templates/<language>/words.json, the interface's in src/content/locale.<locale>.json.

/** Whole years between a birth date and another date. */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const b = mustParse(birth)
  const o = mustParse(on)
  let age = o.year - b.year
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1
  return age
}

function mustParse(date: IsoDate) {
  const p = parseIsoDate(date)
  if (!p) throw new RangeError(`Not a real date: ${date}`)
  return p
}
