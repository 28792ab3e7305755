// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import { EMPTY_ADDRESS, type AddressDraft } from '../../draft/draft.ts'
import { AddressFields } from './AddressFields.tsx'

afterEach(cleanup)

function Form({ values, withCountry, onSubmit }: { values: AddressDraft; withCountry?: boolean; onSubmit?: (v: AddressDraft) => void }) {
  const form = useForm<AddressDraft>({ defaultValues: values })
  return (
    <form onSubmit={form.handleSubmit((v) => onSubmit?.(v))}>
      <AddressFields id="address" legend="Your address" errors={{}} register={(f) => form.register(f)} withCountry={withCountry} />
      <button type="submit">Continue</button>
    </form>
  )
}

describe('AddressFields', () => {
  it('offers the UK first, then every other country A to Z', () => {
    render(<Form values={EMPTY_ADDRESS} />)
    const select = screen.getByRole('combobox', { name: 'Country' })
    expect(select).toHaveDisplayValue('United Kingdom')
    expect(select).toHaveAccessibleDescription('Change this if the address is not in the UK.')
    // Options read straight from the DOM: a role query over 240 of them is slow in jsdom.
    const offered = [...select.querySelectorAll('option')].filter((o) => !o.hidden).map((o) => o.textContent!)
    expect(offered[0]).toBe('United Kingdom')
    expect(offered.filter((name) => name === 'United Kingdom')).toHaveLength(1)
    expect(offered.slice(1)).toEqual([...offered.slice(1)].sort((a, b) => a.localeCompare(b, 'en-GB')))
    expect(offered).toContain('France')
  })

  it('keeps the country chosen, and shows a file\'s "GB" as the UK', async () => {
    const submitted: AddressDraft[] = []
    render(<Form values={{ ...EMPTY_ADDRESS, line1: '1 Rue de Rivoli' }} onSubmit={(v) => submitted.push(v)} />)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'France')
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    expect(submitted[0]?.country).toBe('FR')
    cleanup()
    render(<Form values={{ ...EMPTY_ADDRESS, country: 'GB' }} />)
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveDisplayValue('United Kingdom')
  })

  it("has no country for a UK organisation's address", () => {
    render(<Form values={EMPTY_ADDRESS} withCountry={false} />)
    expect(screen.queryByRole('combobox', { name: 'Country' })).not.toBeInTheDocument()
  })
})
