/**
 * Writes src/data/bank-holidays.json: UK bank holidays for each nation, 2024–2030.
 * Rules from the Banking and Financial Dealings Act 1971 and the yearly royal proclamations,
 * as GOV.UK lists them; one-off changes are listed by hand below. Check against
 * https://www.gov.uk/bank-holidays before extending the years.
 */
import { writeFileSync } from 'node:fs'
import { addDays, toIso, weekday } from '../src/dates/iso.ts'

const FIRST = 2024
const LAST = 2030

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): string {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return toIso(year, month, day)
}

function firstMonday(year: number, month: number): string {
  let d = toIso(year, month, 1)
  while (weekday(d) !== 1) d = addDays(d, 1)
  return d
}

function lastMonday(year: number, month: number): string {
  let d = addDays(toIso(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1)
  while (weekday(d) !== 1) d = addDays(d, -1)
  return d
}

/** A fixed-date holiday that falls at a weekend moves to the next weekday not already taken. */
function substitute(dates: string[]): string[] {
  const out: string[] = []
  for (const date of dates) {
    let d = date
    while (weekday(d) === 0 || weekday(d) === 6 || out.includes(d)) d = addDays(d, 1)
    out.push(d)
  }
  return out
}

function englandAndWales(y: number): string[] {
  const e = easter(y)
  return [
    ...substitute([toIso(y, 1, 1)]),
    addDays(e, -2), addDays(e, 1),
    firstMonday(y, 5), lastMonday(y, 5), lastMonday(y, 8),
    ...substitute([toIso(y, 12, 25), toIso(y, 12, 26)]),
  ]
}

function scotland(y: number): string[] {
  const e = easter(y)
  return [
    ...substitute([toIso(y, 1, 1), toIso(y, 1, 2)]),
    addDays(e, -2),
    firstMonday(y, 5), lastMonday(y, 5), firstMonday(y, 8),
    ...substitute([toIso(y, 11, 30)]),
    ...substitute([toIso(y, 12, 25), toIso(y, 12, 26)]),
  ]
}

function northernIreland(y: number): string[] {
  return [...englandAndWales(y), ...substitute([toIso(y, 3, 17)]), ...substitute([toIso(y, 7, 12)])]
}

const years = Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i)
const build = (rule: (y: number) => string[]) => years.flatMap(rule).sort()

const data = {
  $comment: `UK bank holidays ${FIRST}–${LAST}, made by scripts/make-bank-holidays.ts from the standing rules (GOV.UK, https://www.gov.uk/bank-holidays). No one-off holidays are announced for these years as at November 2026; add any by hand here and in the script.`,
  firstYear: FIRST,
  lastYear: LAST,
  'england-and-wales': build(englandAndWales),
  scotland: build(scotland),
  'northern-ireland': build(northernIreland),
}
writeFileSync(new URL('../src/data/bank-holidays.json', import.meta.url), JSON.stringify(data, null, 2) + '\n')
console.log('Wrote src/data/bank-holidays.json')
