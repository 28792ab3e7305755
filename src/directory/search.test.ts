import { describe, expect, it } from 'vitest'
import { loadDirectory } from './directory.ts'
import { core, createSearch, normalise } from './search.ts'

const search = createSearch(loadDirectory())
const ids = (query: string, limit?: number) => search(query, limit).map((r) => r.id)

describe('normalise', () => {
  it('ignores case, accents, "&" and "St"', () => {
    expect(normalise('Ynys Môn')).toBe('ynys mon')
    expect(normalise('Brighton & Hove')).toBe('brighton and hove')
    expect(normalise('St. Helens')).toBe('saint helens')
    expect(normalise('  Stoke-on-Trent ')).toBe('stoke on trent')
    expect(normalise("King's Lynn")).toBe('kings lynn')
  })

  it('has a core form without kind words', () => {
    expect(core(normalise('Cardiff City Council'))).toBe('cardiff')
    // "City of" names a place of its own: the City of London is not London.
    expect(core(normalise('The City of London Police'))).toBe('city london')
    expect(core(normalise('Greater Manchester Police'))).toBe('greater manchester')
    expect(core(normalise('Metropolitan Police Service'))).toBe('')
  })
})

describe('search', () => {
  it.each([
    ['gmp', 'police:greater-manchester'],
    ['GMP', 'police:greater-manchester'],
    ['the met', 'police:metropolitan'],
    ['Met Police', 'police:metropolitan'],
    ['scotland yard', 'police:metropolitan'],
    ['glasgow', 'council:glasgow-city'],
    ['cardiff', 'council:cardiff'],
    ['Cardiff Council', 'council:cardiff'],
    ['tower hamlets', 'council:tower-hamlets'],
    ['brum', 'council:birmingham'],
    ['police scotland', 'police:police-scotland'],
    ['manchestr', 'council:manchester'],
    ['manchester', 'council:manchester'],
    ['st helens', 'council:st-helens'],
    ['saint helens', 'council:st-helens'],
    ['St. Helens', 'council:st-helens'],
    ['Ynys Môn', 'council:isle-of-anglesey'],
    ['ynys mon', 'council:isle-of-anglesey'],
    ['brighton & hove', 'council:brighton-and-hove'],
    ['brighton and hove', 'council:brighton-and-hove'],
    ['cardiff police', 'police:south-wales'],
    ['south wales police', 'police:south-wales'],
    ['psni', 'police:psni'],
    ['acro', 'police:acro'],
    ['prevent', 'prevent:home-office-prevent'],
    ['tower ham', 'council:tower-hamlets'],
    ['birmingam', 'council:birmingham'],
    ['telford & wrekin', 'council:telford-and-wrekin'],
    ['hammersmith and fulham', 'council:hammersmith-and-fulham'],
  ])('"%s" offers %s first', (query, id) => {
    expect(ids(query)[0]).toBe(id)
  })

  it('offers the force that covers a council just behind it', () => {
    expect(ids('cardiff').slice(0, 2)).toEqual(['council:cardiff', 'police:south-wales'])
    expect(ids('manchester').slice(0, 2)).toEqual(['council:manchester', 'police:greater-manchester'])
  })

  it('lets the kind words rank', () => {
    expect(ids('cardiff council')[0]).toBe('council:cardiff')
    expect(ids('cardiff police')).toEqual(expect.arrayContaining(['police:south-wales', 'council:cardiff']))
    expect(ids('durham police')[0]).toBe('police:durham')
    expect(ids('durham council')[0]).toBe('council:county-durham')
  })

  it('offers a district and its county', () => {
    expect(ids('preston')).toEqual(expect.arrayContaining(['council:preston', 'council:lancashire', 'police:lancashire']))
  })

  it('never offers pointers or duplicates as letter recipients', () => {
    expect(ids('channel panel')).not.toContain('prevent:local-authority-channel-pmap')
    expect(ids('ACRO Criminal Records Office')).not.toContain('prevent:acro')
    expect(search.notes('channel panel').map((r) => r.id)).toEqual(['prevent:local-authority-channel-pmap'])
    expect(search.notes('gmp')).toEqual([])
  })

  it('respects the limit and gives nothing for nothing', () => {
    expect(search('london', 3)).toHaveLength(3)
    expect(search('london').length).toBeLessThanOrEqual(8)
    expect(search('')).toEqual([])
    expect(search('   ')).toEqual([])
    expect(search('&')).toEqual([])
  })

  it('does not offer noise for short queries', () => {
    expect(ids('gmp')).toEqual(['police:greater-manchester'])
    expect(ids('zz')).toEqual([])
  })
})

describe('everyday queries', () => {
  it.each([
    ['police in Birmingham', 'police:west-midlands'],
    ['Police in birmingham', 'police:west-midlands'],
    ['Leeds council', 'council:leeds'],
    ['my local council leeds', 'council:leeds'],
    ['Hackney police', 'police:metropolitan'],
    ['police in Hackney', 'police:metropolitan'],
    ['police for hackney', 'police:metropolitan'],
    ['cops in hackney', 'police:metropolitan'],
    ['Southwark police', 'police:metropolitan'],
    ['Salford police', 'police:greater-manchester'],
    ['council in cardiff', 'council:cardiff'],
    ['heddlu caerdydd', 'police:south-wales'],
    // The Met polices London; the City of London Police, its square mile.
    ['police in London', 'police:metropolitan'],
    ['London police', 'police:metropolitan'],
    ['City of London police', 'police:city-of-london'],
    ['city police', 'police:city-of-london'],
    ['council in the City of London', 'council:city-of-london'],
    ['The City of Cardiff Council', 'council:cardiff'],
    ['edinburgh council', 'council:city-of-edinburgh'],
  ])('"%s" offers %s first', (query, id) => {
    expect(ids(query)[0]).toBe(id)
  })

  it('offers only the Met among forces for "Hackney police"', () => {
    const forces = search('Hackney police').filter((r) => r.kind === 'police')
    expect(forces.map((r) => r.id)).toEqual(['police:metropolitan'])
  })
})
