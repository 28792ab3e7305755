import { describe, expect, it } from 'vitest'
import type { Draft } from '../draft/draft.ts'
import { dateProblem, validateFields } from './validate.ts'

const TODAY = '2026-11-23'
const WORDS = { day: 'day', month: 'month', year: 'year' }
const d = (day: string, month: string, year: string) => ({ day, month, year })

describe('validateFields', () => {
  it('reports only the page’s own fields, in plain words from the catalogue', () => {
    expect(validateFields({ subject: { fullName: '' } }, ['subject.fullName'], { today: TODAY })).toEqual([{ path: 'subject.fullName', message: 'Enter full name' }])
    expect(validateFields({ subject: { fullName: 'Sam' } }, ['subject.fullName'], { today: TODAY })).toEqual([])
  })

  it('uses the schema’s limits', () => {
    const [error] = validateFields({ subject: { fullName: 'x'.repeat(101) } }, ['subject.fullName'], { today: TODAY })
    expect(error?.message).toBe('Full name must be 100 characters or less')
    expect(validateFields({ subject: { email: 'not an email' } }, ['subject.email'], { today: TODAY })[0]?.message).toBe(
      'Enter email address in the correct format, like name@example.com',
    )
  })

  it('still runs the rules that compare answers (send date before the letter date)', () => {
    const draft: Draft = { sent: { by: 'post', on: d('22', '11', '2026') } }
    expect(validateFields(draft, ['sent'], { today: TODAY })).toEqual([{ path: 'sent.on', message: 'The date you send the letters cannot be before the letter date' }])
    expect(validateFields({ sent: { by: 'post', on: d('24', '11', '2026') } }, ['sent'], { today: TODAY })).toEqual([])
  })

  it('checks that the first letter was sent before this one', () => {
    const draft: Draft = { followUp: { kind: 'reminder', originalSentOn: d('30', '11', '2026') } }
    expect(validateFields(draft, ['followUp.originalSentOn'], { today: TODAY })[0]?.path).toBe('followUp.originalSentOn')
  })

  it('says when a parent asks about an adult', () => {
    const draft: Draft = { sender: { kind: 'parent' }, subject: { dateOfBirth: d('1', '1', '2000') } }
    expect(validateFields(draft, ['sender.kind'], { today: TODAY })[0]?.path).toBe('sender.kind')
    expect(validateFields({ sender: { kind: 'parent' } }, ['sender.kind'], { today: TODAY })).toEqual([])
  })

  it('needs at least one request and one organisation', () => {
    expect(validateFields({ requests: [] }, ['requests'], { today: TODAY })[0]?.message).toBe('Choose at least one thing you want them to do')
    expect(validateFields({ recipients: [] }, ['recipients'], { today: TODAY })[0]?.message).toBe('Choose at least one organisation to send it to')
  })

  it('checks a body typed by hand, by its place in the list', () => {
    const draft: Draft = { recipients: [{ id: 'police:example' }, { name: 'School', webForm: 'http://not-secure.example' }] }
    expect(validateFields(draft, ['recipients.1'], { today: TODAY })).toEqual([
      { path: 'recipients.1.webForm', message: 'Enter organisation web form address as a full web address starting with https://' },
    ])
  })

  it('checks ids against the directory when it is given', () => {
    const draft: Draft = { recipients: [{ id: 'police:nowhere' }] }
    expect(validateFields(draft, ['recipients'], { today: TODAY, isKnownRecipient: () => false })[0]?.path).toBe('recipients.0')
  })
})

describe('dateProblem', () => {
  it('uses the GOV.UK order and wording', () => {
    expect(dateProblem(d('', '', ''), 'subject.dateOfBirth', WORDS)).toEqual({ part: 'day', message: 'Enter date of birth' })
    expect(dateProblem(d('1', '', '2009'), 'subject.dateOfBirth', WORDS)?.message).toBe('Date of birth must include a month')
    expect(dateProblem(d('', '', '2009'), 'subject.dateOfBirth', WORDS)?.message).toBe('Date of birth must include a day and a month')
    expect(dateProblem(d('1', '2', '09'), 'subject.dateOfBirth', WORDS)).toEqual({ part: 'year', parts: ['year'], message: 'Date of birth must have the year in 4 numbers, like 2008' })
    expect(dateProblem(d('30', '2', '2009'), 'subject.dateOfBirth', WORDS)?.message).toBe('Date of birth must be a real date')
    expect(dateProblem(d('3', '2', '2009'), 'subject.dateOfBirth', WORDS)).toBeUndefined()
    expect(dateProblem(d('3', '', '2026'), 'sent.on', WORDS)?.message).toBe('The date you send the letters must include a month')
  })
})
