/**
 * Issue 8 §5: over many generated follow-ups and first letters, no letter calls a date that has not
 * come yet "passed", and no follow-up states an event the answers do not contain.
 */
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, type IsoDate } from '../../src/dates/iso.ts'
import { buildPacks, letterProblems } from '../../src/letters/build.ts'
import { letterToPlainText } from '../../src/letters/plain-text.ts'
import { FOLLOW_UP_EVENTS, FOLLOW_UP_KINDS, SENT_BY, type FollowUpEventKind } from '../../src/request/constants.ts'
import { parseRequest } from '../../src/request/parse.ts'
import type { Request } from '../../src/request/schema.ts'
import { fixture, schemaOptions, sources } from '../helpers/fixtures.ts'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "5 October 2026" → "2026-10-05". */
function isoOf(words: string): IsoDate {
  const [day, month, year] = words.split(' ')
  return `${year}-${String(MONTHS.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`
}

const LONG_DATE = String.raw`(\d{1,2} (?:${MONTHS.join('|')}) \d{4})`

/** Words only a letter that was told of each event may say. */
const CLAIMS: Record<FollowUpEventKind, RegExp> = {
  acknowledged: /They said they had received it/,
  'asked-for-id': /asked for proof of identity/,
  'asked-what-you-meant': /asked (me )?what I meant/,
  'more-time': /needed more time/,
  'replied-in-part': /part of a reply/,
  'replied-in-full': /You replied on|They replied\./,
  refused: /refused (my|the) request/,
  'complaint-made': /I complained to them|my complaint to/,
}

const bases = ['young-person', 'parent', 'advice-worker'].map(fixture)
const day = (from: string, to: string) => fc.integer({ min: 0, max: Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) }).map((n) => addDays(from, n))

const followUps = fc.record({
  base: fc.constantFrom(...bases),
  kind: fc.constantFrom(...FOLLOW_UP_KINDS),
  sentOn: day('2025-12-01', '2026-11-01'),
  sentBy: fc.option(fc.constantFrom(...SENT_BY), { nil: undefined }),
  events: fc.option(fc.array(fc.record({ kind: fc.constantFrom(...FOLLOW_UP_EVENTS), after: fc.integer({ min: 0, max: 60 }), answeredAfter: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) }), { maxLength: 4 }), { nil: undefined }),
  datedAfter: fc.integer({ min: 1, max: 200 }),
}).map((v): Request => {
  const dated = addDays(v.sentOn, v.datedAfter)
  const events = v.events?.map((e) => {
    const on = addDays(v.sentOn, e.after)
    return { kind: e.kind, on, ...(e.answeredAfter === undefined ? {} : { answeredOn: addDays(on, e.answeredAfter) }) }
  }).filter((e) => e.on <= dated && (e.answeredOn === undefined || e.answeredOn <= dated))
  return {
    ...v.base,
    dated: dated < '2026-06-19' ? '2026-06-19' : dated,
    sent: undefined,
    followUp: { kind: v.kind, originalSentOn: v.sentOn, ...(v.sentBy ? { originalSentBy: v.sentBy } : {}), ...(events ? { events } : {}), whatWentWrong: 'They did not send the records.', noComplaintReason: 'I wrote to the ICO first.' },
  }
})

describe('every letter is true about time and events', () => {
  it('no follow-up calls a date "passed" that is not before the letter date, or states an event it was not told', () => {
    let made = 0
    let refused = 0
    fc.assert(
      fc.property(followUps, (candidate) => {
        const parsed = parseRequest(candidate, schemaOptions)
        if (!parsed.ok) return
        const request = parsed.request
        if (letterProblems(request, sources).length > 0) {
          refused += 1
          return
        }
        made += 1
        const told = new Set((request.followUp?.events ?? []).map((e) => e.kind))
        for (const pack of buildPacks(request, sources)) {
          const letter = letterToPlainText(pack.documents[1]!)
          for (const m of letter.matchAll(new RegExp(`ended on ${LONG_DATE}`, 'g'))) expect(isoOf(m[1]!) < request.dated, m[0]).toBe(true)
          for (const m of letter.matchAll(new RegExp(`${LONG_DATE}: The time limit for their reply ended`, 'g'))) expect(isoOf(m[1]!) < request.dated, m[0]).toBe(true)
          for (const [kind, claim] of Object.entries(CLAIMS) as [FollowUpEventKind, RegExp][]) {
            if (claim.test(letter)) expect(told.has(kind), `${kind} in ${request.followUp?.kind}: ${letter.match(claim)?.[0]}`).toBe(true)
          }
          if (request.followUp?.events === undefined || told.has('more-time')) expect(letter).not.toContain('You have not told me that you need more time')
        }
      }),
      { numRuns: 300, seed: 20261123 },
    )
    // Both sides of the rule were exercised.
    expect(made).toBeGreaterThan(50)
    expect(refused).toBeGreaterThan(20)
  })

  it('no first letter says any time limit has ended', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), day('2026-06-19', '2028-12-31'), (base, dated) => {
        const request = { ...base, dated, sent: undefined }
        for (const pack of buildPacks(request, sources)) {
          expect(letterToPlainText(pack.documents[1]!)).not.toMatch(/ended on|has ended|have passed|is overdue/)
        }
      }),
      { numRuns: 40, seed: 7 },
    )
  })
})
