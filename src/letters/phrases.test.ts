import { describe, expect, it } from 'vitest'
import { addressLines, addressOneLine, addressReadingLines } from './phrases.ts'

describe('an address as printed', () => {
  it('puts a UK postcode in capitals with one space', () => {
    const address = { lines: ['12 Example Road', 'Cardiff'], postcode: 'cf101aa' }
    expect(addressLines(address)).toEqual(['12 Example Road', 'Cardiff', 'CF10 1AA'])
    expect(addressOneLine({ ...address, postcode: ' cf10  1aa ' })).toBe('12 Example Road, Cardiff, CF10 1AA')
    expect(addressLines({ ...address, country: 'GB' })).toEqual(['12 Example Road', 'Cardiff', 'CF10 1AA'])
  })

  it('ends an address abroad with its country: in capitals on an address block, by name in a sentence', () => {
    const paris = { lines: ['1 Rue de Rivoli', 'Paris'], postcode: '75001', country: 'FR' }
    expect(addressLines(paris)).toEqual(['1 Rue de Rivoli', 'Paris', '75001', 'FRANCE'])
    expect(addressOneLine(paris)).toBe('1 Rue de Rivoli, Paris, 75001, France')
    expect(addressReadingLines({ lines: ['1 Nathan Road', 'Kowloon'], country: 'HK' })).toEqual(['1 Nathan Road', 'Kowloon', 'Hong Kong'])
  })

  it('prints nothing for no address', () => {
    expect(addressLines(undefined)).toEqual([])
  })
})
