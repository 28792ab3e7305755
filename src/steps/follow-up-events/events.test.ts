import { describe, expect, it } from 'vitest'
import type { DateParts, FollowUpEventDraft } from '../../draft/draft.ts'
import { checkEventValues, eventFieldFor, eventsFromValues, eventValues, EVENTS_ID, NOTHING } from './events.ts'

const d = (day: number, month: number, year = 2026): DateParts => ({ day: String(day), month: String(month), year: String(year) })
const EMPTY = { day: '', month: '', year: '' }

describe('"What has happened since?" as boxes', () => {
  it('shows nothing ticked before the question is answered, and "Nothing has happened" for []', () => {
    expect(eventValues(undefined).happened).toEqual([])
    expect(eventValues([]).happened).toEqual([NOTHING])
  })

  it('ticks each kind once, with its dates, and reads them back oldest first', () => {
    const events: FollowUpEventDraft[] = [
      { kind: 'more-time', on: d(20, 9) },
      { kind: 'asked-for-id', on: d(4, 9), answered: 'yes', answeredOn: d(14, 9) },
      { kind: 'complaint-made', on: d(1, 11), answered: 'not-yet' },
    ]
    const values = eventValues(events)
    expect(values.happened).toEqual(['more-time', 'asked-for-id', 'complaint-made'])
    expect(values.boxes['asked-for-id'].answeredOn).toEqual(d(14, 9))
    expect(values.boxes['complaint-made'].answeredOn).toEqual(EMPTY)
    expect(eventsFromValues(values)).toEqual([
      { kind: 'asked-for-id', on: d(4, 9), answered: 'yes', answeredOn: d(14, 9) },
      { kind: 'more-time', on: d(20, 9) },
      { kind: 'complaint-made', on: d(1, 11), answered: 'not-yet' },
    ])
  })

  it('counts an empty "when did you send it" as not sent yet, and keeps no second date for other events', () => {
    const values = eventValues(undefined)
    values.happened = ['asked-what-you-meant', 'refused']
    values.boxes['asked-what-you-meant'].on = d(3, 9)
    values.boxes.refused = { on: d(10, 9), answeredOn: d(11, 9) }
    expect(eventsFromValues(values)).toEqual([
      { kind: 'asked-what-you-meant', on: d(3, 9), answered: 'not-yet' },
      { kind: 'refused', on: d(10, 9) },
    ])
  })

  it('gives [] for "Nothing has happened"', () => {
    expect(eventsFromValues({ ...eventValues(undefined), happened: [NOTHING] })).toEqual([])
  })

  it('asks for a choice, then checks each ticked date, naming what it is the date of', () => {
    expect(checkEventValues(eventValues(undefined)).errors).toEqual([{ field: EVENTS_ID, message: expect.stringContaining('Nothing has happened') }])
    const values = eventValues(undefined)
    values.happened = ['asked-for-id', 'refused']
    values.boxes['asked-for-id'] = { on: { day: '4', month: '', year: '2026' }, answeredOn: { day: '31', month: '9', year: '2026' } }
    const { errors, parts } = checkEventValues(values)
    expect(errors.map((e) => e.field)).toEqual(['event-asked-for-id-on-month', 'event-asked-for-id-answeredOn-day', 'event-refused-on-day'])
    expect(errors[0]?.message).toBe('The date they asked for proof of identity must include a month')
    expect(errors[1]?.message).toBe('The date you sent the proof must be a real date')
    expect(errors[2]?.message).toBe('Enter the date they said no')
    expect(parts['event-asked-for-id-on']).toEqual(['month'])
  })

  it('points a problem the schema finds at the date boxes it came from', () => {
    const events: FollowUpEventDraft[] = [{ kind: 'acknowledged', on: d(2, 9) }, { kind: 'complaint-made', on: d(1, 10), answered: 'yes', answeredOn: d(1, 9) }]
    expect(eventFieldFor('followUp.events.1.answeredOn', events)).toBe('event-complaint-made-answeredOn-day')
    expect(eventFieldFor('followUp.events.0.on', events)).toBe('event-acknowledged-on-day')
    expect(eventFieldFor('followUp.events', events)).toBe(EVENTS_ID)
  })
})
