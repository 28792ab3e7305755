import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRequest } from '../request/parse.ts'
import type { Request } from '../request/schema.ts'
import {
  addressFromRequest, addressLineField, addressToRequest, draftFromRequest, draftToCandidate, fromRequest, hasTypedDetails,
  recipientToEntry, toRequest,
} from './convert.ts'
import type { Draft } from '../draft/draft.ts'
import { setCurrentLocale } from '../i18n/catalogues.ts'

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'requests')
const TODAY = '2026-11-23'
const ADDRESS = { line1: '12 Example Road', line2: '', town: 'Cardiff', county: '', postcode: 'CF10 1AA' }

function fixture(name: string): Request {
  const result = parseRequest(JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')))
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.request
}

function ok(draft: Draft): Request {
  const result = toRequest(draft, { today: TODAY })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.request
}

const minimal: Draft = {
  subject: { fullName: 'Siân', dateOfBirth: { day: '14', month: '3', year: '2009' }, address: ADDRESS },
  sender: { kind: 'self' },
  requests: ['access'],
  recipients: [{ id: 'police:south-wales' }],
}

describe('draft ⇄ request', () => {
  it.each(['young-person', 'parent', 'advice-worker'])('round-trips the %s fixture exactly', (name) => {
    const request = fixture(name)
    expect(ok(fromRequest(request))).toEqual({ ...request, dated: TODAY })
  })

  it('turns date boxes into ISO dates only when building the request', () => {
    const draft: Draft = { ...minimal, subject: { ...minimal.subject, dateOfBirth: { day: '7', month: 'Mar', year: '2009' } } }
    expect(draft.subject?.dateOfBirth).toEqual({ day: '7', month: 'Mar', year: '2009' })
    expect(ok(draft).subject.dateOfBirth).toBe('2009-03-07')
  })

  it('lets the schema report a date that is not real', () => {
    const result = toRequest({ ...minimal, subject: { ...minimal.subject, dateOfBirth: { day: '31', month: '2', year: '2009' } } }, { today: TODAY })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors).toEqual([{ path: 'subject.dateOfBirth', message: 'Date of birth must be a real date, like 2008-04-02' }])
  })

  it('keeps answers exactly as typed, and leaves blank optional answers out', () => {
    const request = ok({
      ...minimal,
      subject: { ...minimal.subject, fullName: '  Siân  Llŷr ', otherNames: ['Shan', '  ', 'S. Evans '], email: '  ', phone: '' },
      details: '   ',
      topics: [],
    })
    expect(request.subject.fullName).toBe('  Siân  Llŷr ')
    expect(request.subject.otherNames).toEqual(['Shan', 'S. Evans '])
    expect(request.subject).not.toHaveProperty('email')
    expect(request).not.toHaveProperty('details')
    expect(request).not.toHaveProperty('topics')
  })

  it('makes previous addresses from the boxes and drops empty ones', () => {
    const request = ok({
      ...minimal,
      subject: {
        ...minimal.subject,
        previousAddresses: [
          { line1: '4 Old Street', line2: '', town: 'Newport', county: 'Gwent', postcode: '' },
          { line1: '', line2: '', town: '', county: '', postcode: '' },
        ],
      },
    })
    expect(request.subject.previousAddresses).toEqual([{ lines: ['4 Old Street', 'Newport', 'Gwent'] }])
  })

  it('writes directory bodies as ids, and corrected ones as objects with the typed details', () => {
    const request = ok({
      ...minimal,
      recipients: [
        { id: 'police:south-wales' },
        { id: 'council:cardiff', email: 'data@cardiff.example', address: { line1: '', line2: '', town: '', county: '', postcode: '' }, webForm: '' },
        { name: 'Example High School', kind: 'school', address: { line1: '1 School Lane', line2: '', town: 'Cardiff', county: '', postcode: 'CF1 1AA' }, email: '', webForm: 'https://example.org/sar' },
      ],
    })
    expect(request.recipients).toEqual([
      'police:south-wales',
      { id: 'council:cardiff', email: 'data@cardiff.example' },
      { name: 'Example High School', kind: 'school', address: { lines: ['1 School Lane', 'Cardiff'], postcode: 'CF1 1AA' }, webForm: 'https://example.org/sar' },
    ])
    expect(hasTypedDetails({ id: 'council:cardiff', email: ' ' })).toBe(false)
    expect(recipientToEntry({ id: 'council:cardiff', webForm: 'https://x.example' })).toEqual({ id: 'council:cardiff', webForm: 'https://x.example' })
  })

  it('asks the directory whether an id is known', () => {
    const result = toRequest(minimal, { today: TODAY, isKnownRecipient: () => false })
    expect(result.ok).toBe(false)
  })

  it('sets a follow-up only when one is chosen', () => {
    expect(ok({ ...minimal, followUp: { kind: 'none', originalSentOn: { day: '1', month: '9', year: '2026' } } })).not.toHaveProperty('followUp')
    expect(ok({ ...minimal, followUp: { kind: 'reminder', originalSentOn: { day: '1', month: '9', year: '2026' }, theirReference: '' } }).followUp).toEqual({
      kind: 'reminder',
      originalSentOn: '2026-09-01',
    })
    expect(ok({ ...minimal, followUp: { kind: 'ico-complaint', originalSentOn: { day: '1', month: '9', year: '2026' }, theirReference: 'SAR/123', whatWentWrong: 'No reply', noComplaintReason: 'Afraid' } }).followUp).toEqual({
      kind: 'ico-complaint',
      originalSentOn: '2026-09-01',
      theirReference: 'SAR/123',
      whatWentWrong: 'No reply',
      noComplaintReason: 'Afraid',
    })
  })

  it('sets how and when the letters are sent, unless not known yet', () => {
    expect(ok({ ...minimal, sent: { by: 'not-sure', on: { day: '23', month: '11', year: '2026' } } })).not.toHaveProperty('sent')
    expect(ok({ ...minimal, sent: { by: 'post', on: { day: '24', month: '11', year: '2026' } } }).sent).toEqual({ on: '2026-11-24', by: 'post' })
  })

  it('keeps what is wrong whenever it was written, so unticking a correction loses no words', () => {
    expect(ok({ ...minimal, corrections: '  ' })).not.toHaveProperty('corrections')
    expect(ok({ ...minimal, corrections: 'It says X' }).corrections).toBe('It says X')
    expect(ok({ ...minimal, requests: ['rectification'], corrections: 'It says X' }).corrections).toBe('It says X')
  })

  it('builds only the fields of the chosen kind of sender', () => {
    const candidate = draftToCandidate({ sender: { kind: 'self', fullName: 'Left over', organisation: 'x' } }, TODAY)
    expect(candidate.sender).toEqual({ kind: 'self' })
    const parent = draftToCandidate({ sender: { kind: 'parent', fullName: 'Pat', relationship: 'dad', childAgrees: 'too-young', organisation: 'x' } }, TODAY)
    expect(parent.sender).toEqual({ kind: 'parent', fullName: 'Pat', relationship: 'dad', childAgrees: false })
  })

  it('names every missing answer for an empty draft', () => {
    const result = toRequest({}, { today: TODAY })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['subject.fullName', 'subject.dateOfBirth', 'sender', 'requests', 'recipients']))
  })
})

