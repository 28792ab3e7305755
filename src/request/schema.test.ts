import { describe, expect, it } from 'vitest'
import { fixture, fixtureNames, rawFixture, schemaOptions } from '../../test/helpers/fixtures.ts'
import { parseRequest, parseRequestText } from './parse.ts'

const base = () => rawFixture('young-person')

function errorsFor(change: (r: Record<string, any>) => void) {
  const r = base()
  change(r)
  const result = parseRequest(r, schemaOptions)
  if (result.ok) throw new Error('expected errors')
  return result.errors
}

describe('request schema (format version 1)', () => {
  it.each(fixtureNames())('accepts the %s fixture', (name) => {
    expect(() => fixture(name)).not.toThrow()
  })

  it('keeps answers exactly as typed', () => {
    const r = base()
    ;(r.subject as Record<string, unknown>).fullName = '  Siân  Evans '
    const result = parseRequest(r, schemaOptions)
    expect(result.ok && result.request.subject.fullName).toBe('  Siân  Evans ')
  })

  it.each([
    ['an unknown field', (r: any) => { r.subject.nickname = 'S' }, 'subject.nickname', 'The file has a field we do not know: "nickname". Check its spelling or remove it'],
    ['an unknown top-level field', (r: any) => { r.colour = 'red' }, 'colour', 'field we do not know: "colour"'],
    ['an impossible date', (r: any) => { r.subject.dateOfBirth = '2009-02-30' }, 'subject.dateOfBirth', 'Date of birth must be a real date, like 2008-04-02'],
    ['a date in the wrong form', (r: any) => { r.subject.dateOfBirth = '14/03/2009' }, 'subject.dateOfBirth', 'Date of birth must be a real date'],
    ['a birth date in the future', (r: any) => { r.subject.dateOfBirth = '2099-01-01' }, 'subject.dateOfBirth', 'Date of birth must be in the past'],
    ['an unknown recipient id', (r: any) => { r.recipients = ['police:atlantis'] }, 'recipients.0', 'We do not know the organisation "police:atlantis"'],
    ['an unknown request type', (r: any) => { r.requests = ['access', 'shred'] }, 'requests.1', 'What you want them to do must be one of: access, erasure, rectification, restriction, objection'],
    ['rectification without corrections', (r: any) => { r.requests = ['rectification'] }, 'corrections', 'Say what is wrong and what is right'],
    ['an empty recipient list', (r: any) => { r.recipients = [] }, 'recipients', 'Choose at least one organisation to send it to'],
    ['no requests', (r: any) => { r.requests = [] }, 'requests', 'Choose at least one thing you want them to do'],
    ['a wrong version', (r: any) => { r.version = 2 }, 'version', 'This answers file is version 2. This app reads version 1 only.'],
    ['a missing full name', (r: any) => { delete r.subject.fullName }, 'subject.fullName', 'Full name is missing'],
    ['an empty full name', (r: any) => { r.subject.fullName = '   ' }, 'subject.fullName', 'Enter full name'],
    ['a bad email', (r: any) => { r.subject.email = 'sian at example' }, 'subject.email', 'Enter email address in the correct format, like name@example.com'],
    ['an unknown topic', (r: any) => { r.topics = ['aliens'] }, 'topics.0', 'What it is about must be one of:'],
    ['an unknown sender kind', (r: any) => { r.sender = { kind: 'friend' } }, 'sender.kind', 'Who is asking must be one of: self, parent, representative'],
    ['a parent for an adult', (r: any) => { r.subject.dateOfBirth = '2000-01-01'; r.sender = { kind: 'parent', fullName: 'A Parent', relationship: 'mother' } }, 'sender.kind', 'is 18 or over, so a parent cannot ask'],
    ['a representative with no organisation', (r: any) => { r.sender = { kind: 'representative', fullName: 'Jo', role: 'Youth worker', address: { lines: ['1 Road'] } } }, 'sender.organisation', 'Your organisation is missing'],
    ['a too-long name', (r: any) => { r.subject.fullName = 'A'.repeat(101) }, 'subject.fullName', 'Full name must be 100 characters or less'],
    ['a letter date before the law in force', (r: any) => { r.dated = '2026-01-10' }, 'dated', 'The letter date must be 19 June 2026 or later'],
    ['a manual recipient with a bad web form', (r: any) => { r.recipients = [{ name: 'X School', kind: 'school', webForm: 'http://x.example' }] }, 'recipients.0.webForm', 'full web address starting with https://'],
    ['a follow-up dated before the first letter', (r: any) => { r.followUp = { kind: 'reminder', originalSentOn: '2026-12-01' } }, 'followUp.originalSentOn', 'must be before the date of this letter'],
  ])('gives a plain error for %s', (_, change, path, text) => {
    const errors = errorsFor(change)
    expect(errors.map((e) => e.path)).toContain(path)
    expect(errors.find((e) => e.path === path)?.message).toContain(text)
  })

  it('says plainly when a name has characters the letters cannot print', () => {
    const errors = errorsFor((r) => { r.subject.fullName = '王小明' })
    expect(errors[0]).toMatchObject({ path: 'subject.fullName' })
    expect(errors[0]?.message).toMatch(/cannot print on the letter: 王 小 明\. Write it in Latin letters/)
  })

  it('gives one message for a file that is not ours', () => {
    expect(parseRequestText('not json')).toEqual({ ok: false, errors: [{ path: '', message: expect.stringContaining('not a saved answers file') }] })
    expect(parseRequest({ hello: 1 })).toEqual({ ok: false, errors: [{ path: 'format', message: expect.stringContaining('not a What They Hold answers file') }] })
    expect(parseRequest([1, 2])).toMatchObject({ ok: false })
    expect(parseRequest(null)).toMatchObject({ ok: false })
  })

  it('never uses words the GOV.UK style bans in its messages', async () => {
    const catalogue = (await import('../content/errors.en-GB.json')).default
    for (const text of Object.values(catalogue.errors)) {
      expect(text).not.toMatch(/\b(please|sorry|valid|invalid|forbidden|oops)\b/i)
    }
  })
})

describe('a letter language on a recipient (optional addition)', () => {
  it.each(['cy', 'en-GB'])('accepts "%s", on a directory body and on a typed-in one', (language) => {
    const r = base()
    r.recipients = [{ id: 'police:south-wales', language }, { name: 'Example Youth Service', kind: 'other', email: 'dpo@example.org', language }]
    const result = parseRequest(r, schemaOptions)
    expect(result.ok && result.request.recipients).toEqual(r.recipients)
  })

  it.each(['en', 'cy-GB', 'Welsh', 'ga', '', 1])('refuses %j', (language) => {
    const errors = errorsFor((r) => { r.recipients = [{ id: 'police:south-wales', language }] })
    expect(errors.map((e) => e.path)).toContain('recipients.0.language')
  })
})
