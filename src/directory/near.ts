/**
 * The council and police force for the addresses the person already gave, so the page can offer them
 * before anyone searches. Pure and offline: it reads only the directory's own names and aliases (we
 * ship no place-name or postcode lookup), so a town that is not a council's name is simply not found.
 *
 * It would rather say nothing than guess:
 *  - a name counts only when it is the whole of a box, or of a part between commas ("Headingley,
 *    Leeds"), leaving out postcodes and words like "City of". So "Stoke Newington" is not Stoke,
 *    "Chester-le-Street" is not Chester, "New Brighton" is not Brighton, "Greater Manchester" is a
 *    force's area and not Manchester, and "12 Leeds Road" is a street;
 *  - an address naming two councils that are not district and county (say "Richmond, North
 *    Yorkshire", where Richmond is also a London borough) gives nothing;
 *  - an address outside the UK gives nothing.
 */
import type { Directory } from './directory.ts'
import { normalise } from './search.ts'
import type { Recipient } from './types.ts'

/** The parts of an address this reads; the draft's address boxes fit it. */
export interface PlaceAddress {
  line1?: string
  line2?: string
  more?: readonly string[]
  town?: string
  county?: string
  postcode?: string
  /** Absent or "" in the UK. */
  country?: string
}

export interface NearInput {
  address?: PlaceAddress
  previousAddresses?: readonly PlaceAddress[]
  /** Directory ids already chosen: never offered again, nor under another name. */
  chosen: readonly string[]
}

/**
 * One body to offer. `role`: the council for the place, the county council above it (children's
 * services), or the police force. `place`: the place as the directory names it, for "You live in
 * {place}". `when`: the address now, or one the person used to live at.
 */
export interface NearSuggestion {
  id: string
  role: 'council' | 'county' | 'force'
  place: string
  when: 'now' | 'before'
}

type NearDirectory = Pick<Directory, 'all' | 'byId' | 'policeFor' | 'countyFor'>

/** Words before a council's own name that say what kind of council ("City of", "London Borough of"). */
const LEADING = new Set(['the', 'city', 'county', 'royal', 'borough', 'london', 'metropolitan', 'district', 'council', 'of', 'police', 'service'])
/** Words after it ("Council", "City Council", "Constabulary"). */
const TRAILING = new Set(['council', 'city', 'county', 'borough', 'district', 'corporation', 'police', 'constabulary', 'service'])
/** Names too broad to place anyone: "London" is 33 councils, not the City of London. */
const TOO_BROAD = new Set(['london', 'city'])

interface Place {
  kind: 'council' | 'force'
  id: string
  label: string
}

/** The key without the kind words around it: "London Borough of Hackney" → "hackney". */
function bare(normalised: string): string {
  const words = normalised.split(' ')
  let start = 0
  let end = words.length
  while (start < end && LEADING.has(words[start] as string)) start += 1
  while (end > start && TRAILING.has(words[end - 1] as string)) end -= 1
  return words.slice(start, end).join(' ')
}

/** Every phrase that names a place: a council's names and aliases, and a territorial force's area. */
function buildIndex(directory: NearDirectory): { phrases: Map<string, Place[]> } {
  const phrases = new Map<string, Place[]>()
  const add = (phrase: string, place: Place) => {
    if (phrase === '' || TOO_BROAD.has(phrase) || /^\d/.test(phrase)) return
    const list = phrases.get(phrase) ?? []
    if (!list.some((p) => p.kind === place.kind && p.id === place.id)) list.push(place)
    phrases.set(phrase, list)
  }
  for (const r of directory.all) {
    if (r.kind === 'council') {
      for (const name of [r.name, r.officialName, ...r.aliases]) {
        const n = normalise(name)
        // An alias made of capitals ("RCT", "MK") is an abbreviation, not how an address names a place.
        if (name === name.toUpperCase() && !/\s/.test(name.trim())) continue
        const label = name === r.officialName && r.officialName !== r.name ? r.name : name
        add(n, { kind: 'council', id: r.id, label })
        add(bare(n), { kind: 'council', id: r.id, label: bare(n) === normalise(r.name) || n === bare(n) ? label : r.name })
      }
    } else if (r.kind === 'police' && r.subtype === 'territorial') {
      const area = bare(normalise(r.name))
      add(area, { kind: 'force', id: r.id, label: areaLabel(r) })
    }
  }
  return { phrases }
}

