import { describe, expect, it } from 'vitest'
import { icoActionSchema, recipientSchema } from './schema.ts'
import type { DetailSource, IcoAction, Recipient } from './types.ts'

const base: Recipient = {
  id: 'council:example',
  kind: 'council',
  name: 'Example',
  officialName: 'Example Borough Council',
  nation: 'england',
  lawKind: 'council',
  aliases: [],
  source: { checked: '2026-11-23' },
}

const seen: DetailSource = { url: 'https://example.gov.uk/data-protection', checked: '2026-11-23', site: 'own' }

function problems(r: unknown): string[] {
  const result = recipientSchema.safeParse(r)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('recipientSchema', () => {
  it('accepts a record without contact details or source', () => {
    expect(problems(base)).toEqual([])
  })

  it('accepts a full record', () => {
    expect(
      problems({
        ...base,
        email: 'sar@example.gov.uk',
        webForm: 'https://example.gov.uk/sar',
        postal: { lines: ['Civic Centre', 'Example'], postcode: 'EX1 1AA' },
        dpoEmail: 'dpo@example.gov.uk',
        generalPostal: { lines: ['Town Hall', 'Example'], postcode: 'EX1 1AB' },
        website: 'http://www.example.gov.uk/',
        sources: { email: seen, webForm: seen, postal: seen, dpoEmail: { ...seen, checked: '2026-12-01' }, generalPostal: { ...seen, site: 'other', owner: 'Another Council' } },
        source: { url: 'https://example.gov.uk/data-protection', checked: '2026-11-23' },
        policeId: 'police:example',
      }),
    ).toEqual([])
  })

  it('needs a source for each contact detail, fallbacks included', () => {
    expect(problems({ ...base, email: 'sar@example.gov.uk' })).toEqual(['sources.email: is needed because the record has email'])
    expect(problems({ ...base, dpoEmail: 'dpo@example.gov.uk' })).toEqual(['sources.dpoEmail: is needed because the record has dpoEmail'])
    expect(problems({ ...base, generalPostal: { lines: ['Town Hall'] }, sources: { email: seen } })).toEqual([
      'sources.generalPostal: is needed because the record has generalPostal',
      'sources.email: is a source for email, which the record does not have',
    ])
  })

  it('says whose site each source is on, in known words only', () => {
    expect(problems({ ...base, email: 'sar@example.gov.uk', sources: { email: { ...seen, site: 'mirror' } } })).not.toEqual([])
    expect(problems({ ...base, email: 'sar@example.gov.uk', sources: { email: { url: seen.url, checked: seen.checked } } })).not.toEqual([])
  })

  it('refuses bad ids, emails, links and postcodes', () => {
    const withSource = { ...base, source: { url: 'https://example.gov.uk', checked: '2026-11-23' } }
    expect(problems({ ...base, id: 'council:Example' })).not.toEqual([])
    expect(problems({ ...base, id: 'school:example' })).not.toEqual([])
    expect(problems({ ...base, id: 'police:example' })).toEqual(['id: must start with "council:"'])
    expect(problems({ ...withSource, email: 'not an email' })).not.toEqual([])
    expect(problems({ ...withSource, webForm: 'http://example.gov.uk/form' })).not.toEqual([])
    expect(problems({ ...withSource, webForm: 'javascript:alert(1)' })).not.toEqual([])
    expect(problems({ ...withSource, postal: { lines: ['A'], postcode: 'ex1 1aa' } })).not.toEqual([])
    expect(problems({ ...withSource, postal: { lines: [] } })).not.toEqual([])
  })

  it('is strict: unknown fields are refused', () => {
    expect(problems({ ...base, phone: '0161 000 0000' })).not.toEqual([])
    expect(problems({ ...base, source: { checked: '2026-11-23', when: 'today' } })).not.toEqual([])
  })

  it('refuses names with stray spaces and repeated aliases', () => {
    expect(problems({ ...base, name: 'Example ' })).not.toEqual([])
    expect(problems({ ...base, officialName: 'Example  Council' })).not.toEqual([])
    expect(problems({ ...base, aliases: ['Ex', 'ex'] })).not.toEqual([])
  })

  it('keeps police links for councils only', () => {
    expect(problems({ ...base, id: 'police:x', kind: 'police', lawKind: 'police', policeId: 'police:y' })).toEqual(['policeId: is only for councils'])
  })
})

describe('icoActionSchema', () => {
  const action: IcoAction = {
    bodyId: 'police:example',
    action: 'reprimand',
    date: '2025-10-30',
    summary: 'Answered late.',
    source: { url: 'https://ico.org.uk/action', site: 'own', seenAt: 'ICO news item' },
  }
  const issues = (a: unknown) => {
    const result = icoActionSchema.safeParse(a)
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  }

  it('takes a day, a month or no date at all', () => {
    expect(issues(action)).toEqual([])
    expect(issues({ ...action, date: '2023-05' })).toEqual([])
    const { date: _date, ...undated } = action
    expect(issues(undated)).toEqual([])
  })

  it('refuses a date that is not real, an unknown action and a body id of the wrong shape', () => {
    expect(issues({ ...action, date: '2025-02-30' })).toEqual(['date: is not a real date written YYYY-MM-DD or YYYY-MM'])
    expect(issues({ ...action, date: '2025-13' })).not.toEqual([])
    expect(issues({ ...action, date: '30 October 2025' })).not.toEqual([])
    expect(issues({ ...action, action: 'fine' })).not.toEqual([])
    expect(issues({ ...action, bodyId: 'South Wales Police' })).not.toEqual([])
  })
})
