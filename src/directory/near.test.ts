import { describe, expect, it } from 'vitest'
import english from '../content/ui.en-GB.json'
import { loadDirectory } from './directory.ts'
import { lookAlikes, parsePostcode, placePostcode, sameOrganisation, suggestNear, type PlaceAddress } from './near.ts'

const directory = loadDirectory()
const at = (town: string, rest: Partial<PlaceAddress> = {}): PlaceAddress => ({ line1: '1 High Street', line2: '', town, county: '', postcode: '', ...rest })
const near = (address: PlaceAddress | undefined, previousAddresses: PlaceAddress[] = [], chosen: string[] = []) =>
  suggestNear({ address, previousAddresses, chosen }, directory)
const ids = (...args: Parameters<typeof near>) => near(...args).map((s) => s.id)

describe('suggestNear', () => {
  it('offers the council and its police force for the town, with the place to say why', () => {
    expect(near(at('Leeds'))).toEqual([
      { id: 'council:leeds', role: 'council', place: 'Leeds', when: 'now' },
      { id: 'police:west-yorkshire', role: 'force', place: 'Leeds', when: 'now' },
    ])
  })

  it('brings the county council with a district', () => {
    expect(near(at('Preston', { county: 'Lancashire' })).map((s) => [s.id, s.role])).toEqual([
      ['council:preston', 'council'], ['council:lancashire', 'county'], ['police:lancashire', 'force'],
    ])
  })

  it('reads names with kind words, aliases and the Welsh name', () => {
    expect(ids(at('Hull'))[0]).toBe('council:kingston-upon-hull')
    expect(ids(at('Caerdydd'))).toEqual(['council:cardiff', 'police:south-wales'])
    expect(ids(at('Hackney', { county: 'London' }))).toEqual(['council:hackney', 'police:metropolitan'])
    expect(ids(at('London', { line2: 'Chelsea' }))).toEqual(['council:kensington-and-chelsea', 'police:metropolitan'])
    expect(ids(at('', { county: 'Isle of Wight' }))).toEqual(['council:isle-of-wight', 'police:hampshire'])
  })

  it('finds a place that is a whole part of a box, never part of a longer name', () => {
    expect(ids(at('Headingley, Leeds'))[0]).toBe('council:leeds')
    expect(ids(at('LEEDS'))[0]).toBe('council:leeds')
    expect(ids(at('Leeds LS6 2AB'))[0]).toBe('council:leeds')
    expect(ids(at('City of Leeds'))[0]).toBe('council:leeds')
    // Stoke Newington is in Hackney, Chester-le-Street in County Durham, New Brighton on the Wirral.
    expect(ids(at('London', { line2: 'Stoke Newington' }))).toEqual([])
    expect(ids(at('Chester-le-Street'))).toEqual([])
    expect(ids(at('New Brighton'))).toEqual([])
    expect(ids(at('Moss Side Manchester'))).toEqual([])
    // "Lee" is not Leeds, and "Leedsville" is not Leeds.
    expect(ids(at('Leedsville'))).toEqual([])
    expect(ids(at('Lee'))).toEqual([])
  })

  it('reads the other lines too, but never a street or building name', () => {
    expect(ids({ line1: '7 Park Terrace', line2: 'Manchester', town: '', county: '', postcode: '' })[0]).toBe('council:manchester')
    expect(ids(at('Pudsey', { line1: '12 Leeds Road' }))).toEqual([])
    expect(ids({ line1: '12 Leeds Road', line2: '', town: '', county: '', postcode: '' })).toEqual([])
    expect(ids(at('Salford', { line1: '3 Manchester Road' }))).toEqual(['council:salford', 'police:greater-manchester'])
  })

  it('takes a force area that is not a council as the force alone', () => {
    expect(near(at('', { county: 'Greater Manchester' }))).toEqual([{ id: 'police:greater-manchester', role: 'force', place: 'Greater Manchester', when: 'now' }])
    // Greater Manchester is not Manchester: with Salford it is Salford's force, not two councils.
    expect(ids(at('Salford', { county: 'Greater Manchester' }))).toEqual(['council:salford', 'police:greater-manchester'])
  })

  it('says nothing when the address is unclear or names nothing', () => {
    // Richmond is a London borough, and also a town in North Yorkshire.
    expect(ids(at('Richmond', { county: 'North Yorkshire' }))).toEqual([])
    // Newport is a Welsh council, and also the main town of the Isle of Wight.
    expect(ids(at('Newport', { line2: 'Isle of Wight' }))).toEqual([])
    expect(ids(at('Leeds', { line2: 'Flat 2, Bradford House' }))[0]).toBe('council:leeds')
    // A London borough with a force area that is not its own.
    expect(ids(at('Hackney', { county: 'West Yorkshire' }))).toEqual([])
    expect(ids(at('London'))).toEqual([])
    expect(ids(at('Smalltown'))).toEqual([])
    expect(ids(undefined)).toEqual([])
    expect(ids(at('Leeds', { country: 'IE' }))).toEqual([])
    expect(ids(at('Leeds', { country: 'GB' }))[0]).toBe('council:leeds')
  })

  it('adds previous addresses after the one now, saying they are past', () => {
    const s = near(at('Leeds'), [at('Cardiff'), at('Leeds')])
    expect(s.map((x) => [x.id, x.when])).toEqual([
      ['council:leeds', 'now'], ['police:west-yorkshire', 'now'], ['council:cardiff', 'before'], ['police:south-wales', 'before'],
    ])
  })

  it('never offers what is chosen, nor the same force under another name', () => {
    expect(ids(at('Leeds'), [], ['council:leeds'])).toEqual(['police:west-yorkshire'])
    expect(ids(at('Glasgow'), [], ['prevent:police-scotland-pmap'])).toEqual(['council:glasgow-city'])
    expect(ids(at('Glasgow'), [], ['police:police-scotland'])).toEqual(['council:glasgow-city'])
  })
})

