import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, daysInMonth, isRealIsoDate, toIso, weekday } from './iso.ts'

describe('calendar dates in years 0 to 99 (Date.UTC would read them as 1900 to 1999)', () => {
  it('counts days and leap years in the year as written', () => {
    expect(daysInMonth(0, 2)).toBe(29) // year 0 is a leap year; 1900 is not
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(isRealIsoDate('0000-02-29')).toBe(true)
    expect(isRealIsoDate('1900-02-29')).toBe(false)
  })

  it('adds days and names the weekday without jumping to the 1900s', () => {
    expect(addDays('0026-02-28', 1)).toBe('0026-03-01')
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01')
    expect(weekday('0001-01-01')).toBe(1) // a Monday in the proleptic Gregorian calendar
  })

  it('agrees with the Date object for every date from 1900 to 2199', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: -800, max: 800 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10)
        const later = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n))
        expect(addDays(iso, n)).toBe(later.toISOString().slice(0, 10))
        expect(weekday(iso)).toBe(d.getUTCDay())
        expect(daysInMonth(d.getUTCFullYear(), d.getUTCMonth() + 1)).toBe(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate())
        expect(toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(iso)
      }),
      { numRuns: 2000 },
    )
  })
})
