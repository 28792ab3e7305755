/** Turns each entry of a request's recipient list into the body a letter goes to. */
import type { LawKind, Nation, PostalAddress, Recipient } from '../directory/types.ts'
import type { ManualRecipientKind, SentBy } from '../request/constants.ts'
import type { RecipientEntry } from '../request/schema.ts'
import { nationOfPostcode } from '../deadlines/deadline.ts'

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

const MANUAL_LAW_KIND: Record<ManualRecipientKind, LawKind> = {
  police: 'police',
  council: 'council',
  prevent: 'home-office',
  school: 'school',
  nhs: 'nhs',
  other: 'other',
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
    lawKind: MANUAL_LAW_KIND[entry.kind ?? 'other'],
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
    nation: record.nation,
    postal: record.postal,
    email: record.email,
    webForm: record.webForm,
    record,
    typedByPerson: false,
  }
}

export function formatPostal(postal: PostalAddress | undefined): string[] {
  if (!postal) return []
  return [...postal.lines, ...(postal.postcode ? [postal.postcode] : [])]
}
