/** Turns each entry of a request's recipient list into the body a letter goes to. */
import { bestRoutes, type Route, type RouteKind } from '../directory/routes.ts'
import type { LawKind, Nation, PostalAddress, Recipient } from '../directory/types.ts'
import type { SentBy } from '../request/constants.ts'
import { lawOfKind } from '../request/kinds.ts'
import type { RecipientEntry } from '../request/schema.ts'
import { nationOfPostcode } from '../deadlines/deadline.ts'
import { addressLines } from './phrases.ts'

export interface DirectoryLookup {
  byId(id: string): Recipient | undefined
}

export interface ResolvedRecipient {
  /** The directory id, or "manual:<slug>" for a body typed in by hand. */
  id: string
  name: string
  lawKind: LawKind
  nation: Nation
  postal?: PostalAddress
  email?: string
  webForm?: string
  /** The directory record, where there is one. */
  record?: Recipient
  /** True where the person typed any of the contact details themselves. */
  typedByPerson: boolean
  /** How this one letter goes, where the person chose it for this body. */
  sendBy?: SentBy
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'organisation'
}

/** Assumes the request was validated against the same directory: an unknown id is a programming error. */
export function resolveRecipient(entry: RecipientEntry, directory: DirectoryLookup): ResolvedRecipient {
  const id = typeof entry === 'string' ? entry : entry.id
  const record = id === undefined ? undefined : directory.byId(id)
  if (id !== undefined && !record) throw new RangeError(`Unknown recipient ${id}`)
  if (typeof entry === 'string') {
    return fromRecord(record as Recipient)
  }
  const typed = { postal: entry.address, email: entry.email, webForm: entry.webForm }
  const typedSomething = Object.values(typed).some((v) => v !== undefined)
  if (record) {
    const base = fromRecord(record)
    return {
      ...base,
      name: entry.name ?? base.name,
      postal: typed.postal ?? base.postal,
      email: typed.email ?? base.email,
      webForm: typed.webForm ?? base.webForm,
      typedByPerson: typedSomething,
      ...(entry.sendBy ? { sendBy: entry.sendBy } : {}),
    }
  }
  const name = entry.name ?? 'The organisation'
  return {
    id: `manual:${slug(name)}`,
    name,
    lawKind: lawOfKind(entry.kind ?? 'other'),
    // Its own nation's bank holidays: as the person said, or from its postcode; every nation's where neither tells.
    nation: entry.nation ?? nationOfPostcode(entry.address?.postcode),
    ...typed,
    typedByPerson: true,
    ...(entry.sendBy ? { sendBy: entry.sendBy } : {}),
  }
}

function fromRecord(record: Recipient): ResolvedRecipient {
  return {
    id: record.id,
    name: record.officialName || record.name,
    lawKind: record.lawKind,
    // The directory's UK-wide bodies (ACRO, the Home Office, Counter Terrorism Policing, British
    // Transport Police and the like) are run from England: their deadlines follow its bank holidays.
    nation: record.nation === 'uk' ? 'england' : record.nation,
    postal: record.postal,
    email: record.email,
    webForm: record.webForm,
    record,
    typedByPerson: false,
  }
}

/** Printed like every other address: a typed-in UK postcode in capitals with one space. */
export function formatPostal(postal: PostalAddress | undefined): string[] {
  return addressLines(postal)
}

/** The directory's view of a body, with anything the person typed in place of its details. */
export function asRecipient(r: ResolvedRecipient): Recipient {
  const base: Recipient = r.record ?? {
    id: r.id,
    kind: r.lawKind === 'police' ? 'police' : r.lawKind === 'home-office' ? 'prevent' : 'council',
    name: r.name,
    officialName: r.name,
    nation: r.nation,
    lawKind: r.lawKind,
    aliases: [],
    source: { checked: '' },
  }
  return { ...base, officialName: r.name, postal: r.postal, email: r.email, webForm: r.webForm }
}

const METHOD_OF_ROUTE = { 'web-form': 'online-form', email: 'email', post: 'post' } as const satisfies Record<RouteKind, SentBy>

/**
 * How this one letter goes: the person's choice for this body, else the file-wide one. Never
 * changed behind their back: a letter says only how they said they send it. Where the body has no
 * way in for that method, the cover sheet says so (see `routeForMethod`).
 */
export function methodFor(recipient: ResolvedRecipient, fileWide: SentBy | undefined): SentBy | undefined {
  return recipient.sendBy ?? fileWide
}

/** The body's best way in for a method, or undefined where we know none (by hand: its postal address). */
export function routeForMethod(recipient: ResolvedRecipient, by: SentBy, locale?: string): Route | undefined {
  const routes = bestRoutes(asRecipient(recipient), locale)
  return routes.find((route) => (by === 'hand' ? route.kind === 'post' : METHOD_OF_ROUTE[route.kind] === by))
}

/** The method that suits a body best, for a page to offer first: its best route's. */
export function bestMethod(recipient: ResolvedRecipient): SentBy | undefined {
  const first = bestRoutes(asRecipient(recipient))[0]
  return first ? METHOD_OF_ROUTE[first.kind] : undefined
}

/**
 * Where a letter is addressed: the body's request address, else its general postal address (a
 * request that reaches any part of a body is valid), and the same for email with its Data
 * Protection Officer's address.
 */
export function letterPostal(r: ResolvedRecipient): PostalAddress | undefined {
  return r.postal ?? r.record?.generalPostal
}

export function letterEmail(r: ResolvedRecipient): string | undefined {
  return r.email ?? r.record?.dpoEmail
}
