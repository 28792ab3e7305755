/**
 * A calendar reminder (.ics, RFC 5545) for one letter: one all-day event on the day the letter asks
 * for an answer by, with an alarm a few days before. Made from the pack alone, with no clock and no
 * randomness, so the same letter always gives the same file, in the browser, its worker and Node.
 *
 * A family calendar is not private: the title never holds the person's name or the organisation's;
 * the organisation is named only in the description, and `plain` leaves it out there too.
 * A letter with no reply-by date (a complaint to the ICO) gets no reminder.
 */
import { createEvent, type DateArray, type EventAttributes } from 'ics'
import english from '../content/calendar.en-GB.json'
import { addDays, parseIsoDate, type IsoDate } from '../dates/iso.ts'
import { addCatalogue, catalogue, DEFAULT_LOCALE } from '../i18n/catalogues.ts'
import type { DocumentKind, RecipientPack } from './model.ts'

export type CalendarWords = Omit<typeof english, '$comment'>

addCatalogue('calendar', DEFAULT_LOCALE, english)

/**
 * The reminder's words in a language (src/content/calendar.<locale>.json), English where its file is
 * not loaded. The app gives the page's language, the person's own; the command line the letter's.
 */
export function calendarWords(locale: string): CalendarWords {
  return catalogue('calendar', locale) as CalendarWords
}

/** The alarm goes off this many days before the reply-by day. */
export const ALARM_DAYS_BEFORE = 3
/** At this hour, local time: a reminder at midnight would be missed. */
const ALARM_HOUR = 9

export interface CalendarOptions {
  /** Leave the organisation out of the description (it is never in the title). */
  plain?: boolean
  /** The words in another language; English when not given. */
  words?: CalendarWords
}

type ReminderKind = Extract<DocumentKind, 'request' | 'reminder' | 'complaint'>

function reminderKind(pack: RecipientPack): ReminderKind | undefined {
  const letter = pack.documents.find((d) => d.kind !== 'cover-sheet' && d.kind !== 'authority-form')
  const kind = letter?.kind
  return kind === 'request' || kind === 'reminder' || kind === 'complaint' ? kind : undefined
}

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

function dateArray(date: IsoDate): DateArray {
  const parts = parseIsoDate(date)
  if (!parts) throw new Error(`Not a date: ${date}`)
  return [parts.year, parts.month, parts.day]
}

/**
 * A short stable id from the letter's own facts (cyrb53, a 53-bit string hash): the same letter
 * always gives the same UID, so importing its reminder twice, or both versions, updates one event.
 */
function stableId(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}

/** The .ics file's name: the PDF's, so the two sit together. */
export function calendarFileName(pack: RecipientPack): string {
  return pack.fileName.replace(/\.pdf$/i, '') + '.ics'
}

/**
 * The .ics text for a pack, or undefined when the letter asks for no answer by a date.
 * Lines end CRLF, as RFC 5545 asks.
 */
export function calendarFor(pack: RecipientPack, options: CalendarOptions = {}): string | undefined {
  const kind = reminderKind(pack)
  const replyBy = pack.replyBy
  if (!kind || !replyBy) return undefined
  const words = options.words ?? english
  const title = words[`title.${kind}`]
  const description = fill(words[options.plain ? (`description.${kind}.plain` as const) : (`description.${kind}` as const)], { organisation: pack.recipientName })
  // The library takes `timestamp` (DTSTAMP) but leaves it out of its types.
  const event: EventAttributes & { timestamp: string } = {
    productId: '-//What They Hold//Letters//EN',
    uid: `${stableId([pack.recipientId, pack.fileName, pack.dated, replyBy.what, replyBy.date].join('\n'))}@what-they-hold`,
    // The letter's date, never the clock: the file is the same however often it is made.
    timestamp: `${pack.dated.replaceAll('-', '')}T000000Z`,
    start: dateArray(replyBy.date),
    end: dateArray(addDays(replyBy.date, 1)),
    title,
    description,
    // Shown as free time, and kept private where a shared calendar honours it.
    transp: 'TRANSPARENT',
    classification: 'PRIVATE',
    alarms: [
      {
        action: 'display',
        // The library writes an alarm's text as it is: the commas and semicolons TEXT escapes are done here.
        description: escapeText(fill(words[`alarm.${kind}`], { days: ALARM_DAYS_BEFORE })),
        // Relative to the start of the day: back to 09:00 on the day ALARM_DAYS_BEFORE days before.
        // Whole days and hours, because the library writes "-P3DT" for days alone, which RFC 5545 does not allow.
        trigger: { before: true, days: ALARM_DAYS_BEFORE - 1, hours: 24 - ALARM_HOUR },
      },
    ],
  }
  const { error, value } = createEvent(event)
  if (error || !value) throw error ?? new Error('The calendar file could not be made')
  return value
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,')
}
