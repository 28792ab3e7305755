import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_DATA_DIR, OUTPUT_DIR, classifySite, columnSources, importDirectory, parsePostal, passSources, toJson } from '../../scripts/import-directory.ts'
import { siteDomain } from './sites.ts'
import councils from '../data/directory/councils.json'
import police from '../data/directory/police.json'
import prevent from '../data/directory/prevent.json'
import { parseCsvRecords } from './csv.ts'
import { buildDirectory, loadDirectory } from './directory.ts'
import { recipientSchema } from './schema.ts'
import type { Recipient } from './types.ts'

const records = [...police, ...councils, ...prevent] as unknown as Recipient[]
const directory = loadDirectory()
const hasSharedData = existsSync(join(DEFAULT_DATA_DIR, 'police-forces.csv'))

describe('the directory data', () => {
  it('has police and councils for every nation, and every force with an area covers councils', () => {
    for (const nation of ['england', 'wales', 'scotland', 'northern-ireland']) {
      expect(records.some((r) => r.kind === 'police' && r.nation === nation), `police in ${nation}`).toBe(true)
      expect(records.some((r) => r.kind === 'council' && r.nation === nation), `councils in ${nation}`).toBe(true)
    }
    // A force with an area (not British Transport Police, ACRO and the like) is where a council's people are policed.
    const areaForces = (police as unknown as Recipient[]).filter((p) => p.subtype === 'territorial')
    for (const force of areaForces) expect(directory.councilsFor(force.id).length, force.id).toBeGreaterThan(0)
    const policed = new Set((councils as unknown as Recipient[]).map((c) => c.policeId))
    expect([...policed].sort()).toEqual(areaForces.map((p) => p.id).sort())
  })

  it.each(records.map((r) => [r.id, r] as const))('%s passes the schema', (_id, record) => {
    const result = recipientSchema.safeParse(record)
    expect(result.success ? [] : result.error.issues).toEqual([])
  })

  it('has unique ids, sorted within each file', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length)
    for (const file of [police, councils, prevent] as unknown as Recipient[][]) {
      const ids = file.map((r) => r.id)
      expect(ids).toEqual([...ids].sort())
    }
  })

  it('gives every contact detail, fallbacks included, a source of its own', () => {
    const fields = ['webForm', 'email', 'postal', 'dpoEmail', 'generalPostal'] as const
    const missing = records.flatMap((r) => fields.filter((f) => r[f] !== undefined && !r.sources?.[f]).map((f) => `${r.id} ${f}`))
    expect(missing).toEqual([])
  })

  it('maps every council to exactly one police force that exists', () => {
    for (const c of councils as unknown as Recipient[]) {
      expect(c.policeId, c.id).toBeDefined()
      expect(directory.byId(c.policeId as string)?.kind, c.id).toBe('police')
    }
  })

  it('has exactly one row per council in the lookup, when the shared data is there', (ctx) => {
    if (!hasSharedData) ctx.skip(`${DEFAULT_DATA_DIR} is not here (CI has it beside the repository)`)
    const rows = parseCsvRecords(readFileSync(join(DEFAULT_DATA_DIR, 'council-police-area.csv'), 'utf8'))
    const perCouncil = new Map<string, number>()
    for (const row of rows) perCouncil.set(row.council_id as string, (perCouncil.get(row.council_id as string) ?? 0) + 1)
    for (const c of councils as unknown as Recipient[]) expect(perCouncil.get(c.id.slice('council:'.length)), c.id).toBe(1)
  })

  it('gives every district with a county note a county council that exists', () => {
    const withNote = (councils as unknown as Recipient[]).filter((c) => c.notes?.includes('upper-tier county council is'))
    expect(withNote.length).toBeGreaterThan(100)
    for (const d of withNote) {
      expect(d.countyId, d.id).toBeDefined()
      const county = directory.byId(d.countyId as string)
      expect(county?.subtype, d.id).toBe('county')
      expect(d.notes).toContain(`(id ${county?.id.slice('council:'.length)})`)
    }
  })

  it('keeps the mySociety names and the notes that explain the gaps', () => {
    expect(directory.byId('council:manchester')).toMatchObject({ name: 'Manchester', officialName: 'Manchester City Council', gssCode: 'E08000003' })
    expect(directory.byId('police:suffolk')?.notes).toContain('No stored Suffolk subject access page was found')
    expect(directory.byId('council:newry-mourne-and-down')?.name).toBe('Newry, Mourne and Down')
  })

  it('copies contact details without changing them', () => {
    expect(directory.byId('police:greater-manchester')).toMatchObject({
      email: 'subjectaccess@gmp.police.uk',
      dpoEmail: 'dataprotection@gmp.police.uk',
      source: { licence: expect.stringContaining('CC0') },
    })
    expect(directory.byId('police:police-scotland')?.postal).toEqual({
      lines: ['Information Disclosure', 'Police Scotland', 'Second Floor', 'Woodhill House', 'Westburn Road', 'Aberdeen'],
      postcode: 'AB16 5GB',
    })
  })
})

