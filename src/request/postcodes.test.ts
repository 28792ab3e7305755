import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator'
import { describe, expect, it } from 'vitest'
import content from '../content/countries.en-GB.json'
import { parseRequest } from './parse.ts'
import { COUNTRY_CODES, countryName, formatPostcode, isUkPostcode, postcodeProblem, UK } from './postcodes.ts'
import type { Request } from './schema.ts'

const BASE: Request = {
  format: 'what-they-hold/request',
  version: 1,
  dated: '2026-11-23',
  subject: { fullName: 'Siân Llŷr Evans', dateOfBirth: '2009-03-14', address: { lines: ['12 Example Road', 'Cardiff'], postcode: 'CF10 1AA' } },
  sender: { kind: 'self' },
  requests: ['access'],
  recipients: ['police:south-wales'],
}

/** The problems (path and message) with these addresses as the person's current and previous ones. */
function problems(address: object, previous?: object) {
  const result = parseRequest({ ...BASE, subject: { ...BASE.subject, address, ...(previous ? { previousAddresses: [previous] } : {}) } })
  return result.ok ? [] : result.errors
}

describe('the country list', () => {
  it('has every country once by its ISO code and GOV.UK name, and not the UK itself', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThan(200)
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/)
    expect(COUNTRY_CODES).not.toContain(UK)
    const names = COUNTRY_CODES.map((c) => countryName(c))
    expect(new Set(names).size).toBe(names.length)
    expect(names.filter((n) => n!.includes('&'))).toEqual([])
    expect([countryName('FR'), countryName('IE'), countryName('CI'), countryName('CD'), countryName('US')]).toEqual([
      'France', 'Ireland', 'Ivory Coast', 'Democratic Republic of the Congo', 'United States',
    ])
    expect(countryName(UK)).toBeUndefined()
  })

  it('gives only examples that the validator takes for their country', () => {
    const countries: Record<string, { name: string; postcodeExample?: string }> = content.countries
    const withExample = Object.entries(countries).filter(([, c]) => c.postcodeExample !== undefined)
    expect(withExample.length).toBeGreaterThan(60)
    for (const [code, { postcodeExample }] of withExample) {
      expect(postcodeValidatorExistsForCountry(code), code).toBe(true)
      expect(postcodeValidator(postcodeExample!, code), `${code} ${postcodeExample}`).toBe(true)
      expect(postcodeProblem(postcodeExample!, code), code).toBeUndefined()
    }
  })
})

describe('a UK postcode', () => {
  it.each(['CF10 1AA', 'cf10 1aa', 'CF101AA', ' sw1a  2aa ', 'E1 4TT', 'M1 1AE', 'BT1 1AA', 'BFPO 1234'])('takes %j', (p) => {
    expect(isUkPostcode(p)).toBe(true)
    expect(postcodeProblem(p, undefined)).toBeUndefined()
    expect(postcodeProblem(p, UK)).toBeUndefined()
  })

  it.each(['CF10 1A', '75001', 'CF10-1AA', 'ABC', '1AA CF10', 'CF10 1AAA'])('refuses %j', (p) => {
    expect(postcodeProblem(p, undefined)).toEqual({ key: 'postcodeUk' })
  })

  it('is printed in capitals with one space before its last three characters', () => {
    expect(formatPostcode('cf10 1aa')).toBe('CF10 1AA')
    expect(formatPostcode('cf101aa')).toBe('CF10 1AA')
    expect(formatPostcode('  sw1a   2aa ')).toBe('SW1A 2AA')
    expect(formatPostcode('e14tt', UK)).toBe('E1 4TT')
    expect(formatPostcode('bfpo 12')).toBe('BFPO 12')
  })
})

describe('a postcode abroad', () => {
  it("is checked against its country's format, with an example where we have one", () => {
    expect(postcodeProblem('75001', 'FR')).toBeUndefined()
    expect(postcodeProblem('7500', 'FR')).toEqual({ key: 'postcodeAbroadLike', values: { country: 'France', example: '75001' } })
    expect(postcodeProblem('CF10 1AA', 'FR')).toBeDefined()
    expect(postcodeProblem('1000-001', 'PT')).toBeUndefined()
    expect(postcodeProblem('D02 AF30', 'IE')).toBeUndefined()
    expect(postcodeProblem('12', 'CL')).toEqual({ key: 'postcodeAbroad', values: { country: 'Chile' } })
  })

  it('is taken as typed where the country has no format we know', () => {
    expect(postcodeValidatorExistsForCountry('HK')).toBe(false)
    expect(postcodeProblem('anything', 'HK')).toBeUndefined()
  })

  it('is printed tidied but never rearranged', () => {
    expect(formatPostcode(' 75001 ', 'FR')).toBe('75001')
    expect(formatPostcode('1012  ab', 'NL')).toBe('1012 AB')
    expect(formatPostcode('k1a0b1', 'CA')).toBe('K1A0B1')
  })
})

describe('the request format', () => {
  it('takes an address abroad with its country, in any case, and keeps it in capitals', () => {
    const result = parseRequest({ ...BASE, subject: { ...BASE.subject, address: { lines: ['1 Rue de Rivoli', 'Paris'], postcode: '75001', country: 'fr' } } })
    expect(result.ok && result.request.subject.address).toEqual({ lines: ['1 Rue de Rivoli', 'Paris'], postcode: '75001', country: 'FR' })
    expect(problems({ lines: ['1 Nathan Road', 'Kowloon'], country: 'HK' })).toEqual([])
  })

  it('checks a UK postcode as one, with or without "GB"', () => {
    expect(problems({ lines: ['12 Example Road'], postcode: 'cf10 1aa' })).toEqual([])
    expect(problems({ lines: ['12 Example Road'], postcode: 'cf10 1aa', country: 'GB' })).toEqual([])
    expect(problems({ lines: ['12 Example Road'], postcode: 'CF10 1A' })).toEqual([
      { path: 'subject.address.postcode', message: 'Enter a real UK postcode, like CF10 1AA. If the address is not in the UK, choose its country' },
    ])
  })

  it("names the field and the country's format in plain words", () => {
    expect(problems({ lines: ['1 Rue de Rivoli'], postcode: '7500', country: 'FR' })).toEqual([
      { path: 'subject.address.postcode', message: 'Enter a real postcode for France, like 75001' },
    ])
    expect(problems(BASE.subject.address, { lines: ['Hauptstraße 1', 'Berlin'], postcode: '1011', country: 'DE' })).toEqual([
      { path: 'subject.previousAddresses.0.postcode', message: 'Enter a real postcode for Germany, like 10115' },
    ])
    expect(problems({ lines: ['1 Rue de Rivoli'], postcode: '75001', country: 'XX' })).toEqual([
      { path: 'subject.address.country', message: "Country must be a country's two-letter code, like FR for France. Leave it out for an address in the UK" },
    ])
    expect(problems({ lines: ['1 Rue'], postcode: '75$01', country: 'FR' })).toEqual([
      { path: 'subject.address.postcode', message: 'Enter postcode using only letters, numbers, spaces and hyphens' },
    ])
  })
})
