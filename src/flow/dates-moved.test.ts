import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRequest } from '../request/parse.ts'
import { fromRequest, toRequest } from './convert.ts'
import { moveSendDateToToday, plannedSendDate } from './dates-moved.ts'
import type { Draft } from '../draft/draft.ts'

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'requests')

/** A request file as the app loads it: checked, then turned into answers. */
function loaded(name: string): Draft {
  const result = parseRequest(JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')))
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return fromRequest(result.request)
}

const byEmailOn = (day: string, month: string, year: string): Draft => ({ sent: { by: 'email', on: { day, month, year } } })

describe('moveSendDateToToday', () => {
  it('moves a planned date that has passed to today, and says from what to what', () => {
    const result = moveSendDateToToday(byEmailOn('23', '11', '2026'), '2026-12-01')
    expect(result.moved).toEqual({ from: '2026-11-23', to: '2026-12-01' })
    expect(result.draft.sent).toEqual({ by: 'email', on: { day: '1', month: '12', year: '2026' } })
  })

  it('moves yesterday across a year end and onto a leap day', () => {
    expect(moveSendDateToToday(byEmailOn('31', '12', '2026'), '2027-01-01').moved).toEqual({ from: '2026-12-31', to: '2027-01-01' })
    expect(moveSendDateToToday(byEmailOn('28', '2', '2028'), '2028-02-29').draft.sent?.on).toEqual({ day: '29', month: '2', year: '2028' })
  })

  it('keeps the rest of the answers and the way of sending as they were', () => {
    const draft: Draft = { ...byEmailOn('1', '3', '2026'), sent: { by: 'post', on: { day: '1', month: 'March', year: '2026' } }, details: 'kept', requests: ['access'] }
    const result = moveSendDateToToday(draft, '2026-11-23')
    expect(result.moved).toEqual({ from: '2026-03-01', to: '2026-11-23' })
    expect(result.draft).toEqual({ ...draft, sent: { by: 'post', on: { day: '23', month: '11', year: '2026' } } })
    // The answers passed in are not changed.
    expect(draft.sent?.on).toEqual({ day: '1', month: 'March', year: '2026' })
  })

  it.each([
    ['today', byEmailOn('23', '11', '2026')],
    ['a date still to come', byEmailOn('24', '11', '2026')],
    ['"I do not know yet"', { sent: { by: 'not-sure', on: { day: '1', month: '1', year: '2026' } } } satisfies Draft],
    ['no answer about sending', {} satisfies Draft],
    ['no way of sending chosen yet', { sent: { on: { day: '1', month: '1', year: '2026' } } } satisfies Draft],
    ['a date that is not finished', byEmailOn('1', '', '2026')],
    ['a date that is not real', byEmailOn('30', '2', '2026')],
  ])('leaves %s alone (the same object)', (_, draft) => {
    const result = moveSendDateToToday(draft, '2026-11-23')
    expect(result.moved).toBeUndefined()
    expect(result.draft).toBe(draft)
  })
})

describe('an answers file saved weeks ago', () => {
  it.each(['young-person', 'parent'])('%s: its past sending date stops the letters until it is moved, then they can be made', (name) => {
    const today = '2027-12-24'
    const draft = loaded(name)
    const before = toRequest(draft, { today })
    expect(before.ok).toBe(false)
    expect(before.ok ? [] : before.errors.map((e) => e.path)).toContain('sent.on')

    const { draft: moved, moved: move } = moveSendDateToToday(draft, today)
    expect(move?.to).toBe(today)
    const after = toRequest(moved, { today })
    expect(after.ok ? after.request.sent : after.errors).toEqual({ on: today, by: draft.sent?.by })
  })

  it('a file with no sending plan needs nothing moved', () => {
    const draft = loaded('advice-worker')
    expect(plannedSendDate(draft)).toBeUndefined()
    expect(moveSendDateToToday(draft, '2027-12-24').draft).toBe(draft)
    expect(toRequest(draft, { today: '2027-12-24' }).ok).toBe(true)
  })
})
