import { describe, expect, it } from 'vitest'
import { addCalendarMonths, complaintAcknowledgementDue, receiptFor, replyDeadline } from './deadline.ts'

describe('replyDeadline (ICO counting, uk-law.md §2)', () => {
  it.each([
    // received, region, expected — the same date next month when it is a working day
    ['2026-11-04', 'england-and-wales', '2026-12-04'],
    // 31 Jan → no 31 Feb → last day of February (2027 is not a leap year); 28 Feb 2027 is a Sunday → Monday 1 Mar
    ['2027-01-31', 'england-and-wales', '2027-03-01'],
    // 31 Jan 2028 → 29 Feb 2028 (leap year), a Tuesday
    ['2028-01-31', 'england-and-wales', '2028-02-29'],
    // 31 March → 30 April
    ['2026-03-31', 'england-and-wales', '2026-04-30'],
    // Lands on Christmas Day (Friday) 2026, Boxing Day substitute Monday 28 → Tuesday 29 December
    ['2026-11-25', 'england-and-wales', '2026-12-29'],
    // Lands on Saturday 2 January 2027 → Monday 4 January
    ['2026-12-02', 'england-and-wales', '2027-01-04'],
    // Scotland: 2 January is a holiday; 2 Jan 2026 (Fri) → Monday 5 January
    ['2025-12-02', 'scotland', '2026-01-05'],
    // England: 2 Jan 2026 is a working day
    ['2025-12-02', 'england-and-wales', '2026-01-02'],
    // Northern Ireland: St Patrick's Day, Tuesday 17 March 2026
    ['2026-02-17', 'northern-ireland', '2026-03-18'],
    ['2026-02-17', 'england-and-wales', '2026-03-17'],
    // Scotland: St Andrew's Day, Monday 30 November 2026
    ['2026-10-30', 'scotland', '2026-12-01'],
    // Received on a Sunday still counts as day 1
    ['2026-11-22', 'england-and-wales', '2026-12-22'],
  ] as const)('received %s in %s → %s', (received, region, expected) => {
    expect(replyDeadline(received, region)).toBe(expected)
  })

  it('adds three months for an extended deadline', () => {
    expect(replyDeadline('2026-11-30', 'england-and-wales', 3)).toBe('2027-03-01') // 28 Feb 2027 is a Sunday
  })
})

describe('addCalendarMonths', () => {
  it('crosses the year end and clamps short months', () => {
    expect(addCalendarMonths('2026-12-31', 2)).toBe('2027-02-28')
    expect(addCalendarMonths('2026-05-15', 1)).toBe('2026-06-15')
  })
})

describe('receiptFor', () => {
  it('takes email, online forms and hand delivery as received the same day', () => {
    expect(receiptFor({ on: '2026-11-23', by: 'email' }, '2026-11-23', 'england-and-wales')).toEqual({ received: '2026-11-23', assumed: false, by: 'email' })
    expect(receiptFor({ on: '2026-11-28', by: 'hand' }, '2026-11-23', 'england-and-wales').received).toBe('2026-11-28')
  })
  it('assumes post arrives two working days later, skipping weekends and holidays', () => {
    // Friday 27 Nov → Mon 30, Tue 1 Dec (England); in Scotland 30 Nov is St Andrew's Day → Tue 1, Wed 2
    expect(receiptFor({ on: '2026-11-27', by: 'post' }, '2026-11-23', 'england-and-wales').received).toBe('2026-12-01')
    expect(receiptFor({ on: '2026-11-27', by: 'post' }, '2026-11-23', 'scotland').received).toBe('2026-12-02')
  })
  it('assumes the letter date when no send date is given', () => {
    expect(receiptFor(undefined, '2026-11-23', 'england-and-wales')).toEqual({ received: '2026-11-23', assumed: true })
  })
})

describe('complaintAcknowledgementDue (s.164A(3): 30 days beginning with receipt)', () => {
  it('is receipt plus 29 days', () => {
    expect(complaintAcknowledgementDue('2026-11-23')).toBe('2026-12-22')
  })
})
