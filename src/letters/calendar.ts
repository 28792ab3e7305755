/**
 * A calendar reminder (.ics, RFC 5545) for one letter: one all-day event on the day the letter asks
 * for an answer by, with an alarm a few days before. Made from the pack alone, with no clock and no
 * randomness, so the same letter always gives the same file, in the browser, its worker and Node.
 *
 * A family calendar is not private: the title never holds the person's name or the organisation's;
 * the organisation is named only in the description, and `plain` leaves it out there too.
 * A letter with no reply-by date (a complaint to the ICO) gets no reminder.
 */
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

/** YYYY-MM-DD → YYYYMMDD, an iCalendar DATE. */
function icsDate(date: IsoDate): string {
  if (!parseIsoDate(date)) throw new Error(`Not a date: ${date}`)
  return date.replaceAll('-', '')
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
  const alarm = fill(words[`alarm.${kind}`], { days: ALARM_DAYS_BEFORE })
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:-//What They Hold//Letters//EN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${stableId([pack.recipientId, pack.fileName, pack.dated, replyBy.what, replyBy.date].join('\n'))}@what-they-hold`,
    `SUMMARY:${escapeText(title)}`,
    // The letter's date, never the clock: the file is the same however often it is made.
    `DTSTAMP:${icsDate(pack.dated)}T000000Z`,
    `DTSTART;VALUE=DATE:${icsDate(replyBy.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(replyBy.date, 1))}`,
    `DESCRIPTION:${escapeText(description)}`,
    // Shown as free time, and kept private where a shared calendar honours it.
    'TRANSP:TRANSPARENT',
    'CLASS:PRIVATE',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(alarm)}`,
    // Relative to the start of the day: back to 09:00 on the day ALARM_DAYS_BEFORE days before.
    `TRIGGER:-P${ALARM_DAYS_BEFORE - 1}DT${24 - ALARM_HOUR}H`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line break escaped. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

const encoder = new TextEncoder()

/**
 * One content line folded (RFC 5545 §3.1): no line longer than 75 octets, each continuation starting
 * with a space, and never inside a character (Welsh ŵ and ŷ take two octets).
 */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line
  const parts: string[] = []
  let part = ''
  let octets = 0
  for (const ch of line) {
    const size = encoder.encode(ch).length
    // The first line holds 75 octets; a continuation 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(part)
      part = ''
      octets = 0
    }
    part += ch
    octets += size
  }
  parts.push(part)
  return parts.join('\r\n ')
}
