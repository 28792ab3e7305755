/** Table-driven: every recipient kind × request type cites the right law (uk-law.md §1.2 and §11.1). */
import { describe, expect, it } from 'vitest'
import type { LawKind } from '../directory/types.ts'
import { REQUEST_TYPES, type RequestType } from '../request/constants.ts'
import { citeDeadline, citeRight, citeSearch, citeTellRecipients, deadlineLaws, regimeFor } from './law.ts'

const EXPECTED: Record<'part3' | 'ukgdpr' | 'ukgdpr-and-part3', Record<RequestType, [string, string | undefined, boolean]>> = {
  part3: {
    access: ['section 45 of the Data Protection Act 2018', 'Article 15 of the UK GDPR', true],
    erasure: ['section 47(1) and (4) of the Data Protection Act 2018', 'Article 17 of the UK GDPR', true],
    rectification: ['section 46 of the Data Protection Act 2018', 'Article 16 of the UK GDPR', true],
    restriction: ['section 47(2) to (4) of the Data Protection Act 2018', 'Article 18 of the UK GDPR', true],
    objection: ['Article 21(1) of the UK GDPR', undefined, false],
  },
  ukgdpr: {
    access: ['Article 15 of the UK GDPR', undefined, true],
    erasure: ['Article 17 of the UK GDPR', undefined, true],
    rectification: ['Article 16 of the UK GDPR', undefined, true],
    restriction: ['Article 18 of the UK GDPR', undefined, true],
    objection: ['Article 21(1) of the UK GDPR', undefined, true],
  },
  'ukgdpr-and-part3': {
    access: ['Article 15 of the UK GDPR', 'section 45 of the Data Protection Act 2018', true],
    erasure: ['Article 17 of the UK GDPR', 'section 47(1) and (4) of the Data Protection Act 2018', true],
    rectification: ['Article 16 of the UK GDPR', 'section 46 of the Data Protection Act 2018', true],
    restriction: ['Article 18 of the UK GDPR', 'section 47(2) to (4) of the Data Protection Act 2018', true],
    objection: ['Article 21(1) of the UK GDPR', undefined, true],
  },
}

const KINDS: [LawKind, keyof typeof EXPECTED][] = [
  ['police', 'part3'], ['council', 'ukgdpr'], ['home-office', 'ukgdpr-and-part3'], ['school', 'ukgdpr'], ['nhs', 'ukgdpr'], ['other', 'ukgdpr'],
]

describe('the law each letter cites', () => {
  for (const [kind, regime] of KINDS) {
    it(`${kind} uses the ${regime} regime`, () => expect(regimeFor(kind)).toBe(regime))
    for (const type of REQUEST_TYPES) {
      it(`${kind} × ${type}`, () => {
        const [primary, alternative, available] = EXPECTED[regime][type]
        expect(citeRight(type, regimeFor(kind))).toEqual({ primary, alternative, available })
      })
    }
  }

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
