/** Small pieces of wording built from answers: kept together so every letter says things the same way. */
import { REQUEST_TYPES, type RequestType, type SentBy } from '../request/constants.ts'
import { countryName, formatPostcode, isUk } from '../request/postcodes.ts'
import type { Address, Request } from '../request/schema.ts'

export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

export function sortRequests(requests: readonly RequestType[]): RequestType[] {
  return REQUEST_TYPES.filter((t) => requests.includes(t))
}

type Verbs = { holds: string; uses: string; to: string }

const ASK: Record<RequestType, { full: (v: Verbs, them: string) => string; short: (v: Verbs) => string }> = {
  access: { full: (v, t) => `send ${v.to} a copy of the personal data ${v.holds} about ${t}`, short: (v) => `send ${v.to} a copy of it` },
  erasure: { full: (v, t) => `delete the personal data ${v.holds} about ${t}`, short: () => 'delete it' },
  rectification: { full: (v, t) => `correct the personal data ${v.holds} about ${t} where it is wrong`, short: () => 'correct what is wrong' },
  restriction: { full: (v, t) => `limit how ${v.uses} the personal data ${v.holds} about ${t}`, short: (v) => `limit how ${v.uses} it` },
  objection: { full: (v, t) => `stop using the personal data ${v.holds} about ${t}`, short: () => 'stop using it' },
}

/**
 * What the letter asks for, as one phrase to follow "to": "send me a copy of the personal data it
 * holds about me, delete it and stop using it". `who` is "it" (a body named in the third person) or "you";
 * `to` is who receives the copies.
 */
export function requestSummary(requests: readonly RequestType[], them: string, who: 'it' | 'you', to = 'me'): string {
  const v = who === 'it' ? { holds: 'it holds', uses: 'it uses', to } : { holds: 'you hold', uses: 'you use', to }
  return joinWords(sortRequests(requests).map((t, i) => (i === 0 ? ASK[t].full(v, them) : ASK[t].short(v))))
}

const SUBJECT_NAMES: Record<RequestType, string> = {
  access: 'subject access request',
  erasure: 'request to delete data',
  rectification: 'request to correct data',
  restriction: 'request to restrict data',
  objection: 'objection',
}

/** The letter's subject line: "Subject access request and request to delete data: Siân Evans, born 14 March 2009". */
export function subjectLine(requests: readonly RequestType[], name: string, born: string): string {
  const words = joinWords(sortRequests(requests).map((t) => SUBJECT_NAMES[t]))
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}: ${name}, born ${born}`
}

/** The lines, the postcode as printed (a UK one in capitals with one space) and, for an address abroad, its country. */
function addressParts(address: Address): { lines: string[]; country?: string } {
  const postcode = address.postcode?.trim() ? [formatPostcode(address.postcode, address.country)] : []
  return { lines: [...address.lines.map((s) => s.trim()), ...postcode], country: isUk(address.country) ? undefined : countryName(address.country) }
}

/** The address as read in a sentence or a list, one item a line: the country (if abroad) by its name. */
export function addressReadingLines(address: Address): string[] {
  const { lines, country } = addressParts(address)
  return [...lines, ...(country ? [country] : [])]
}

export function addressOneLine(address: Address): string {
  return addressReadingLines(address).join(', ')
}

/** An address block, as on an envelope: the country last, in capitals, as Royal Mail asks for post abroad. */
export function addressLines(address: Address | undefined): string[] {
  if (!address) return []
  const { lines, country } = addressParts(address)
  return [...lines, ...(country ? [country.toUpperCase()] : [])]
}

export const SENT_BY_WORDS: Record<SentBy, string> = {
  email: 'by email',
  'online-form': 'through your online form',
  hand: 'by hand',
  post: 'by post',
}

/** Pronouns for the person the records are about, as the letter's writer refers to them. */
export function pronouns(request: Request) {
  if (request.sender.kind === 'self') {
    return { they: 'I', them: 'me', their: 'my', isAre: 'am', wasWere: 'was', hasHave: 'have' }
  }
  const name = request.subject.fullName.trim()
  return { they: name, them: name, their: `${name}'s`, isAre: 'is', wasWere: 'was', hasHave: 'has' }
}

