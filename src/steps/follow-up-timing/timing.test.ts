import { describe, expect, it } from 'vitest'
import { sources } from '../../../test/helpers/fixtures.ts'
import type { DateParts, Draft, FollowUpEventDraft } from '../../draft/draft.ts'
import { followUpFromDraft, needsDirectory, sendTiming } from './timing.ts'

const d = (day: number, month: number, year = 2026): DateParts => ({ day: String(day), month: String(month), year: String(year) })

/** A reminder for a first letter emailed on Tuesday 1 September 2026: due Thursday 1 October. */
function draft(extra: Partial<NonNullable<Draft['followUp']>> = {}, rest: Draft = {}): Draft {
  return { ...rest, followUp: { kind: 'reminder', originalSentOn: d(1, 9), originalSentBy: 'email', ...extra } }
}

const event = (kind: FollowUpEventDraft['kind'], on: DateParts, answeredOn?: DateParts): FollowUpEventDraft =>
  answeredOn ? { kind, on, answered: 'yes', answeredOn } : { kind, on, answered: 'not-yet' }

describe('when a follow-up can be sent, from the draft', () => {
  it('refuses a reminder before the deadline and says from which date, with no organisation chosen yet', () => {
    const timing = sendTiming(draft(), '2026-09-30', undefined)
    expect(timing?.canSend).toBe(false)
    expect(timing?.bodies).toHaveLength(1)
    expect(timing?.bodies[0]?.name).toBeUndefined()
    expect(timing?.bodies[0]?.facts.timeline).toMatchObject({ state: 'running', deadline: '2026-10-01' })
    expect(timing?.bodies[0]?.problem).toContain('you can send it from 2 October 2026')
  })

  it('lets it be sent from the day after the deadline', () => {
    expect(sendTiming(draft(), '2026-10-02', undefined)?.canSend).toBe(true)
  })

  it('counts a first letter the person does not remember sending as posted: two working days later', () => {
    const timing = sendTiming(draft({ originalSentBy: 'not-sure' }), '2026-11-23', undefined)
    expect(timing?.bodies[0]?.facts.timeline).toMatchObject({ received: '2026-09-03', receivedAssumed: true, deadline: '2026-10-05' })
    expect(followUpFromDraft(draft({ originalSentBy: 'not-sure' }))).not.toHaveProperty('originalSentBy')
  })

  it('restarts the clock when the proof of identity they asked for arrives', () => {
    const asked = draft({ events: [event('asked-for-id', d(4, 9), d(14, 9))] })
    const timing = sendTiming(asked, '2026-10-02', undefined)
    expect(timing?.canSend).toBe(false)
    expect(timing?.bodies[0]?.facts.timeline).toMatchObject({ state: 'running', idArrived: '2026-09-14', deadline: '2026-10-14' })
    expect(timing?.bodies[0]?.problem).toContain('15 October 2026')
  })

  it('stops the person while the proof they were asked for has not been sent', () => {
    const timing = sendTiming(draft({ events: [event('asked-for-id', d(4, 9))] }), '2026-11-23', undefined)
    expect(timing?.canSend).toBe(false)
    expect(timing?.bodies[0]?.problem).toContain('proof of identity')
  })

  it('says when as if nothing had happened, before that is asked', () => {
    const asked = draft({ events: [event('asked-for-id', d(4, 9))] })
    expect(sendTiming(asked, '2026-10-02', undefined, { assumeNothing: true })?.canSend).toBe(true)
  })

  it('lets a complaint about a refusal go at once', () => {
    const refused = draft({ kind: 'complaint', events: [event('refused', d(10, 9))] })
    expect(sendTiming(refused, '2026-09-12', undefined)?.canSend).toBe(true)
  })

  it('warns, without stopping, when an ICO complaint comes more than three months after the last contact', () => {
    const late = draft({ kind: 'ico-complaint' })
    expect(sendTiming(late, '2026-12-02', undefined)).toMatchObject({ canSend: true, icoMayRefuse: true })
    expect(sendTiming(late, '2026-11-30', undefined)).toMatchObject({ canSend: true, icoMayRefuse: false })
    expect(sendTiming(draft(), '2026-12-02', undefined)?.icoMayRefuse).toBe(false)
  })

  it('works each chosen organisation out on its own, by its name', () => {
    const two: Draft = draft({}, { recipients: [{ id: 'police:south-wales' }, { name: 'Example School', kind: 'school' }] })
    expect(needsDirectory(two)).toBe(true)
    const timing = sendTiming(two, '2026-09-30', sources.directory)
    expect(timing?.bodies.map((b) => b.name)).toEqual(['South Wales Police', 'Example School'])
    expect(timing?.bodies.every((b) => b.problem?.includes('2 October 2026'))).toBe(true)
  })

  it('has nothing to say until the dates are real', () => {
    expect(sendTiming(draft({ originalSentOn: { day: '31', month: '9', year: '2026' } }), '2026-11-23', undefined)).toBeUndefined()
    expect(sendTiming(draft({ events: [{ kind: 'more-time', on: d(1, 9), answered: 'yes', answeredOn: { day: '', month: '', year: '' } }] }), '2026-11-23', undefined)).toBeUndefined()
    expect(sendTiming({ followUp: { kind: 'none' } }, '2026-11-23', undefined)).toBeUndefined()
  })
})