/** "Greater Manchester Police" → "Greater Manchester"; "Police Scotland" → "Scotland". */
function areaLabel(r: Recipient): string {
  const words = r.name.split(/\s+/)
  let start = 0
  let end = words.length
  while (start < end && LEADING.has(normalise(words[start] as string))) start += 1
  while (end > start && TRAILING.has(normalise(words[end - 1] as string))) end -= 1
  return words.slice(start, end).join(' ')
}

/** The places named in one box: each part between commas that is, as a whole, a place's name. */
function placesIn(text: string | undefined, index: ReturnType<typeof buildIndex>): Place[][] {
  const found: Place[][] = []
  for (const part of (text ?? '').split(/[,;\n]/)) {
    // A postcode (or a house number) beside the town is not part of its name: "Leeds LS6 2AB".
    const words = normalise(part).split(' ').filter((w) => w !== '' && !/\d/.test(w))
    const phrase = words.join(' ')
    const places = index.phrases.get(phrase) ?? index.phrases.get(bare(phrase))
    if (places) found.push(places)
  }
  return found
}

type Resolved = { council?: Recipient; force?: Recipient; place: string } | undefined

/** The one council (and force) an address names, or undefined when it names none or is unclear. */
function resolve(address: PlaceAddress, index: ReturnType<typeof buildIndex>, directory: NearDirectory): Resolved {
  if (address.country !== undefined && address.country.trim() !== '' && address.country.trim().toUpperCase() !== 'GB') return undefined
  const found = [address.town, address.county, ...(address.more ?? []), address.line2, address.line1].flatMap((box) => placesIn(box, index))
  if (found.length === 0) return undefined

  const councils = new Map<string, { record: Recipient; label: string }>()
  const forces = new Map<string, { record: Recipient; label: string }>()
  for (const places of found) {
    const councilsHere = places.filter((p) => p.kind === 'council')
    // One phrase naming two councils (a shared alias) is unclear.
    if (new Set(councilsHere.map((p) => p.id)).size > 1) return undefined
    for (const p of places) {
      const record = directory.byId(p.id)
      if (!record) continue
      const into = p.kind === 'council' ? councils : forces
      if (!into.has(record.id)) into.set(record.id, { record, label: p.label })
    }
  }
  // A district named with its county ("Preston, Lancashire") is the district.
  for (const { record } of [...councils.values()]) {
    const county = directory.countyFor(record.id)
    if (county && councils.has(county.id)) councils.delete(county.id)
  }
  if (councils.size > 1) return undefined
  const [council] = councils.values()
  if (council) {
    const force = directory.policeFor(council.record.id)
    if ([...forces.keys()].some((id) => id !== force?.id)) return undefined
    return { council: council.record, force, place: council.label }
  }
  if (forces.size !== 1) return undefined
  const [force] = forces.values()
  return force ? { force: force.record, place: force.label } : undefined
}

/** Ids that are one organisation listed twice (Police Scotland, as a force and for its Prevent panels): same official name. */
export function sameOrganisation(directory: Pick<Directory, 'all'>): Map<string, string[]> {
  const byName = new Map<string, string[]>()
  for (const r of directory.all) {
    const key = normalise(r.officialName || r.name)
    byName.set(key, [...(byName.get(key) ?? []), r.id])
  }
  const out = new Map<string, string[]>()
  for (const ids of byName.values()) if (ids.length > 1) for (const id of ids) out.set(id, ids)
  return out
}

/**
 * Bodies easily mistaken for each other: one's official name is the start of another's ("Home
 * Office" and "Home Office Subject Access Request Unit"), or they share it. Each needs a line saying
 * what it holds.
 */
export function lookAlikes(directory: Pick<Directory, 'all'>): Set<string> {
  const names = directory.all.map((r) => ({ id: r.id, words: normalise(r.officialName || r.name).split(' ') }))
  const startsWith = (long: string[], short: string[]) => short.length <= long.length && short.every((w, i) => long[i] === w)
  const out = new Set<string>()
  for (const a of names) {
    for (const b of names) {
      if (a.id !== b.id && startsWith(b.words, a.words)) {
        out.add(a.id)
        out.add(b.id)
      }
    }
  }
  return out
}

let cachedIndex: { directory: NearDirectory; index: ReturnType<typeof buildIndex> } | undefined

function indexFor(directory: NearDirectory): ReturnType<typeof buildIndex> {
  if (cachedIndex?.directory !== directory) cachedIndex = { directory, index: buildIndex(directory) }
  return cachedIndex.index
}