describe('parsePostal', () => {
  it('splits lines and a postcode at the end', () => {
    expect(parsePostal('A | B | C1 2DE')).toEqual({ lines: ['A', 'B'], postcode: 'C1 2DE' })
    expect(parsePostal('A | Antrim, BT41 2UB')).toEqual({ lines: ['A', 'Antrim'], postcode: 'BT41 2UB' })
    expect(parsePostal('A | PO Box 1 | SE1P 5LX')).toEqual({ lines: ['A', 'PO Box 1'], postcode: 'SE1P 5LX' })
  })

  it('leaves an address without a postcode alone', () => {
    expect(parsePostal('Data Protection | Civic Centre | Newcastle upon Tyne')).toEqual({ lines: ['Data Protection', 'Civic Centre', 'Newcastle upon Tyne'] })
    expect(parsePostal(undefined)).toBeUndefined()
  })
})

describe('where each detail came from', () => {
  it('takes a later pass\'s page and date for the detail it names, and skips leads', () => {
    const notes =
      'Older text. Fifth pass (1 Dec 2026): sar email from https://www.example.gov.uk/sar (undated (UK GDPR text)). Same page. ' +
      'Fifth pass (1 Dec 2026), lead only: head-office address about 2016: X | Y (https://github.com/openregister/x.csv); verify. ' +
      'Fourth pass (1 Dec 2026): main post Chief Constable | HQ | AB1 2CD from https://www.other.example/privacy. (undated)'
    const found = passSources(notes)
    expect(Object.fromEntries(found)).toEqual({
      email: { url: 'https://www.example.gov.uk/sar', checked: '2026-12-01' },
      generalPostal: { url: 'https://www.other.example/privacy', checked: '2026-12-01' },
    })
    expect(passSources('Fourth pass (1 Dec 2026), not used: email a@b.uk from https://old.example/ (DPA 1998)').size).toBe(0)
  })

  it('takes the page an earlier pass names in a sentence of its own ("sar_email … is from … https://…")', () => {
    const notes = "sar_email (third pass) is from Netpol's campaign page https://netpol.org/sar/ (one-month wording). dpo_email is the unit from the old site (http://www.force.police.uk/a?OpenDocument). sar_email from a database which cites https://force.example/"
    expect(Object.fromEntries(columnSources(notes))).toEqual({ email: 'https://netpol.org/sar/', dpoEmail: 'http://www.force.police.uk/a?OpenDocument' })
  })

  it('knows a site by the part of its name the owner holds', () => {
    expect(siteDomain('https://www.letstalk.lincolnshire.gov.uk/x')).toBe('lincolnshire.gov.uk')
    expect(siteDomain('http://www.ambervalley.gov.uk/')).toBe('ambervalley.gov.uk')
    expect(siteDomain('https://github.com/datenanfragen/data')).toBe('github.com')
    expect(siteDomain('https://www.camdenjobs.co.uk/')).toBe('camdenjobs.co.uk')
  })

  it('marks a page as the body\'s own, another body\'s, public-sector, or another site', () => {
    const gloucestershire = { id: 'police:gloucestershire', officialName: 'Gloucestershire Constabulary' } as Recipient
    const owners = { byDomain: new Map([['gloucestershire.police.uk', gloucestershire]]) }
    const acro = { id: 'police:acro', website: 'https://acro.police.uk/' }
    expect(classifySite('https://www.acro.police.uk/form', acro, owners)).toEqual({ site: 'own' })
    expect(classifySite('https://www.gloucestershire.police.uk/sar', acro, owners)).toEqual({ site: 'other', owner: 'Gloucestershire Constabulary' })
    expect(classifySite('https://archive.derbyshire.police.uk/x', acro, owners)).toEqual({ site: 'official' })
    expect(classifySite('https://netpol.org/x', acro, owners)).toEqual({ site: 'other' })
  })

  it('marks the details in the data that were found on another site', () => {
    expect(directory.byId('police:metropolitan')?.sources?.email).toMatchObject({ url: expect.stringContaining('netpol.org'), site: 'other' })
    expect(directory.byId('police:metropolitan')?.sources?.webForm?.site).toBe('own')
    expect(directory.byId('police:leicestershire')?.sources?.generalPostal).toMatchObject({ site: 'other', checked: '2026-12-01' })
    expect(directory.byId('police:acro')?.sources?.postal).toMatchObject({ site: 'other', owner: 'Gloucestershire Constabulary' })
    expect(directory.byId('council:salford')?.sources?.postal?.licence).toBeUndefined()
    expect(directory.byId('council:salford')?.sources?.email?.licence).toContain('CC0')
  })

  it('carries the fallbacks and the website with their own sources', () => {
    expect(directory.byId('council:gateshead')).toMatchObject({
      dpoEmail: 'DPOcouncil@gateshead.gov.uk',
      generalPostal: { lines: ['Data Protection Officer', 'Civic Centre', 'Regent Street', 'Gateshead'], postcode: 'NE8 1HH' },
      website: 'https://www.gateshead.gov.uk/',
      sources: { dpoEmail: { site: 'own', checked: '2026-12-01' }, generalPostal: { site: 'own' } },
    })
  })
})

