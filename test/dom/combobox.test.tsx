// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Combobox, type ComboboxOption } from '../../src/components/Combobox/Combobox.tsx'

afterEach(cleanup)

const BODIES: ComboboxOption[] = [
  { id: 'police:greater-manchester', label: 'Greater Manchester Police', description: 'Police force' },
  { id: 'council:manchester', label: 'Manchester City Council', description: 'Council' },
  { id: 'council:trafford', label: 'Trafford Council', description: 'Council', disabled: true, disabledNote: 'Added' },
]

function setup() {
  const onChoose = vi.fn()
  const onSubmit = vi.fn()
  const search = (q: string) => BODIES.filter((b) => b.label.toLowerCase().includes(q.trim().toLowerCase()) || q.trim().toLowerCase() === 'm')
  render(<Combobox id="search" label="Search for an organisation" hint="Type a name or a place" search={search} onChoose={onChoose} onSubmit={onSubmit} submitLabel="Search" />)
  return { onChoose, onSubmit, input: screen.getByRole('combobox', { name: 'Search for an organisation' }) }
}

describe('Combobox', () => {
  it('is an ARIA combobox that controls a listbox', async () => {
    const { input } = setup()
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(input).toHaveAttribute('aria-autocomplete', 'list')
    const listId = input.getAttribute('aria-controls')
    expect(listId).toBeTruthy()
    expect(document.getElementById(listId as string)).toHaveAttribute('role', 'listbox')
    await userEvent.type(input, 'manch')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Greater Manchester PolicePolice force', 'Manchester City CouncilCouncil'])
    expect(screen.getByRole('status')).toHaveTextContent('2 results available')
  })

  it('moves through options with the arrow keys and chooses with Enter', async () => {
    const { input, onChoose, onSubmit } = setup()
    await userEvent.type(input, 'manch')
    expect(input).not.toHaveAttribute('aria-activedescendant')
    await userEvent.keyboard('{ArrowDown}')
    const [first, second] = screen.getAllByRole('option')
    expect(input).toHaveAttribute('aria-activedescendant', first?.id)
    expect(first).toHaveAttribute('aria-selected', 'true')
    await userEvent.keyboard('{ArrowDown}')
    expect(input).toHaveAttribute('aria-activedescendant', second?.id)
    await userEvent.keyboard('{ArrowDown}')
    expect(input).toHaveAttribute('aria-activedescendant', second?.id)
    await userEvent.keyboard('{ArrowUp}')
    expect(input).toHaveAttribute('aria-activedescendant', first?.id)
    await userEvent.keyboard('{Enter}')
    expect(onChoose).toHaveBeenCalledWith(BODIES[0])
    expect(onSubmit).not.toHaveBeenCalled()
    expect(input).toHaveValue('')
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(input).toHaveFocus()
  })

  it('closes with Escape and keeps what was typed', async () => {
    const { input, onChoose } = setup()
    await userEvent.type(input, 'manch{ArrowDown}')
    await userEvent.keyboard('{Escape}')
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(input).not.toHaveAttribute('aria-activedescendant')
    expect(input).toHaveValue('manch')
    expect(onChoose).not.toHaveBeenCalled()
  })

  it('still works as a plain search form: Enter with nothing highlighted, or the Search button', async () => {
    const { input, onSubmit } = setup()
    await userEvent.type(input, 'trafford{Enter}')
    expect(onSubmit).toHaveBeenLastCalledWith('trafford')
    await userEvent.click(screen.getByRole('button', { name: 'Search' }))
    expect(onSubmit).toHaveBeenCalledTimes(2)
  })

  it('does not choose an option that is already added', async () => {
    const { input, onChoose } = setup()
    await userEvent.type(input, 'trafford{ArrowDown}{Enter}')
    expect(screen.getByRole('option', { name: /Trafford Council/ })).toHaveAttribute('aria-disabled', 'true')
    expect(onChoose).not.toHaveBeenCalled()
  })

  it('chooses with a click', async () => {
    const { input, onChoose } = setup()
    await userEvent.type(input, 'city')
    await userEvent.click(screen.getByRole('option', { name: /Manchester City Council/ }))
    expect(onChoose).toHaveBeenCalledWith(BODIES[1])
  })
})
