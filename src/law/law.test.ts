/**
 * Which law each kind of body is written to under, and how each right is cited: the rules between
 * the regimes (uk-law.md §1.2 and §11.1), not a copy of the table in law.ts. The exact wording of every
 * combination in a letter is checked by letters/law-table.test.ts.
 */
import { describe, expect, it } from 'vitest'
import type { LawKind } from '../directory/types.ts'
import { REQUEST_TYPES } from '../request/constants.ts'
import { citeDeadline, citeRight, citeSearch, citeTellRecipients, deadlineLaws, regimeFor, type Regime } from './law.ts'

const KINDS: [LawKind, Regime][] = [
  ['police', 'part3'], ['council', 'ukgdpr'], ['home-office', 'ukgdpr-and-part3'], ['school', 'ukgdpr'], ['nhs', 'ukgdpr'], ['other', 'ukgdpr'],
]

const PART3 = / of the Data Protection Act 2018$/
const UK_GDPR = /^Article \d+(\(\d+\))? of the UK GDPR$/

describe('the law each letter cites', () => {
  for (const [kind, regime] of KINDS) {
    it(`${kind} uses the ${regime} regime`, () => expect(regimeFor(kind)).toBe(regime))
  }

  it('cites only the UK GDPR to a body outside Part 3, and every right is there', () => {
    for (const type of REQUEST_TYPES) {
      const cited = citeRight(type, 'ukgdpr')
      expect(cited.primary, type).toMatch(UK_GDPR)
      expect(cited.alternative, type).toBeUndefined()
      expect(cited.available, type).toBe(true)
    }
  })

  it('cites Part 3 first to the police, with the UK GDPR for what it does not cover', () => {
    for (const type of REQUEST_TYPES.filter((t) => t !== 'objection')) {
      const cited = citeRight(type, 'part3')
      expect(cited.primary, type).toMatch(/^section \d+.* of the Data Protection Act 2018$/)
      expect(cited.alternative, type).toBe(citeRight(type, 'ukgdpr').primary)
      expect(cited.available, type).toBe(true)
    }
  })

  it('has no right to object under Part 3 (s.43(1)), and says so instead of citing a section that does not exist', () => {
    expect(REQUEST_TYPES.filter((type) => !citeRight(type, 'part3').available)).toEqual(['objection'])
    const objection = citeRight('objection', 'part3')
    expect(objection.primary).toBe(citeRight('objection', 'ukgdpr').primary)
    expect(objection.primary).not.toMatch(PART3)
  })

  it('cites the UK GDPR first to the Home Office, and Part 3 only in the alternative', () => {
    for (const type of REQUEST_TYPES) {
      const cited = citeRight(type, 'ukgdpr-and-part3')
      const part3 = citeRight(type, 'part3')
      expect(cited.primary, type).toBe(citeRight(type, 'ukgdpr').primary)
      expect(cited.alternative, type).toBe(part3.available ? part3.primary : undefined)
      expect(cited.available, type).toBe(true)
    }
  })

  it('gives each right a provision of its own', () => {
    for (const regime of ['part3', 'ukgdpr'] as const) {
      const cited = REQUEST_TYPES.filter((type) => citeRight(type, regime).available).map((type) => citeRight(type, regime).primary)
      expect(new Set(cited).size, regime).toBe(cited.length)
    }
  })

  it('asks for access under section 45 and Article 15, the provisions every subject access request rests on', () => {
    expect(citeRight('access', 'part3')).toEqual({ primary: 'section 45 of the Data Protection Act 2018', alternative: 'Article 15 of the UK GDPR', available: true })
  })

  it('never cites Part 3 sections to a council, school, NHS or other body', () => {
    for (const kind of ['council', 'school', 'nhs', 'other'] as LawKind[]) {
      const regime = regimeFor(kind)
      const all = [...REQUEST_TYPES.map((t) => JSON.stringify(citeRight(t, regime))), citeDeadline(regime), citeSearch(regime), citeTellRecipients(regime)].join(' ')
      expect(all).not.toMatch(/section \d/)
    }
  })

  it('gives police the Part 3 deadline, search and notification sections', () => {
    expect(citeDeadline('part3')).toMatch(/^section 54 of the Data Protection Act 2018/)
    expect(citeSearch('part3')).toBe('section 45(2A) of the Data Protection Act 2018')
    expect(citeTellRecipients('part3')).toBe('section 48(9) of the Data Protection Act 2018')
  })

  it('never cites Article 12A or section 54(3A) for a request received before 5 February 2026', () => {
    for (const regime of ['part3', 'ukgdpr', 'ukgdpr-and-part3'] as const) {
      const old = deadlineLaws(regime, true)
      expect(`${old.deadline} ${old.extension}`).not.toMatch(/12A|54\(3[A-D]\)/)
      const current = deadlineLaws(regime, false)
      expect(`${current.deadline} ${current.extension}`).toMatch(regime === 'part3' ? /section 54\(3A\)/ : /Article 12A\(3\)/)
    }
  })

  it('puts the Home Office’s Part 3 citations only in the alternative, for law-enforcement data', () => {
    const laws = deadlineLaws('ukgdpr-and-part3', false)
    expect(laws.deadline).toMatch(/^Articles 12\(3\) and 12A of the UK GDPR, or section 54 .* for any data held for law enforcement$/)
    expect(laws.extension).toMatch(/for any data held for law enforcement$/)
  })

  it('gives other bodies Article 12A, 15(1A) and 19', () => {
    expect(citeDeadline('ukgdpr')).toBe('Articles 12(3) and 12A of the UK GDPR')
    expect(citeSearch('ukgdpr')).toBe('Article 15(1A) of the UK GDPR')
    expect(citeTellRecipients('ukgdpr')).toBe('Article 19 of the UK GDPR')
  })
})
