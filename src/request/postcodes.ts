/**
 * Postcodes at home and abroad. An address with no country (or "GB") is in the UK: its postcode must be a
 * real UK postcode, and it is printed in capitals with one space ("cf10 1aa" → "CF10 1AA"). An address
 * abroad names its country by its ISO 3166-1 code; its postcode, where it has one, must fit that country's
 * format as postcode-validator knows it (MIT, no dependencies, one table of patterns: the same in the
 * browser and in Node). Countries it has no pattern for, such as Hong Kong, take any postcode.
 */
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator'
import english from '../content/countries.en-GB.json'
import { addCatalogue, catalogue, currentLocale, DEFAULT_LOCALE } from '../i18n/catalogues.ts'

interface Country {
  name: string
  /** A real postcode of that country, for the error message: checked against the validator by a test. */
  postcodeExample?: string
}

addCatalogue('countries', DEFAULT_LOCALE, english)
type CountriesCatalogue = typeof english

const COUNTRIES: Record<string, Country> = english.countries

/** The countries' names in a language (English where it lacks one). */
function namesIn(locale: string): Record<string, Country> {
  return (catalogue('countries', locale) as Partial<CountriesCatalogue>).countries ?? COUNTRIES
}

/** The UK's own code: a file may name it, and the address is then read as having no country. */
export const UK = 'GB'

/** Every country an address abroad may be in, by code, in the order of the content file (A to Z by code). */
export const COUNTRY_CODES: readonly string[] = Object.keys(COUNTRIES)

export function isUk(country: string | undefined): boolean {
  return country === undefined || country.trim() === '' || country === UK
}

/** Whether a code names a country we know (the UK included). */
export function isKnownCountry(code: string): boolean {
  return code === UK || Object.hasOwn(COUNTRIES, code)
}

/** The country's name as printed ("France"); undefined for the UK or a code we do not know. */
export function countryName(code: string | undefined, locale = currentLocale()): string | undefined {
  if (code === undefined || !Object.hasOwn(COUNTRIES, code)) return undefined
  const own = namesIn(locale)
  return Object.hasOwn(own, code) ? own[code]!.name : COUNTRIES[code]!.name
}

export function postcodeExample(code: string): string | undefined {
  return Object.hasOwn(COUNTRIES, code) ? COUNTRIES[code]!.postcodeExample : undefined
}

// British Forces Post Office numbers stand in for a UK postcode on forces' mail.
const BFPO = /^BFPO ?\d{1,4}$/

/** Upper case, one space between parts, none at the ends. */
function tidy(postcode: string): string {
  return postcode.trim().replace(/\s+/g, ' ').toUpperCase()
}

/** Letters, digits, spaces and hyphens: every country's postcode is written with these ("1000-001", "00-950"). */
export const POSTCODE_CHARACTERS = /^[A-Za-z0-9 -]+$/

export function isUkPostcode(postcode: string): boolean {
  const p = tidy(postcode)
  return BFPO.test(p) || postcodeValidator(p.replace(/ /g, ''), UK)
}

export type PostcodeProblem =
  | { key: 'postcodeUk' }
  | { key: 'postcodeAbroad'; values: { country: string } }
  | { key: 'postcodeAbroadLike'; values: { country: string; example: string } }

/**
 * What is wrong with a postcode for its country, if anything. An unknown country is its own problem
 * (reported on the country), so its postcode is not judged.
 */
export function postcodeProblem(postcode: string, country: string | undefined): PostcodeProblem | undefined {
  if (isUk(country)) return isUkPostcode(postcode) ? undefined : { key: 'postcodeUk' }
  const code = country!
  const name = countryName(code)
  if (name === undefined || !postcodeValidatorExistsForCountry(code)) return undefined
  if (postcodeValidator(tidy(postcode), code)) return undefined
  const example = postcodeExample(code)
  return example === undefined ? { key: 'postcodeAbroad', values: { country: name } } : { key: 'postcodeAbroadLike', values: { country: name, example } }
}

/** A postcode as printed: a UK one in capitals with one space before its last three characters. */
export function formatPostcode(postcode: string, country?: string): string {
  const p = tidy(postcode)
  if (!isUk(country) || BFPO.test(p) || !isUkPostcode(p)) return p
  const compact = p.replace(/ /g, '')
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`
}
