/**
 * Issue 10 §4 on the command line: every letter that asks for an answer by a date gets a calendar
 * reminder beside its PDF, and for every deadline case the reminder's day is the day its cover sheet
 * prints (and the day the law gives: each case says why). The cover sheet is read back from the PDF.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/letters.ts'
import { collapse, normaliseExtracted, pdfToText } from '../../src/pdf/poppler.ts'
import { rawFixture } from '../helpers/fixtures.ts'
import { alarms, allDayStart, eventProperty, unescapeText } from '../helpers/ics.ts'

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "4 January 2027" → "2027-01-04". */
function isoOf(words: string): string {
  const [day, month, year] = words.split(' ')
  return `${year}-${String(MONTHS.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`
}

/** The cover sheet's pages: every page before the letter's own first page (the one with its salutation). */
function coverSheetText(pdf: Uint8Array): string {
  const pages = pdfToText(pdf, { raw: true }).split('\f')
  const letterStarts = pages.findIndex((page) => /^Dear /m.test(page))
  expect(letterStarts).toBeGreaterThan(0)
  return collapse(normaliseExtracted(pages.slice(0, letterStarts).join('\n')))
}

/** Every reply-by date the cover sheet prints, in the words of each kind of cover sheet. */
const REPLY_BY = /(?:They must reply by|If nothing arrives by|must acknowledge your complaint within 30 days, by) (\d{1,2} [A-Z][a-z]+ \d{4})/g

function coverDates(pdf: Uint8Array): string[] {
  return [...coverSheetText(pdf).matchAll(REPLY_BY)].map((m) => isoOf(m[1]!))
}

const BODIES = { 'england-and-wales': 'police:south-wales', scotland: 'police:police-scotland', 'northern-ireland': 'police:psni' } as const

interface Case {
  why: string
  dated: string
  region: keyof typeof BODIES
  sent?: { on: string; by: 'email' | 'post' }
  followUp?: Record<string, unknown>
  /** The day the law gives; undefined for a letter that asks for no answer by a date. */
  expected: string | undefined
}

const first = (why: string, received: string, region: Case['region'], expected: string): Case => ({ why, dated: received, region, sent: { on: received, by: 'email' }, expected })
/** The young person's first letter to South Wales Police, emailed Monday 26 October 2026: due Thursday 26 November. */
const followUp = (kind: string, expected: string | undefined): Case => ({
  why: `${kind} dated Monday 30 November 2026`,
  dated: '2026-11-30',
  region: 'england-and-wales',
  followUp: { kind, originalSentOn: '2026-10-26', originalSentBy: 'email', whatWentWrong: 'They did not reply.', noComplaintReason: 'They did not reply to my reminder either.' },
  expected,
})

const CASES: Case[] = [
  first('the same date next month, a working day', '2026-11-04', 'england-and-wales', '2026-12-04'),
  first('no 31 February: the last day of February, a Sunday in 2027, so Monday 1 March', '2027-01-31', 'england-and-wales', '2027-03-01'),
  first('29 February in a leap year', '2028-01-31', 'england-and-wales', '2028-02-29'),
  first('Christmas Day, a Friday, and Boxing Day moved to Monday 28: Tuesday 29 December', '2026-11-25', 'england-and-wales', '2026-12-29'),
  first('Saturday 2 January 2027: Monday 4 January', '2026-12-02', 'england-and-wales', '2027-01-04'),
  first('received on a Sunday still counts from that day', '2026-11-22', 'england-and-wales', '2026-12-22'),
  first("St Andrew's Day in Scotland, Monday 30 November: Tuesday 1 December", '2026-10-30', 'scotland', '2026-12-01'),
  first("St Patrick's Day in Northern Ireland, Wednesday 17 March 2027: Thursday 18 March", '2027-02-17', 'northern-ireland', '2027-03-18'),
  {
    why: 'posted Friday 27 November: two working days, so received Tuesday 1 December; 1 January is a Friday holiday, so Monday 4 January',
    dated: '2026-11-27', region: 'england-and-wales', sent: { on: '2026-11-27', by: 'post' }, expected: '2027-01-04',
  },
  {
    why: "posted Friday 27 November in Scotland: St Andrew's Day moves receipt to Wednesday 2 December; 2 January 2027 is a Saturday holiday, moved to Monday 4, so Tuesday 5 January",
    dated: '2026-11-27', region: 'scotland', sent: { on: '2026-11-27', by: 'post' }, expected: '2027-01-05',
  },
  { why: 'no sending day given: counted from the letter date', dated: '2026-11-23', region: 'england-and-wales', expected: '2026-12-23' },
  followUp('reminder', '2026-12-14'),
  followUp('complaint', '2026-12-29'),
  followUp('ico-complaint', undefined),
]

