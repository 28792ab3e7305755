/** Issue 10 §4: the calendar reminder beside each letter says the right day, and never who it is for. */
import { describe, expect, it, vi } from 'vitest'
import { alarms, allDayStart, eventProperty, icsLines, unescapeText } from '../../test/helpers/ics.ts'
import { fixture, sources } from '../../test/helpers/fixtures.ts'
import english from '../content/calendar.en-GB.json'
import { addDays } from '../dates/iso.ts'
import type { Request } from '../request/schema.ts'
import { buildPacks } from './build.ts'
import { calendarFileName, calendarFor, type CalendarWords } from './calendar.ts'
import type { RecipientPack } from './model.ts'

const people = ['young-person', 'parent', 'advice-worker'].map((name) => fixture(name))

type FollowUp = NonNullable<Request['followUp']>

/** The young person's first letter to South Wales Police, emailed Tue 1 Sep 2026, followed up on 23 November. */
function followUp(kind: FollowUp['kind']): Request {
  return {
    ...people[0]!,
    sent: undefined,
    recipients: ['police:south-wales'],
    followUp: { kind, originalSentOn: '2026-09-01', originalSentBy: 'email', whatWentWrong: 'No reply.', noComplaintReason: 'They did not answer.' },
  }
}

/** Every pack of the three people's requests and of each follow-up, with the request it came from. */
const cases: { request: Request; pack: RecipientPack }[] = [...people, followUp('reminder'), followUp('complaint'), followUp('ico-complaint')].flatMap((request) =>
  buildPacks(request, sources).map((pack) => ({ request, pack })),
)
const withDate = cases.filter((c) => c.pack.replyBy)

/** Every name the person or their helper gave, each at least as long as a word. */
function names(request: Request): string[] {
  const s = request.sender
  const found = [request.subject.fullName, ...(request.subject.otherNames ?? [])]
  if (s.kind !== 'self') found.push(s.fullName)
  return found.flatMap((n) => [n, ...n.split(/\s+/)]).filter((n) => n.length >= 3)
}

function summary(ics: string): string {
  return unescapeText(eventProperty(ics, 'SUMMARY')!.value)
}

function description(ics: string): string {
  return unescapeText(eventProperty(ics, 'DESCRIPTION')!.value)
}

