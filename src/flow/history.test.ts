import { describe, expect, it } from 'vitest'
import { fixture } from '../../test/helpers/fixtures.ts'
import type { TrackedDraft } from '../draft/draft.ts'
import type { Request } from '../request/schema.ts'
import { draftAfterReply, draftForNext, earliestFor, lettersTracked, possibleEvents, withEvent, withLettersSent, withoutEvent } from './history.ts'

const youngPerson = fixture('young-person')

describe('withLettersSent', () => {
  it('makes each first letter a request, dated the day it goes and how, and only once', () => {
    const list = withLettersSent([], youngPerson)
    expect(list).toEqual([
      { recipient: { id: 'police:south-wales' }, requests: ['access', 'erasure'], sentOn: '2026-11-23', sentBy: 'email', events: [] },
      { recipient: { id: 'council:cardiff' }, requests: ['access', 'erasure'], sentOn: '2026-11-23', sentBy: 'email', events: [] },
    ])
    expect(withLettersSent(list, youngPerson)).toEqual(list)
    expect(lettersTracked(list, youngPerson)).toBe(true)
    expect(lettersTracked([], youngPerson)).toBe(false)
  })

  it('a letter going its own way keeps that way', () => {
    const request: Request = { ...youngPerson, recipients: [{ id: 'police:south-wales', sendBy: 'online-form' }] }
    expect(withLettersSent([], request)[0]).toMatchObject({ recipient: { id: 'police:south-wales' }, sentBy: 'online-form' })
  })

  it('adds a follow-up to the request it follows, or makes that request from the follow-up’s answers', () => {
    const first = withLettersSent([], { ...youngPerson, dated: '2026-09-01', sent: { on: '2026-09-01', by: 'email' }, recipients: ['police:south-wales'] })
    const reminder: Request = { ...youngPerson, dated: '2026-10-05', sent: { on: '2026-10-05', by: 'email' }, recipients: ['police:south-wales'], followUp: { kind: 'reminder', originalSentOn: '2026-09-01', originalSentBy: 'email', events: [] } }
    expect(withLettersSent(first, reminder)).toEqual([{ ...first[0], events: [{ kind: 'reminder-sent', on: '2026-10-05' }] }])
    // Sent on paper, never in the list: the follow-up's own answers make the request.
    const paper: Request = { ...reminder, followUp: { kind: 'complaint', originalSentOn: '2026-08-03', originalSentBy: 'post', theirReference: 'R1', events: [{ kind: 'asked-for-id', on: '2026-08-10', answeredOn: '2026-08-12' }] } }
    expect(withLettersSent([], paper)).toEqual([{
      recipient: { id: 'police:south-wales' }, requests: ['access', 'erasure'], sentOn: '2026-08-03', sentBy: 'post', theirReference: 'R1',
      events: [{ kind: 'asked-for-id', on: '2026-08-10', answeredOn: '2026-08-12' }, { kind: 'complaint-made', on: '2026-10-05' }],
    }])
  })
})

describe('events', () => {
  const entry: TrackedDraft = { recipient: { id: 'police:south-wales' }, requests: ['access'], sentOn: '2026-09-01', sentBy: 'email', events: [] }

  it('keeps events in date order, and an answer fills in the question it answers', () => {
    const asked = withEvent(withEvent(entry, 'acknowledged', '2026-09-08'), 'asked-for-id', '2026-09-04')
    expect(asked.events?.map((e) => e.kind)).toEqual(['asked-for-id', 'acknowledged'])
    expect(possibleEvents(asked)).toContain('sent-id')
    expect(possibleEvents(entry)).not.toContain('sent-id')
    expect(earliestFor(asked, 'sent-id')).toBe('2026-09-04')
    const answered = withEvent(asked, 'sent-id', '2026-09-10')
    expect(answered.events?.[0]).toEqual({ kind: 'asked-for-id', on: '2026-09-04', answeredOn: '2026-09-10' })
    expect(possibleEvents(answered)).not.toContain('sent-id')
    expect(withEvent(entry, 'sent-id', '2026-09-10')).toEqual(entry)
  })
})

describe('draftForNext', () => {
  it('starts the next letter from the request: its body, what it asked and what happened, and asks afresh how it goes', () => {
    const entry: TrackedDraft = { recipient: { id: 'police:south-wales' }, requests: ['access'], sentOn: '2026-09-01', sentBy: 'email', theirReference: 'SAR/1', events: [{ kind: 'asked-for-id', on: '2026-09-04', answeredOn: '2026-09-10' }, { kind: 'reminder-sent', on: '2026-10-20' }] }
    const draft = draftForNext({ subject: { fullName: 'Siân' }, recipients: [{ id: 'council:cardiff' }], sent: { by: 'post' } }, entry, 'complaint')
    expect(draft.subject).toEqual({ fullName: 'Siân' })
    expect(draft.recipients).toEqual([{ id: 'police:south-wales' }])
    expect(draft.sent).toBeUndefined()
    expect(draft.followUp).toEqual({
      kind: 'complaint',
      originalSentOn: { day: '1', month: '9', year: '2026' },
      originalSentBy: 'email',
      theirReference: 'SAR/1',
      events: [{ kind: 'asked-for-id', on: { day: '4', month: '9', year: '2026' }, answered: 'yes', answeredOn: { day: '10', month: '9', year: '2026' } }],
    })
  })
})

describe('draftAfterReply', () => {
  it('writes to the same body about the reply, and asks afresh what to ask for now', () => {
    const entry: TrackedDraft = { recipient: { id: 'police:south-wales' }, requests: ['access'], sentOn: '2026-09-01', sentBy: 'email', theirReference: 'SAR/1', events: [] }
    const draft = draftAfterReply({ subject: { fullName: 'Siân' }, requests: ['access'], followUp: { kind: 'reminder' }, sent: { by: 'post' } }, entry, '2026-09-28')
    expect(draft).toEqual({ subject: { fullName: 'Siân' }, recipients: [{ id: 'police:south-wales' }], sent: undefined, afterReply: { askedOn: '2026-09-01', repliedOn: '2026-09-28', theirReference: 'SAR/1' } })
  })
})

describe('withoutEvent', () => {
  it('takes one event away, with its answer, and leaves the rest in order', () => {
    const entry: TrackedDraft = { recipient: { id: 'police:south-wales' }, requests: ['access'], sentOn: '2026-09-01', events: [{ kind: 'acknowledged', on: '2026-09-02' }, { kind: 'asked-for-id', on: '2026-09-04', answeredOn: '2026-09-10' }, { kind: 'refused', on: '2026-09-30' }] }
    expect(withoutEvent(entry, 1).events).toEqual([{ kind: 'acknowledged', on: '2026-09-02' }, { kind: 'refused', on: '2026-09-30' }])
  })
})
