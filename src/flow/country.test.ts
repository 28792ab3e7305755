import { describe, expect, it } from 'vitest'
import { restoreDraft } from '../draft/restore.ts'
import { addressFromRequest, addressToRequest } from './convert.ts'
import { isAddressBlank, type AddressDraft } from '../draft/draft.ts'

const PARIS: AddressDraft = { line1: '1 Rue de Rivoli', line2: '', town: 'Paris', county: '', postcode: '75001', country: 'FR' }

describe('the country of an address', () => {
  it('goes into the request only for an address abroad, and comes back exactly', () => {
    expect(addressToRequest(PARIS)).toEqual({ lines: ['1 Rue de Rivoli', 'Paris'], postcode: '75001', country: 'FR' })
    expect(addressToRequest({ ...PARIS, country: '' })).toEqual({ lines: ['1 Rue de Rivoli', 'Paris'], postcode: '75001' })
    for (const address of [
      { lines: ['1 Rue de Rivoli', 'Paris'], postcode: '75001', country: 'FR' },
      { lines: ['1 Nathan Road', 'Kowloon'], country: 'HK' },
      { lines: ['12 Example Road', 'Cardiff'], postcode: 'CF10 1AA', country: 'GB' },
      { lines: ['12 Example Road', 'Cardiff'], postcode: 'CF10 1AA' },
    ]) {
      expect(addressToRequest(addressFromRequest(address))).toEqual(address)
    }
    expect(addressFromRequest({ lines: ['12 Example Road'] })).not.toHaveProperty('country')
  })

  it('is not an address on its own', () => {
    expect(isAddressBlank({ line1: '', line2: '', town: '', county: '', postcode: '', country: 'FR' })).toBe(true)
    expect(addressToRequest({ line1: ' ', line2: '', town: '', county: '', postcode: '', country: 'FR' })).toBeUndefined()
  })

  it('is kept when the answers are read back from this device', () => {
    const draft = restoreDraft({ subject: { address: PARIS, previousAddresses: [{ ...PARIS, country: 'DE' }] } })
    expect(draft.subject?.address).toEqual(PARIS)
    expect(draft.subject?.previousAddresses?.[0]?.country).toBe('DE')
  })
})
