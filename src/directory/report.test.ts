import { describe, expect, it } from 'vitest'
import { coverage, report } from '../../scripts/directory-report.ts'
import type { Recipient } from './types.ts'

const seen = { url: 'https://www.example.gov.uk/privacy', checked: '2026-12-01', site: 'own' as const }
const made = (id: string, extra: Partial<Recipient> = {}): Recipient => ({
  id: `council:${id}`,
  kind: 'council',
  name: id,
  officialName: `${id} Council`,
  nation: 'england',
  lawKind: 'council',
  aliases: [],
  source: { checked: '2026-11-23' },
  ...extra,
})

const list = [
  made('form', { webForm: 'https://example.gov.uk/form', dpoEmail: 'dpo@example.gov.uk', sources: { webForm: seen, dpoEmail: seen } }),
  made('dpo', { dpoEmail: 'dpo@example.gov.uk', sources: { dpoEmail: { ...seen, site: 'other' } } }),
  made('office', { generalPostal: { lines: ['Town Hall'] }, website: 'https://example.gov.uk/', sources: { generalPostal: seen } }),
  made('site', { website: 'https://example.gov.uk/' }),
  made('none'),
]

describe('directory:report', () => {
  it('puts each body in its best group: a request route, a fallback only, its website only, or nothing', () => {
    expect(list.map(coverage)).toEqual(['request route', 'fallback only', 'fallback only', 'website only', 'nothing'])
  })

  it('counts the groups, lists the bodies without a request route, and those with a detail from another site', () => {
    const text = report(list)
    expect(text).toMatch(/Councils\s+1\s+2\s+1\s+1\s+5/)
    expect(text).toContain('A fallback only (2):\n    council:dpo (DPO email) council:office (general post)')
    expect(text).toContain('Their website only, to search (1):\n    council:site')
    expect(text).toContain('Nothing at all (1):\n    council:none')
    expect(text).toMatch(/detail found on another site[^\n]*\(1\):\n  council:dpo/)
  })
})
