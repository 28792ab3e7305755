/**
 * Issue 8 §5: the law in every combination, as one table: recipient kind × request type × sender kind
 * × nation × a follow-up to a request received before or after 5 February 2026. Each letter must
 * cite the right regime for its body, the right provision for its request, and the right time-limit
 * rules for its date; none may cite what the law does not give.
 */
import { describe, expect, it } from 'vitest'
import { fixture, sources } from '../../test/helpers/fixtures.ts'
import { REQUEST_TYPES, type RequestType } from '../request/constants.ts'
import type { Request } from '../request/schema.ts'
import { buildPacks } from './build.ts'
import { letterToPlainText } from './plain-text.ts'

const BODIES = {
  police: 'police:south-wales',
  council: 'council:cardiff',
  'home-office': 'prevent:home-office-prevent',
  school: { name: 'Example High School', kind: 'school', address: { lines: ['1 School Lane', 'Leeds'], postcode: 'LS1 1AA' } },
  nhs: { name: 'Example NHS Trust', kind: 'nhs', email: 'dpo@example.org' },
} as const satisfies Record<string, Request['recipients'][number]>

/** What each regime must cite for each request, and what it must never cite. */
const CITES: Record<RequestType, { part3: RegExp; gdpr: RegExp }> = {
  access: { part3: /subject access request under section 45 of the Data Protection Act 2018/, gdpr: /subject access request under Article 15 of the UK GDPR/ },
  erasure: { part3: /section 47\(1\) and \(4\) of the Data Protection Act 2018/, gdpr: /under Article 17 of the UK GDPR/ },
  rectification: { part3: /section 46 of the Data Protection Act 2018/, gdpr: /Article 16 of the UK GDPR/ },
  restriction: { part3: /section 47\(2\) to \(4\) of the Data Protection Act 2018/, gdpr: /Article 18 of the UK GDPR/ },
  objection: { part3: /does not give a right to object/, gdpr: /I object under Article 21\(1\) of the UK GDPR/ },
}

const SENDERS = {
  self: fixture('young-person'),
  parent: fixture('parent'),
  representative: fixture('advice-worker'),
} as const

const NATIONS = {
  'england-wales': { lines: ['1 Road', 'Cardiff'], postcode: 'CF10 1AA' },
  scotland: { lines: ['1 Road', 'Glasgow'], postcode: 'G1 1AA' },
  'northern-ireland': { lines: ['1 Road', 'Belfast'], postcode: 'BT1 1AA' },
}

function letterFor(sender: keyof typeof SENDERS, body: keyof typeof BODIES, type: RequestType, nation: keyof typeof NATIONS, followUpSent?: string): string {
  const base = SENDERS[sender]
  const request: Request = {
    ...base,
    dated: '2026-11-23',
    subject: { ...base.subject, address: NATIONS[nation] },
    requests: [type],
    corrections: type === 'rectification' ? 'The record says I was arrested; I was not.' : undefined,
    recipients: [BODIES[body]],
    ...(followUpSent ? { sent: undefined, followUp: { kind: 'reminder' as const, originalSentOn: followUpSent, originalSentBy: 'email' as const } } : {}),
  }
  return letterToPlainText(buildPacks(request, sources)[0]!.documents[1]!)
}

describe('the law in every combination', () => {
  for (const sender of Object.keys(SENDERS) as (keyof typeof SENDERS)[]) {
    for (const body of Object.keys(BODIES) as (keyof typeof BODIES)[]) {
      for (const nation of Object.keys(NATIONS) as (keyof typeof NATIONS)[]) {
        it(`${sender} → ${body}, living in ${nation}: each request cites its own provision under the body's regime`, () => {
          for (const type of REQUEST_TYPES) {
            const letter = letterFor(sender, body, type, nation)
            const where = `${type} to ${body}`
            if (body === 'police') {
              expect(letter, where).toMatch(CITES[type].part3)
              expect(letter, where).toContain('section 54 of the Data Protection Act 2018')
            } else {
              expect(letter, where).toMatch(CITES[type].gdpr)
              expect(letter, where).toContain('Articles 12(3) and 12A of the UK GDPR')
            }
            if (body === 'home-office') {
              if (type !== 'objection') expect(letter, where).toContain('for any data you hold for law-enforcement purposes')
              expect(letter, where).not.toContain('for other purposes')
            } else if (body !== 'police') {
              // Councils, schools and the NHS: never Part 3.
              expect(letter, where).not.toMatch(/section (4[5-8]|5[1-4]|45A|78A)\b|Part 3/)
            }
            expect(letter, where).not.toMatch(/45\(4\)\(d\)|Article 77/)
            // The Scottish presumption only ever for a parent's letter, in Scotland.
            if (!(sender === 'parent' && nation === 'scotland')) expect(letter, where).not.toContain('section 208')
          }
        })
      }
    }
  }

  for (const body of Object.keys(BODIES) as (keyof typeof BODIES)[]) {
    it(`a reminder to ${body} keeps the old time-limit rules for a request received before 5 February 2026, and the new ones after`, () => {
      const before = letterFor('self', body, 'access', 'england-wales', '2026-01-20')
      expect(before).not.toMatch(/12A|54\(3[A-D]\)/)
      expect(before).toMatch(body === 'police' ? /section 54 of the Data Protection Act 2018/ : /Article 12\(3\) of the UK GDPR/)
      const after = letterFor('self', body, 'access', 'england-wales', '2026-09-01')
      expect(after).toMatch(body === 'police' ? /section 54 of the Data Protection Act 2018/ : /Articles 12\(3\) and 12A of the UK GDPR/)
    })
  }
})
