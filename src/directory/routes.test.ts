import { describe, expect, it } from 'vitest'
import { loadDirectory } from './directory.ts'
import { bestRoutes, identityAdvice, noRouteAdvice, noRouteHelp } from './routes.ts'
import type { Recipient } from './types.ts'

const directory = loadDirectory()
const body = (id: string) => directory.byId(id) as Recipient
const seen = { url: 'https://www.example.gov.uk/privacy', checked: '2026-12-01', site: 'own' as const }
const made = (extra: Partial<Recipient>): Recipient => ({
  id: 'council:example',
  kind: 'council',
  name: 'Example',
  officialName: 'Example Council',
  nation: 'england',
  lawKind: 'council',
  aliases: [],
  source: { checked: '2026-11-23' },
  ...extra,
})

describe('bestRoutes', () => {
  it('puts the web form first, then email, then post', () => {
    expect(bestRoutes(body('council:leeds')).map((r) => r.kind)).toEqual(['web-form', 'email', 'post'])
    expect(bestRoutes(body('police:acro'))).toEqual([
      { kind: 'web-form', value: 'https://acro.police.uk/Subject-Access-Online', label: 'Online form', field: 'webForm' },
      { kind: 'post', value: 'ACRO (SAO), PO Box 623, Fareham, Hampshire, PO14 9HR', label: 'Post', field: 'postal' },
    ])
  })

  it('offers a Data Protection Officer email only when there is no request email', () => {
    expect(bestRoutes(body('police:greater-manchester'))).toEqual([{ kind: 'email', value: 'subjectaccess@gmp.police.uk', label: 'Email', field: 'email' }])
    const dpoOnly: Recipient = { ...body('police:greater-manchester'), email: undefined }
    expect(bestRoutes(dpoOnly)).toEqual([
      expect.objectContaining({ kind: 'email', value: 'dataprotection@gmp.police.uk', label: 'Email their Data Protection Officer', field: 'dpoEmail', fallback: 'dpo' }),
    ])
  })

  it('labels a fallback as what it is, and says a request sent there is valid', () => {
    const routes = bestRoutes(body('council:gateshead'))
    expect(routes.map((r) => [r.label, r.fallback])).toEqual([
      ['Email their Data Protection Officer', 'dpo'],
      ['Post to their Data Protection Officer', 'dpo'],
    ])
    for (const r of routes) expect(r.note).toMatch(/not their usual address for requests, but a request sent here is valid\. Their own form may be quicker/i)
  })

  it('never labels a request route as a fallback', () => {
    for (const r of directory.all) {
      for (const route of bestRoutes(r)) {
        const isFallback = route.field === 'dpoEmail' || route.field === 'generalPostal'
        expect(route.fallback !== undefined, `${r.id} ${route.field}`).toBe(isFallback)
        expect(route.note !== undefined, `${r.id} ${route.field}`).toBe(isFallback)
      }
    }
  })

  it('offers a general postal address only when there is no request postal address', () => {
    const both = made({ postal: { lines: ['Data Team'], postcode: 'EX1 1AA' }, generalPostal: { lines: ['Town Hall'], postcode: 'EX1 1AB' }, sources: { postal: seen, generalPostal: seen } })
    expect(bestRoutes(both).map((r) => r.field)).toEqual(['postal'])
    const onlyGeneral = made({ webForm: 'https://example.gov.uk/form', generalPostal: { lines: ['Town Hall'], postcode: 'EX1 1AB' } })
    expect(bestRoutes(onlyGeneral).map((r) => r.field)).toEqual(['webForm', 'generalPostal'])
  })

  it('calls a general postal address by whose desk it reaches', () => {
    const label = (lines: string[]) => bestRoutes(made({ generalPostal: { lines } }))[0]?.label
    expect(label(['FAO: Data Protection Officer', 'County Offices'])).toBe('Post to their Data Protection Officer')
    expect(label(['Information Governance Office', 'West Offices'])).toBe('Post to their information team')
    expect(label(['Chief Constable', 'Police HQ'])).toBe('Post to their main office')
    expect(bestRoutes(made({ generalPostal: { lines: ['Chief Constable'] } }))[0]?.note).toMatch(/^Their main office, not their usual address for requests\. A request sent here is valid/)
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
    expect(identityAdvice({ ...body('council:manchester'), id: 'manual:school', lawKind: 'school' })).toMatch(/passport or driving licence/)
  })

  // Issue 8 §3: the cover sheet lists whose proof to send (yours, your child's or your client's) and
  // then gave advice about "your" documents that "they may ask for": for a parent or an advice worker
  // that contradicted the list, and "may ask" contradicted "send it now".
  it('does not contradict the list of what to send: it never says whose documents, nor that they may only ask later', () => {
    const kinds: Recipient['lawKind'][] = ['police', 'council', 'home-office', 'school', 'nhs', 'other']
    const advice = [...directory.all.map((r) => identityAdvice(r)), ...kinds.map((lawKind) => identityAdvice({ ...body('council:manchester'), id: 'manual:x', lawKind }))]
    for (const text of advice) {
      expect(text).not.toMatch(/\byour\b|\byou\b/i)
      expect(text).not.toMatch(/may ask for proof/i)
    }
  })

  it('never says a body needs its own form instead of a letter', () => {
    expect(identityAdvice(body('council:birmingham'))).toMatch(/a letter like yours is valid without it/)
    for (const r of directory.all) expect(identityAdvice(r)).not.toMatch(/asks for its (own )?request form with/i)
  })
})

describe('noRouteAdvice', () => {
  it('says plainly that we have no checked address, and where to look', () => {
    const advice = noRouteAdvice(body('police:avon-and-somerset'))
    expect(advice).toMatch(/^We have no checked address for Avon and Somerset Police\. /)
    expect(advice).toContain('https://avonandsomerset.police.uk/services/access-to-your-personal-information')
    expect(advice).toContain("'subject access request'")
  })

  it('links the body\'s own website, with the advice to search it for "subject access request"', () => {
    const help = noRouteHelp(body('council:adur'))
    const website = help.find((s) => s.link?.url === 'https://www.adur-worthing.gov.uk/')
    expect(website).toEqual({ text: expect.stringContaining("{link}, and search it for 'subject access request'"), link: { url: 'https://www.adur-worthing.gov.uk/', label: 'adur-worthing.gov.uk', follow: true } })
    expect(noRouteAdvice(body('council:adur'))).toContain("Go to their website, adur-worthing.gov.uk, and search it for 'subject access request'.")
  })

  it('without a website, still says to search their site', () => {
    expect(noRouteAdvice(body('police:suffolk'))).toMatch(/Search their website for 'subject access request'/)
  })

  it('never sends people to a third-party copy of a page', () => {
    expect(noRouteAdvice(body('police:city-of-london'))).not.toContain('docslib')
    expect(noRouteAdvice(body('prevent:home-office-prevent'))).not.toContain('totalwrapture')
    for (const r of directory.all) {
      for (const s of noRouteHelp(r)) if (s.link) expect(s.link.follow, r.id).toBe(true)
    }
  })

  it('points Counter Terrorism Policing requests to the Met', () => {
    expect(noRouteAdvice(body('prevent:counter-terrorism-policing'))).toContain('Metropolitan Police')
  })

  it('is empty where there is a route, a fallback included', () => {
    expect(noRouteAdvice(body('council:leeds'))).toBe('')
    expect(noRouteAdvice(body('council:manchester'))).toBe('')
  })
})