function requestFile(c: Case): { file: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'wth-calendar-'))
  const file = join(dir, 'request.json')
  const request = { ...rawFixture('young-person'), dated: c.dated, recipients: [BODIES[c.region]], sent: c.sent, followUp: c.followUp }
  writeFileSync(file, JSON.stringify(request))
  return { file, out: join(dir, 'out') }
}

describe('npm run letters writes a calendar reminder beside each letter', () => {
  for (const c of CASES) {
    it(`${c.region}, ${c.why}`, async () => {
      process.env.WHAT_THEY_HOLD_TODAY = c.dated
      const { file, out } = requestFile(c)
      expect(await main([file, '--out', out])).toBe(0)
      const files = readdirSync(out).sort()
      const pdf = files.find((f) => f.endsWith('.pdf'))!
      const printed = coverDates(new Uint8Array(readFileSync(join(out, pdf))))
      if (c.expected === undefined) {
        // A complaint to the ICO asks for no answer by a date: no reminder, and no date on its cover sheet.
        expect(files).toEqual([pdf])
        expect(printed).toEqual([])
        return
      }
      expect(files).toEqual([pdf.replace(/\.pdf$/, '.ics'), pdf])
      const ics = readFileSync(join(out, pdf.replace(/\.pdf$/, '.ics')), 'utf8')
      expect(printed.length, 'the cover sheet prints the reply-by date').toBeGreaterThan(0)
      expect(new Set(printed)).toEqual(new Set([c.expected]))
      expect(allDayStart(ics)).toBe(c.expected)
      expect(alarms(ics)).toHaveLength(1)
      expect(unescapeText(eventProperty(ics, 'SUMMARY')!.value)).not.toMatch(/Siân|Evans|Police/)
    }, 30_000)
  }

  it('writes nothing at all, reminders included, when the letters cannot be made', async () => {
    const c = followUp('reminder', undefined)
    const { file, out } = requestFile({ ...c, dated: '2026-11-23' })
    process.env.WHAT_THEY_HOLD_TODAY = '2026-11-23'
    expect(await main([file, '--out', out])).toBe(1)
    expect(existsSync(out)).toBe(false)
  })

  it('writes a Welsh letter\'s reminder in Welsh, on the same day as the English one', async () => {
    const c = first('a Welsh letter', '2026-10-26', 'england-and-wales', '2026-11-26')
    process.env.WHAT_THEY_HOLD_TODAY = c.dated
    const english = requestFile(c)
    const welsh = requestFile(c)
    expect(await main([english.file, '--out', english.out])).toBe(0)
    expect(await main([welsh.file, '--out', welsh.out, '--language', 'cy'])).toBe(0)
    const icsIn = (out: string) => readFileSync(join(out, readdirSync(out).find((f) => f.endsWith('.ics'))!), 'utf8')
    const [en, cy] = [icsIn(english.out), icsIn(welsh.out)]
    expect(unescapeText(eventProperty(en, 'SUMMARY')!.value)).toBe('Reply due: data request')
    expect(unescapeText(eventProperty(cy, 'SUMMARY')!.value)).toBe('Ateb yn ddyledus: cais am ddata')
    expect(unescapeText(eventProperty(cy, 'DESCRIPTION')!.value)).toMatch(/^South Wales Police: rhaid iddyn nhw ateb/)
    expect(allDayStart(cy)).toBe(allDayStart(en))
  }, 30_000)
})
