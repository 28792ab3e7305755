import { describe, expect, it } from 'vitest'
import { describeIcoAction, icoActionDate, icoActions } from './ico-actions.ts'
import { loadDirectory } from './directory.ts'
import actions from '../data/directory/ico-actions.json'
import { icoActionSchema } from './schema.ts'
import type { IcoAction, Recipient } from './types.ts'
import { plain } from './words.ts'

const directory = loadDirectory()
const body = (id: string) => directory.byId(id) as Recipient

const made = (extra: Partial<IcoAction>): IcoAction => ({
  bodyId: 'police:example',
  action: 'reprimand',
  summary: 'Late.',
  source: { url: 'https://ico.org.uk/news/x', site: 'own', seenAt: 'ICO news item' },
  ...extra,
})

describe('icoActions', () => {
  it('finds a body\'s actions by its id, and nothing for a body without any', () => {
    const list = [made({ bodyId: 'police:a', date: '2025-10-30' }), made({ bodyId: 'police:b' })]
    expect(icoActions('police:a', list)).toEqual([list[0]])
    expect(icoActions('police:c', list)).toEqual([])
  })

  it.each(actions.map((a) => [a.bodyId, a] as const))('%s: the committed action passes the schema and names a body in the directory', (id, action) => {
    const result = icoActionSchema.safeParse(action)
    expect(result.success ? [] : result.error.issues).toEqual([])
    expect(directory.byId(id)?.id).toBe(id)
  })

  it('finds the actions the shared data names', () => {
    expect(icoActions('police:south-wales').map((a) => a.action)).toEqual(['enforcement notice'])
    expect(icoActions('council:leeds')).toEqual([])
  })
})

describe('describeIcoAction', () => {
  it('says what the ICO did, always with the date', () => {
    const [action] = icoActions('police:south-wales')
    const note = describeIcoAction(action!, body('police:south-wales'))
    expect(note.line).toBe('The ICO told South Wales Police to answer requests faster (enforcement notice, 30 October 2025).')
    expect(plain(note.source)).toBe("Source: the ICO's website.")
    expect(note.source.link).toMatchObject({ follow: true, url: expect.stringMatching(/^https:\/\/ico\.org\.uk\//) })
  })

  it('gives a month where the source gave only a month', () => {
    expect(describeIcoAction(made({ date: '2023-05' }), body('council:plymouth')).line).toBe('The ICO told Plymouth City Council off for answering requests late (reprimand, May 2023).')
  })

  it('says the date is not known where the source did not show it', () => {
    const [action] = icoActions('police:dorset')
    expect(action?.date).toBeUndefined()
    expect(describeIcoAction(action!, body('police:dorset')).line).toBe('The ICO told Dorset Police off for answering requests late (reprimand, date not known).')
  })

  it('marks a report on another site as such and never links it', () => {
    const [action] = icoActions('police:metropolitan')
    const note = describeIcoAction(action!, body('police:metropolitan'))
    expect(note.line).toBe('The ICO told the Metropolitan Police Service to answer requests faster (enforcement notice, June 2019).')
    expect(plain(note.source)).toBe("Source: a report on another site (jmw.co.uk). Check it on the ICO's website.")
    expect(note.source.link?.follow).toBe(false)
  })
})

describe('icoActionDate', () => {
  it('writes days, months and unknown dates in words', () => {
    expect(icoActionDate('2026-02-20')).toBe('20 February 2026')
    expect(icoActionDate('2025-09')).toBe('September 2025')
    expect(icoActionDate(undefined)).toBe('date not known')
  })
})
