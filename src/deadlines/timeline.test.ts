import { describe, expect, it } from 'vitest'
import { firstLetterTimeline, lastContact, type FirstLetter } from './timeline.ts'

const base: FirstLetter = { sentOn: '2026-09-01', sentBy: 'email', region: 'england-and-wales', includesAccess: true, events: [] }

function deadline(letter: Partial<FirstLetter>) {
  const t = firstLetterTimeline({ ...base, ...letter })
  if (t.state !== 'running') throw new Error(`expected a running clock, got ${t.state}`)
  return t
}

describe('the first letter’s reply deadline, from what the person told us', () => {
  it('counts an emailed letter from the day it was sent', () => {
    expect(deadline({}).deadline).toBe('2026-10-01')
    expect(deadline({}).receivedAssumed).toBe(false)
  })

  it('assumes post, the slowest route, when the person did not say how it went', () => {
    // Posted Tuesday 1 September → arrives Thursday 3 September → Saturday 3 October → Monday 5 October.
    const t = deadline({ sentBy: undefined })
    expect(t.received).toBe('2026-09-03')
    expect(t.deadline).toBe('2026-10-05')
    expect(t.receivedAssumed).toBe(true)
  })

  it('restarts the clock when the proof of identity they asked for arrives', () => {
    const t = deadline({ events: [{ kind: 'asked-for-id', on: '2026-09-10', answeredOn: '2026-09-15' }] })
    expect(t.clockStart).toBe('2026-09-15')
    expect(t.idArrived).toBe('2026-09-15')
    expect(t.deadline).toBe('2026-10-15')
  })

  it('runs no clock while they wait for proof of identity', () => {
    const t = firstLetterTimeline({ ...base, events: [{ kind: 'asked-for-id', on: '2026-09-10' }] })
    expect(t.state).toBe('waiting-for-id')
  })

  it('pauses an access request while they wait for an answer to their question, both end days counted', () => {
    // Asked 10 September, answered by email 12 September: 3 days do not count → 1 Oct + 3 = 4 Oct (Sunday) → Monday 5 October.
    const t = deadline({ events: [{ kind: 'asked-what-you-meant', on: '2026-09-10', answeredOn: '2026-09-12' }] })
    expect(t.pausedDays).toBe(3)
    expect(t.deadline).toBe('2026-10-05')
  })

  it('never pauses a request that does not ask for a copy', () => {
    const t = deadline({ includesAccess: false, events: [{ kind: 'asked-what-you-meant', on: '2026-09-10', answeredOn: '2026-09-12' }] })
    expect(t.pausedDays).toBe(0)
    expect(t.deadline).toBe('2026-10-01')
  })

  it('is paused, with no deadline, while their question is unanswered', () => {
    expect(firstLetterTimeline({ ...base, events: [{ kind: 'asked-what-you-meant', on: '2026-09-10' }] }).state).toBe('waiting-for-answer')
  })

  it('adds two months for more time asked within the first month', () => {
    const t = deadline({ events: [{ kind: 'more-time', on: '2026-09-30' }] })
    expect(t.extension).toBe('counted')
    expect(t.monthDeadline).toBe('2026-10-01')
    expect(t.deadline).toBe('2026-12-01')
  })

  it('ignores more time asked for after the first month ran out', () => {
    const t = deadline({ events: [{ kind: 'more-time', on: '2026-10-02' }] })
    expect(t.extension).toBe('too-late')
    expect(t.deadline).toBe('2026-10-01')
  })

  it('keeps the old rules for a request received before 5 February 2026: no pause for a question', () => {
    const t = deadline({ sentOn: '2026-01-20', events: [{ kind: 'asked-what-you-meant', on: '2026-01-22', answeredOn: '2026-01-25' }] })
    expect(t.oldRules).toBe(true)
    expect(t.pausedDays).toBe(0)
    expect(t.deadline).toBe('2026-02-20')
  })

  it('uses the new rules for a posted letter that arrives on 5 February 2026', () => {
    // Posted Tuesday 3 February, arrives Thursday 5 February.
    expect(deadline({ sentOn: '2026-02-03', sentBy: 'post' }).oldRules).toBe(false)
  })

  it('moves a deadline off a bank holiday of the organisation’s own nation', () => {
    // 30 November 2026 is St Andrew's Day in Scotland only.
    expect(deadline({ sentOn: '2026-10-30' }).deadline).toBe('2026-11-30')
    expect(deadline({ sentOn: '2026-10-30', region: 'scotland' }).deadline).toBe('2026-12-01')
  })

  it('finds the last real contact for the ICO’s three months', () => {
    expect(lastContact({ sentOn: '2026-09-01', events: [] })).toBe('2026-09-01')
    expect(lastContact({ sentOn: '2026-09-01', events: [{ kind: 'complaint-made', on: '2026-10-10', answeredOn: '2026-11-02' }, { kind: 'acknowledged', on: '2026-09-05' }] })).toBe('2026-11-02')
  })
})