describe('calendarFor', () => {
  it('covers letters of every kind that asks for an answer by a date', () => {
    const kinds = new Set(withDate.map((c) => c.pack.documents[1]!.kind))
    expect([...kinds].sort()).toEqual(['complaint', 'reminder', 'request'])
    expect(withDate.length).toBeGreaterThanOrEqual(10)
  })

  it('holds one all-day event on the exact reply-by day, ending the next day', () => {
    for (const { pack } of withDate) {
      const ics = calendarFor(pack)!
      expect(icsLines(ics).filter((l) => l.name === 'BEGIN' && l.value === 'VEVENT'), pack.fileName).toHaveLength(1)
      expect(allDayStart(ics), pack.fileName).toBe(pack.replyBy!.date)
      expect(eventProperty(ics, 'DTEND'), pack.fileName).toEqual({ name: 'DTEND', params: 'VALUE=DATE', value: addDays(pack.replyBy!.date, 1).replaceAll('-', '') })
    }
  })

  it('has a display alarm at 09:00 three days before', () => {
    for (const { pack } of withDate) {
      const [alarm, ...more] = alarms(calendarFor(pack)!)
      expect(more).toEqual([])
      expect(alarm?.ACTION).toBe('DISPLAY')
      // From the start of the day (00:00), back 2 days and 15 hours: 09:00, three days before.
      expect(alarm?.TRIGGER).toBe('-P2DT15H')
      expect(alarm?.DESCRIPTION).toMatch(/in 3 days$/)
    }
  })

  it('never puts the person\'s name anywhere in the file, and the organisation never in the title', () => {
    for (const { request, pack } of withDate) {
      for (const plain of [false, true]) {
        const ics = calendarFor(pack, { plain })!
        const readable = unescapeText(ics.replace(/\r\n[ \t]/g, ''))
        for (const name of names(request)) expect(readable, `${pack.fileName}: ${name}`).not.toContain(name)
        expect(summary(ics)).not.toContain(pack.recipientName)
        expect(Object.values(english)).toContain(summary(ics))
      }
    }
  })

  it('names the organisation in the description; the plain version leaves it out altogether', () => {
    for (const { pack } of withDate) {
      expect(description(calendarFor(pack)!), pack.fileName).toContain(pack.recipientName)
      const plain = calendarFor(pack, { plain: true })!
      expect(unescapeText(plain.replace(/\r\n[ \t]/g, '')), pack.fileName).not.toContain(pack.recipientName)
      expect(plain).not.toMatch(/police|council|home office|academy/i)
      expect(description(plain)).toMatch(/^They must/)
    }
  })

  it('escapes an organisation name with commas and semicolons, and reads back as typed', () => {
    const request: Request = { ...people[0]!, recipients: [{ name: 'Smith, Jones; and Partners \\ Ltd', email: 'dpo@example.org' }] }
    const [pack] = buildPacks(request, sources)
    const ics = calendarFor(pack!)!
    expect(description(ics)).toContain('Smith, Jones; and Partners \\ Ltd must reply')
    expect(eventProperty(ics, 'DESCRIPTION')!.value).toContain('Smith\\, Jones\\; and Partners \\\\ Ltd')
  })

  it('is the same file whatever the clock says, with a UID from the letter itself', () => {
    const { pack } = withDate[0]!
    const first = calendarFor(pack)!
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'))
    expect(calendarFor(pack)).toBe(first)
    expect(eventProperty(first, 'DTSTAMP')!.value).toBe(`${pack.dated.replaceAll('-', '')}T000000Z`)
    // Both versions are one event, so importing the other replaces it; each letter is its own event.
    const uid = (ics: string) => eventProperty(ics, 'UID')!.value
    expect(uid(calendarFor(pack, { plain: true })!)).toBe(uid(first))
    const uids = new Set(withDate.map((c) => uid(calendarFor(c.pack)!)))
    expect(uids.size).toBe(withDate.length)
  })

  it('ends every line with CRLF and folds lines at 75 octets, never inside a character', () => {
    // Welsh letters take two octets each: a line of 75 characters would be too long.
    const name = 'Cyngor Sir Ynys Môn, Gwasanaethau Plant a Theuluoedd, Swyddfa’r Cyngor, Llangefni ŵŷ âêîôû'
    const request: Request = { ...people[0]!, recipients: [{ name, email: 'dpo@example.org' }] }
    const [pack] = buildPacks(request, sources)
    for (const ics of [calendarFor(withDate[0]!.pack)!, calendarFor(pack!)!]) {
      expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
      for (const line of ics.split('\r\n')) {
        expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75)
        // A fold never splits a character: every line is whole UTF-8 text on its own.
        expect(line).not.toMatch(/[\ud800-\udfff\ufffd]/)
      }
    }
    expect(description(calendarFor(pack!)!)).toContain(name)
    expect(calendarFor(pack!)!.split('\r\n').some((line) => line.startsWith(' '))).toBe(true)
  })

  it('makes none for a complaint to the ICO, which asks for no answer by a date', () => {
    const ico = cases.filter((c) => c.request.followUp?.kind === 'ico-complaint')
    expect(ico.length).toBe(1)
    expect(calendarFor(ico[0]!.pack)).toBeUndefined()
  })

  it('takes its words from a content file in any language', () => {
    const words = Object.fromEntries(Object.entries(english).filter(([k]) => k !== '$comment').map(([k, v]) => [k, `[cy] ${v}`])) as CalendarWords
    const ics = calendarFor(withDate[0]!.pack, { words })!
    expect(summary(ics)).toBe(`[cy] ${english['title.request']}`)
  })

  it('is named like its PDF', () => {
    expect(calendarFileName(withDate[0]!.pack)).toBe(withDate[0]!.pack.fileName.replace(/\.pdf$/, '.ics'))
  })
})
