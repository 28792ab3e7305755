import { describe, expect, it } from 'vitest'
import { recipientSchema } from './schema.ts'
import type { Recipient } from './types.ts'

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
        source: { url: 'https://example.gov.uk/data-protection', checked: '2026-11-23' },
        policeId: 'police:example',
      }),
    ).toEqual([])
  })

  it('needs a source for any contact detail', () => {
    expect(problems({ ...base, email: 'sar@example.gov.uk' })).toEqual(['source.url: is needed because the record has contact details'])
    expect(problems({ ...base, dpoEmail: 'dpo@example.gov.uk' })).toHaveLength(1)
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