/**
 * The council, county council and police force for each address, the address now first. Nothing
 * chosen already (nor the same organisation under another id), each body once, with its first reason.
 */
export function suggestNear(input: NearInput, directory: NearDirectory & Pick<Directory, 'all'>): NearSuggestion[] {
  const index = indexFor(directory)
  const same = sameOrganisation(directory)
  const taken = new Set<string>()
  const take = (id: string) => {
    const record = directory.byId(id)
    for (const each of [id, ...(record ? [record.id] : []), ...(same.get(record?.id ?? id) ?? [])]) taken.add(each)
  }
  for (const id of input.chosen) take(id)

  const out: NearSuggestion[] = []
  const offer = (record: Recipient | undefined, role: NearSuggestion['role'], place: string, when: NearSuggestion['when']) => {
    if (!record || taken.has(record.id)) return
    take(record.id)
    out.push({ id: record.id, role, place, when })
  }
  const addresses = [
    ...(input.address ? [{ address: input.address, when: 'now' as const }] : []),
    ...(input.previousAddresses ?? []).map((address) => ({ address, when: 'before' as const })),
  ]
  for (const { address, when } of addresses) {
    const found = resolve(address, index, directory)
    if (!found) continue
    if (found.council) {
      offer(found.council, 'council', found.place, when)
      offer(directory.countyFor(found.council.id), 'county', found.place, when)
    }
    offer(found.force, 'force', found.place, when)
  }
  return out
}

/** The addresses among these whose postcode is in this postcode district ("LS6") or is this postcode. */
export function addressesWithPostcode<T extends PlaceAddress>(addresses: readonly T[], postcode: { district: string; full?: string }): T[] {
  return addresses.filter((a) => {
    const own = parsePostcode(a.postcode ?? '')
    if (!own) return false
    return postcode.full ? own.full === postcode.full || (own.full === undefined && own.district === postcode.district) : own.district === postcode.district
  })
}

/**
 * A UK postcode or postcode district as typed ("ls6", "LS6 2AB", "ls62ab"), upper-cased, or
 * undefined. `area` is its letters ("LS"), `district` its first half ("LS6").
 */
export function parsePostcode(text: string): { area: string; district: string; full?: string } | undefined {
  const compact = text.replace(/\s+/g, '').toUpperCase()
  const match = /^([A-Z]{1,2})(\d[A-Z\d]?)(\d[A-Z]{2})?$/.exec(compact)
  if (!match) return undefined
  const [, area = '', rest = '', inward] = match
  // "LS62AB" has no space: the inward part is always the last three characters.
  const district = `${area}${rest}`
  return inward ? { area, district, full: `${district} ${inward}` } : { area, district }
}

/** Every postcode in the BT area is in Northern Ireland, which has one police force. */
const WHOLE_NATION_AREAS: Record<string, string> = { BT: 'police:psni' }

export interface PostcodePlace {
  /** The postcode or district as typed, tidied ("LS6", "LS6 2AB"). */
  postcode: string
  /**
   * The bodies for it; empty when we cannot place it. `when` is "postcode" for a body found from the
   * postcode's area alone, and then `place` is that area ("BT").
   */
  suggestions: (Omit<NearSuggestion, 'when'> & { when: NearSuggestion['when'] | 'postcode' })[]
}

/**
 * What a postcode typed in the search box can tell us without a postcode lookup: the bodies for the
 * person's own address with that postcode (or district), or the force for an area that is all one
 * nation. Bodies already chosen are kept, for the page to show as added. Undefined when the query is
 * not a postcode.
 */
export function placePostcode(query: string, input: Omit<NearInput, 'chosen'>, directory: NearDirectory): PostcodePlace | undefined {
  const postcode = parsePostcode(query.trim())
  if (!postcode) return undefined
  const tidy = postcode.full ?? postcode.district
  const now = input.address ? addressesWithPostcode([input.address], postcode) : []
  const before = addressesWithPostcode(input.previousAddresses ?? [], postcode)
  const suggestions: PostcodePlace['suggestions'] = suggestNear({ address: now[0], previousAddresses: before, chosen: [] }, directory)
  const whole = WHOLE_NATION_AREAS[postcode.area]
  const force = whole ? directory.byId(whole) : undefined
  if (force && !suggestions.some((s) => s.id === force.id)) suggestions.push({ id: force.id, role: 'force', place: postcode.area, when: 'postcode' })
  return { postcode: tidy, suggestions }
}
