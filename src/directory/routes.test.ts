import { describe, expect, it } from 'vitest'
import { loadDirectory } from './directory.ts'
import { bestRoutes, identityAdvice, noRouteAdvice } from './routes.ts'
import type { Recipient } from './types.ts'

const directory = loadDirectory()
const body = (id: string) => directory.byId(id) as Recipient

describe('bestRoutes', () => {
  it('puts the web form first, then email, then post', () => {
    expect(bestRoutes(body('council:leeds')).map((r) => r.kind)).toEqual(['web-form', 'email', 'post'])
    expect(bestRoutes(body('police:acro'))).toEqual([
      { kind: 'web-form', value: 'https://acro.police.uk/Subject-Access-Online', label: 'Online form' },
      { kind: 'post', value: 'ACRO (SAO), PO Box 623, Fareham, Hampshire, PO14 9HR', label: 'Post' },
    ])
  })

  it('offers a DPO email only when there is nothing else', () => {
    expect(bestRoutes(body('police:greater-manchester'))).toEqual([{ kind: 'email', value: 'subjectaccess@gmp.police.uk', label: 'Email' }])
    const dpoOnly: Recipient = { ...body('police:greater-manchester'), email: undefined }
    expect(bestRoutes(dpoOnly)).toEqual([{ kind: 'email', value: 'dataprotection@gmp.police.uk', label: 'Email (data protection officer)' }])
  })

  it('gives nothing for a body with no route', () => {
    expect(bestRoutes(body('police:suffolk'))).toEqual([])
  })
})

describe('identityAdvice', () => {
  it('says what particular bodies ask for', () => {
    expect(identityAdvice(body('police:metropolitan'))).toContain('full name, date of birth and current address')
    expect(identityAdvice(body('police:police-scotland'))).toContain('two official documents')
    expect(identityAdvice(body('police:acro'))).toMatch(/driving licence, passport or national identity card.*10 years/)
    expect(identityAdvice(body('council:manchester'))).toContain('one photo ID')
    expect(identityAdvice(body('prevent:home-office-prevent'))).toContain('Home Office')
  })

  it('always gives whole sentences', () => {
    for (const r of directory.all) expect(identityAdvice(r)).toMatch(/^[A-Z].*\.$/)
    expect(identityAdvice({ ...body('council:manchester'), id: 'manual:school', lawKind: 'school' })).toMatch(/proof of who you are/)
  })
})

describe('noRouteAdvice', () => {
  it('says plainly that we have no checked address, and where to look', () => {
    const advice = noRouteAdvice(body('police:avon-and-somerset'))
    expect(advice).toMatch(/^We have no checked address for Avon and Somerset Police\. /)
    expect(advice).toContain('https://avonandsomerset.police.uk/services/access-to-your-personal-information')
    expect(advice).toContain("'subject access request'")
  })

  it('never sends people to a third-party copy of a page', () => {
    expect(noRouteAdvice(body('police:city-of-london'))).not.toContain('docslib')
    expect(noRouteAdvice(body('prevent:home-office-prevent'))).not.toContain('totalwrapture')
  })

  it('points Counter Terrorism Policing requests to the Met', () => {
    expect(noRouteAdvice(body('prevent:counter-terrorism-policing'))).toContain('Metropolitan Police')
  })

  it('is empty where there is a route', () => {
    expect(noRouteAdvice(body('council:leeds'))).toBe('')
  })
})
