/** Small pieces of wording built from answers: kept together so every letter says things the same way. */
import { REQUEST_TYPES, type RequestType, type SentBy } from '../request/constants.ts'
import { countryName, formatPostcode, isUk } from '../request/postcodes.ts'
import type { Address, Request } from '../request/schema.ts'
import { ENGLISH_LETTER_WORDS, type LetterWords } from '../i18n/letter-words.ts'

export function joinWords(items: readonly string[], w: LetterWords = ENGLISH_LETTER_WORDS): string {
  if (items.length <= 1) return items[0] ?? ''
  return w.t('and', { first: items.slice(0, -1).join(', '), last: items[items.length - 1]! })
}

export function sortRequests(requests: readonly RequestType[]): RequestType[] {
  return REQUEST_TYPES.filter((t) => requests.includes(t))
}

/**
 * What the letter asks for, as one phrase to follow "to": "send me a copy of the personal data it
 * holds about me, delete it and stop using it". `who` is "it" (a body named in the third person) or "you";
 * `to` is who receives the copies, in the words of templates/words.json ("to.…").
 */
export function requestSummary(requests: readonly RequestType[], them: string, who: 'it' | 'you', w: LetterWords = ENGLISH_LETTER_WORDS, to = w.t('to.me')): string {
  const v = { holds: w.t(`verbs.${who}.holds`), uses: w.t(`verbs.${who}.uses`), to, them }
  return joinWords(sortRequests(requests).map((t, i) => w.t(i === 0 ? `ask.${t}` : `ask.${t}.short`, v)), w)
}

/** The letter's subject line: "Subject access request and request to delete data: Siân Evans, born 14 March 2009". */
export function subjectLine(requests: readonly RequestType[], name: string, born: string, w: LetterWords = ENGLISH_LETTER_WORDS): string {
  const sorted = sortRequests(requests)
  // The last name follows "and", which changes the first letter of a Welsh word ("a chais").
  const words = joinWords(sorted.map((t, i) => w.t(i > 0 && i === sorted.length - 1 ? `subjectLast.${t}` : `subject.${t}`)), w)
  return w.t('subjectLine', { requests: `${words.charAt(0).toUpperCase()}${words.slice(1)}`, name, born })
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

/** "by email": how the letter goes, in the letter's words ("through your online form") or the person's ("their"). */
export function sentByWords(by: SentBy, w: LetterWords = ENGLISH_LETTER_WORDS, voice: 'letter' | 'cover' = 'letter'): string {
  return w.t(voice === 'letter' ? `sentBy.${by}` : `sentByCover.${by}`)
}

/** Pronouns for the person the records are about, as the letter's writer refers to them. */
export function pronouns(request: Request, w: LetterWords = ENGLISH_LETTER_WORDS) {
  const who = request.sender.kind === 'self' ? 'self' : 'other'
  const name = request.subject.fullName.trim()
  const say = (word: 'they' | 'them' | 'their' | 'isAre' | 'wasWere' | 'hasHave') => w.t(`pronoun.${who}.${word}`, { name })
  return { they: say('they'), them: say('them'), their: say('their'), isAre: say('isAre'), wasWere: say('wasWere'), hasHave: say('hasHave') }
}
