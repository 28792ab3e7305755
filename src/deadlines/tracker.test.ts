import { describe, expect, it } from 'vitest'
import { trackStatus, type Tracked } from './tracker.ts'

// Dates worked out by hand from uk-law.md §2 (England's bank holidays).
const sent: Tracked = { sentOn: '2026-11-02', sentBy: 'email', includesAccess: true, events: [] }
const at = (tracked: Tracked, today: string) => trackStatus(tracked, 'england-and-wales', today)

describe('trackStatus', () => {
  it('is due a month after an email arrived, and overdue the day after, with a reminder next', () => {
    expect(at(sent, '2026-12-02')).toEqual({ state: 'due', due: '2026-12-02' })
    expect(at(sent, '2026-12-03')).toEqual({ state: 'overdue', due: '2026-12-02', next: { letter: 'reminder', from: '2026-12-03' } })
  })

  it('waits for the person while proof of identity they asked for has not been sent, with no deadline', () => {
    const asked = { ...sent, events: [{ kind: 'asked-for-id' as const, on: '2026-11-10' }] }
    expect(at(asked, '2027-06-01')).toEqual({ state: 'waiting-for-you', why: 'id', askedOn: '2026-11-10' })
  })

  it('starts the month again when the ID arrives (12 December is a Saturday, so Monday 14th)', () => {
    const idSent = { ...sent, events: [{ kind: 'asked-for-id' as const, on: '2026-11-10', answeredOn: '2026-11-12' }] }
    expect(at(idSent, '2026-12-14')).toEqual({ state: 'due', due: '2026-12-14' })
    expect(at(idSent, '2026-12-15')).toMatchObject({ state: 'overdue', next: { letter: 'reminder', from: '2026-12-15' } })
  })

  it('after a reminder, offers a complaint to them, then the ICO once 30 days pass with no answer to it', () => {
    const reminded = { ...sent, events: [{ kind: 'reminder-sent' as const, on: '2026-12-07' }] }
    expect(at(reminded, '2026-12-10')).toEqual({ state: 'overdue', due: '2026-12-02', next: { letter: 'complaint', from: '2026-12-07' } })
    // Complaint posted Mon 21 Dec: received Wed 23 Dec (two working days), acknowledgement due 23 Dec + 29 days.
    const complained = { ...sent, events: [...reminded.events, { kind: 'complaint-made' as const, on: '2026-12-21' }] }
    expect(at(complained, '2027-01-21')).toEqual({ state: 'complaint-due', due: '2027-01-21' })
    expect(at(complained, '2027-01-22')).toEqual({ state: 'overdue', due: '2027-01-21', next: { letter: 'ico-complaint', from: '2027-01-22', by: '2027-03-21' } })
  })

  it('offers a complaint at once after a part reply or a refusal', () => {
    const part = { ...sent, events: [{ kind: 'replied-in-part' as const, on: '2026-11-20' }] }
    expect(at(part, '2026-11-23')).toEqual({ state: 'answered', reply: 'replied-in-part', on: '2026-11-20', next: { letter: 'complaint', from: '2026-11-20' } })
  })

  it('after their answer to a complaint, offers the ICO within three months of that answer', () => {
    const answered = { ...sent, events: [{ kind: 'refused' as const, on: '2026-11-20' }, { kind: 'complaint-made' as const, on: '2026-11-23', answeredOn: '2026-12-10' }] }
    expect(at(answered, '2026-12-11')).toEqual({ state: 'answered', reply: 'refused', on: '2026-12-10', next: { letter: 'ico-complaint', from: '2026-12-10', by: '2027-03-10' } })
  })

  it('has nothing more due once a complaint went to the ICO', () => {
    const withIco = { ...sent, events: [{ kind: 'ico-complaint-made' as const, on: '2027-01-30' }] }
    expect(at(withIco, '2027-02-01')).toEqual({ state: 'with-ico', on: '2027-01-30' })
  })

  it('counts more time only when they said so within the first month', () => {
    const inTime = { ...sent, events: [{ kind: 'more-time' as const, on: '2026-11-30' }] }
    // Three months from 2 Nov: 2 Feb 2027 (a Tuesday).
    expect(at(inTime, '2026-12-03')).toEqual({ state: 'due', due: '2027-02-02' })
    const late = { ...sent, events: [{ kind: 'more-time' as const, on: '2026-12-05' }] }
    expect(at(late, '2026-12-06')).toMatchObject({ state: 'overdue', due: '2026-12-02' })
  })
})