describe('addresses', () => {
  it('prints the boxes as lines and points errors back to the right box', () => {
    const a = { line1: 'Flat 3', line2: '', town: 'London', county: 'Greater London', postcode: 'E1 4TT' }
    expect(addressToRequest(a)).toEqual({ lines: ['Flat 3', 'London', 'Greater London'], postcode: 'E1 4TT' })
    expect(addressLineField(a, 1)).toBe('town')
    expect(addressLineField(a, 2)).toBe('county')
    expect(addressToRequest({ line1: ' ', line2: '', town: '', county: '', postcode: ' ' })).toBeUndefined()
  })

  it('reads every line back exactly: up to four in the boxes, more kept between line 2 and the town', () => {
    const back = (lines: string[]) => addressToRequest(addressFromRequest({ lines, postcode: 'X1 1XX' }))?.lines
    for (const lines of [['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D'], ['A', 'B', 'C', 'D', 'E'], ['A', 'B', 'C, with a comma', 'D', 'E', 'F']]) expect(back(lines)).toEqual(lines)
    expect(addressFromRequest({ lines: ['A', 'B', 'C', 'D', 'E', 'F'] })).toMatchObject({ line1: 'A', line2: 'B', more: ['C', 'D'], town: 'E', county: 'F' })
    expect(addressFromRequest(undefined).line1).toBe('')
  })

  it('points an error in an extra line at line 2, and later lines at their own boxes', () => {
    const a = addressFromRequest({ lines: ['A', 'B', 'C', 'D', 'E'] })
    expect([0, 1, 2, 3, 4].map((i) => addressLineField(a, i))).toEqual(['line1', 'line2', 'line2', 'town', 'county'])
  })

  it('keeps a name, kind, nation and way of sending typed beside a directory id', () => {
    const entry = { id: 'police:south-wales', name: 'SWP disclosure team', kind: 'police' as const, nation: 'wales' as const, sendBy: 'hand' as const }
    expect(recipientToEntry(fromRequest({ ...fixture('young-person'), recipients: [entry] }).recipients![0]!)).toEqual(entry)
    expect(recipientToEntry({ id: 'police:south-wales', name: ' ' })).toBe('police:south-wales')
  })

  it('keeps each letter\'s language, through the draft and back, and a letter with none stays without one', () => {
    const recipients = [{ id: 'police:south-wales', language: 'cy' as const }, { id: 'council:cardiff', language: 'en-GB' as const }, 'council:newport']
    const draft = fromRequest({ ...fixture('young-person'), recipients })
    expect(draft.recipients!.map((r) => r.language)).toEqual(['cy', 'en-GB', undefined])
    expect(draft.recipients!.map(recipientToEntry)).toEqual(recipients)
  })

  it('makes an unchosen letter Welsh when the interface is Welsh, as the letter language page shows it', () => {
    setCurrentLocale('cy')
    try {
      expect(recipientToEntry({ id: 'police:south-wales' })).toEqual({ id: 'police:south-wales', language: 'cy' })
      expect(recipientToEntry({ id: 'police:south-wales', language: 'en-GB' })).toEqual({ id: 'police:south-wales', language: 'en-GB' })
    } finally {
      setCurrentLocale('en-GB')
    }
  })

  it('refuses, naming it, an answer a page could not hold, rather than loading the file without it', () => {
    const request = fixture('young-person')
    expect(draftFromRequest(request).ok).toBe(true)
    // As if a later format added a field the draft has no place for yet.
    const future = { ...request, subject: { ...request.subject, pronouns: 'they' } } as Request
    expect(draftFromRequest(future)).toEqual({
      ok: false,
      errors: [{ path: 'subject.pronouns', message: 'This app cannot show a field from this file, so nothing was loaded. Check it is a file saved by this app' }],
    })
  })
})
