import { describe, expect, it } from 'vitest'
import { correctionsAddress } from './RecipientDetailsPage.tsx'

describe('correctionsAddress', () => {
  // Issue 8 §4: no placeholder address anywhere. Without one set at build time, the page offers the text to copy only.
  it('is the address set at build time, and nothing when none is set', () => {
    expect(correctionsAddress({ VITE_CORRECTIONS_EMAIL: ' fixes@what-they-hold.org.uk ' })).toBe('fixes@what-they-hold.org.uk')
    expect(correctionsAddress({})).toBeUndefined()
    expect(correctionsAddress({ VITE_CORRECTIONS_EMAIL: '' })).toBeUndefined()
    expect(correctionsAddress({ VITE_CORRECTIONS_EMAIL: 'not an address' })).toBeUndefined()
  })
})