describe('look-alikes', () => {
  it('knows Police Scotland is one organisation listed twice, and nothing else is', () => {
    const same = sameOrganisation(directory)
    expect([...same.keys()].sort()).toEqual(['police:police-scotland', 'prevent:police-scotland-pmap'])
  })

  it('has a line saying what each look-alike holds, so the person can tell them apart', () => {
    const missing = [...lookAlikes(directory)].filter((id) => !Object.hasOwn(english, `recipients.holds.${id}`))
    expect(missing).toEqual([])
  })

  it('finds bodies easily mistaken for each other', () => {
    expect([...lookAlikes(directory)].sort()).toEqual([
      'police:police-scotland', 'prevent:home-office-prevent', 'prevent:home-office-saru', 'prevent:police-scotland-pmap',
    ])
  })
})

describe('postcodes', () => {
  it('reads a postcode or district however it is typed', () => {
    expect(parsePostcode('ls6')).toEqual({ area: 'LS', district: 'LS6' })
    expect(parsePostcode('LS6 2AB')).toEqual({ area: 'LS', district: 'LS6', full: 'LS6 2AB' })
    expect(parsePostcode('ls62ab')).toEqual({ area: 'LS', district: 'LS6', full: 'LS6 2AB' })
    expect(parsePostcode('EC1A 1BB')).toEqual({ area: 'EC', district: 'EC1A', full: 'EC1A 1BB' })
    expect(parsePostcode('M1')).toEqual({ area: 'M', district: 'M1' })
    expect(parsePostcode('NHS')).toBeUndefined()
    expect(parsePostcode('Leeds')).toBeUndefined()
  })

  it("places a postcode from the person's own address, and says nothing for one we cannot place", () => {
    const address = at('Leeds', { postcode: 'LS6 2AB' })
    expect(placePostcode('LS6', { address }, directory)?.suggestions.map((s) => s.id)).toEqual(['council:leeds', 'police:west-yorkshire'])
    expect(placePostcode('ls6 2ab', { address }, directory)?.postcode).toBe('LS6 2AB')
    expect(placePostcode('LS6 9ZZ', { address }, directory)?.suggestions).toEqual([])
    expect(placePostcode('LS7', { address }, directory)).toEqual({ postcode: 'LS7', suggestions: [] })
    expect(placePostcode('CF10', { address, previousAddresses: [at('Cardiff', { postcode: 'CF10 1AA' })] }, directory)?.suggestions.map((s) => [s.id, s.when])).toEqual([
      ['council:cardiff', 'before'], ['police:south-wales', 'before'],
    ])
    expect(placePostcode('Leeds', { address }, directory)).toBeUndefined()
  })

  it('places any BT postcode in Northern Ireland, and keeps bodies already chosen for the page to mark', () => {
    expect(placePostcode('BT1', {}, directory)?.suggestions).toEqual([{ id: 'police:psni', role: 'force', place: 'BT', when: 'postcode' }])
  })
})
