import { describe, expect, it } from 'vitest'
import { isoFromParts, monthNumber, parseDateParts, partsFromIso } from './date-parts.ts'

const d = (day: string, month: string, year: string) => ({ day, month, year })

describe('parseDateParts', () => {
  it('makes an ISO date from three boxes, ignoring spaces and leading zeros', () => {
    expect(parseDateParts(d('27', '3', '2009'))).toEqual({ ok: true, iso: '2009-03-27' })
    expect(parseDateParts(d(' 07 ', '03', '2009'))).toEqual({ ok: true, iso: '2009-03-07' })
  })

  it('accepts month names and short names', () => {
    expect(isoFromParts(d('1', 'jan', '2010'))).toBe('2010-01-01')
    expect(isoFromParts(d('1', 'September', '2010'))).toBe('2010-09-01')
    expect(isoFromParts(d('1', 'Sept', '2010'))).toBe('2010-09-01')
    expect(monthNumber('Dec.')).toBe(12)
    expect(monthNumber('13')).toBe(13)
    expect(Number.isNaN(monthNumber('smarch'))).toBe(true)
  })

  it('reports the most important problem first', () => {
    expect(parseDateParts(d('', '', ''))).toEqual({ ok: false, problem: 'empty' })
    expect(parseDateParts(undefined)).toEqual({ ok: false, problem: 'empty' })
    expect(parseDateParts(d('1', '', '2010'))).toEqual({ ok: false, problem: 'missing', parts: ['month'] })
    expect(parseDateParts(d('', '', '2010'))).toEqual({ ok: false, problem: 'missing', parts: ['day', 'month'] })
    expect(parseDateParts(d('1', '2', '10'))).toEqual({ ok: false, problem: 'year' })
    expect(parseDateParts(d('1', '2', '20x0'))).toEqual({ ok: false, problem: 'notReal', parts: ['year'] })
    expect(parseDateParts(d('32', '2', '2010'))).toEqual({ ok: false, problem: 'notReal', parts: ['day'] })
    expect(parseDateParts(d('3', '13', '2010'))).toEqual({ ok: false, problem: 'notReal', parts: ['month'] })
    expect(parseDateParts(d('31', '2', '2010'))).toEqual({ ok: false, problem: 'notReal', parts: ['day'] })
    expect(parseDateParts(d('29', '2', '2012'))).toEqual({ ok: true, iso: '2012-02-29' })
  })

  it('turns an ISO date back into boxes without leading zeros', () => {
    expect(partsFromIso('2009-03-04')).toEqual(d('4', '3', '2009'))
    expect(partsFromIso('not a date')).toEqual(d('', '', ''))
  })
})