describe('loadDirectory', () => {
  it('finds bodies by id and leaves pointers out of the letter list', () => {
    const letterList = records.filter((r) => !r.pointer && !r.sameAs).map((r) => r.id)
    expect(directory.all.map((r) => r.id).sort()).toEqual(letterList.sort())
    expect(directory.byId('police:greater-manchester')?.name).toBe('Greater Manchester Police')
    expect(directory.byId('nope')).toBeUndefined()
    expect(directory.byId('prevent:local-authority-channel-pmap')).toBeUndefined()
    expect(directory.pointerById('prevent:local-authority-channel-pmap')?.notes).toContain('Channel')
    expect(directory.byId('prevent:acro')?.id).toBe('police:acro')
    expect(directory.all.some((r) => r.pointer || r.sameAs)).toBe(false)
  })

  it('links councils, forces and counties', () => {
    expect(directory.policeFor('council:manchester')?.id).toBe('police:greater-manchester')
    expect(directory.policeFor('council:glasgow-city')?.id).toBe('police:police-scotland')
    expect(directory.policeFor('police:metropolitan')).toBeUndefined()
    expect(directory.councilsFor('police:greater-manchester').map((c) => c.id)).toContain('council:manchester')
    const londonBoroughs = (councils as unknown as Recipient[]).filter((c) => c.subtype === 'London borough').map((c) => c.id)
    expect(directory.councilsFor('police:metropolitan').map((c) => c.id).sort()).toEqual(londonBoroughs.sort())
    for (const c of councils as unknown as Recipient[]) expect(directory.councilsFor(c.policeId as string), c.id).toContainEqual(expect.objectContaining({ id: c.id }))
    expect(directory.countyFor('council:preston')?.id).toBe('council:lancashire')
    expect(directory.countyFor('council:manchester')).toBeUndefined()
    expect(directory.districtsFor('council:lancashire').map((c) => c.id)).toContain('council:preston')
  })

  it('is built once', () => {
    expect(loadDirectory()).toBe(directory)
  })

  it('works over any list', () => {
    const small = buildDirectory([{ id: 'police:x', kind: 'police', name: 'X', officialName: 'X Police', nation: 'uk', lawKind: 'police', aliases: [], source: { checked: '2026-11-23' } }])
    expect(small.all).toHaveLength(1)
    expect(small.councilsFor('police:x')).toEqual([])
  })
})

describe('the import', () => {
  it('rebuilds exactly the committed files from ../shared/data', (ctx) => {
    if (!hasSharedData) ctx.skip(`${DEFAULT_DATA_DIR} is not here, so the import cannot be re-run (CI has it beside the repository)`)
    const result = importDirectory(DEFAULT_DATA_DIR)
    const committed = (file: string) => readFileSync(join(OUTPUT_DIR, file), 'utf8')
    expect(toJson(result.police)).toBe(committed('police.json'))
    expect(toJson(result.councils)).toBe(committed('councils.json'))
    expect(toJson(result.prevent)).toBe(committed('prevent.json'))
    expect(toJson(result.icoActions)).toBe(committed('ico-actions.json'))
    expect(result.sourcesMd).toBe(committed('SOURCES.md'))
    expect(result.warnings).toEqual([])
  })
})
