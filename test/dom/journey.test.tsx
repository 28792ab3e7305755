// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/app/App.tsx'
import type { Draft } from '../../src/draft/draft.ts'

afterEach(cleanup)

/** The first page after opening loads the question pages' code: allow it time on a slow machine. */
const SLOW = { timeout: 5000 }

const ADDRESS = { line1: '12 Example Road', line2: '', town: 'Cardiff', county: '', postcode: 'CF10 1AA' }

const COMPLETE: Draft = {
  subject: {
    fullName: 'Siân Evans',
    otherNames: [],
    dateOfBirth: { day: '14', month: '3', year: '2009' },
    address: ADDRESS,
    previousAddresses: [],
    email: '',
    phone: '',
  },
  sender: { kind: 'self' },
  requests: ['access'],
  topics: ['gang-database'],
  recipients: [{ id: 'police:south-wales' }],
  details: '',
  sent: { by: 'not-sure' },
}

/** Opens the app at a path with answers already given (no IndexedDB in jsdom). */
function openAt(path: string, draft: Draft = {}) {
  window.history.replaceState(null, '', path)
  render(<App initialDraft={draft} />)
}

describe('a question page', () => {
  it('shows a focused error summary that links to the field, and "Error: " in the title', async () => {
    openAt('/about-them/name', { sender: { kind: 'self' } })
    const input = await screen.findByRole('textbox', { name: 'What is your full name?' }, SLOW)
    expect(document.title).toBe('What is your full name? – What They Hold')
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    const heading = await screen.findByRole('heading', { name: 'There is a problem' })
    expect(heading.closest('.error-summary')).toHaveFocus()
    expect(screen.getByRole('link', { name: 'Enter full name' })).toHaveAttribute('href', `#${input.id}`)
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Error: Enter full name'))
    expect(document.title).toBe('Error: What is your full name? – What They Hold')
    await userEvent.click(screen.getByRole('link', { name: 'Enter full name' }))
    expect(input).toHaveFocus()
  })

  it('keeps the answer exactly as typed and goes on', async () => {
    openAt('/about-them/name', { sender: { kind: 'parent' } })
    const input = await screen.findByRole('textbox', { name: "What is your child's full name?" }, SLOW)
    await userEvent.type(input, '  Yusuf  Ahmed Khan ')
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(window.location.pathname).toBe('/about-them/other-names'))
    await userEvent.click(await screen.findByRole('link', { name: 'Back' }))
    expect(await screen.findByRole('textbox', { name: "What is your child's full name?" })).toHaveValue('  Yusuf  Ahmed Khan ')
  })
})

describe('the date of birth', () => {
  it('says which part is missing, then whether it is real, then whether it is in the past', async () => {
    openAt('/about-them/date-of-birth', { sender: { kind: 'self' } })
    const day = await screen.findByRole('textbox', { name: 'Day' }, SLOW)
    const month = screen.getByRole('textbox', { name: 'Month' })
    const year = screen.getByRole('textbox', { name: 'Year' })
    const continueButton = screen.getByRole('button', { name: 'Continue' })

    await userEvent.click(continueButton)
    expect(await screen.findByRole('link', { name: 'Enter date of birth' })).toHaveAttribute('href', '#dateOfBirth-day')

    await userEvent.type(day, '30')
    await userEvent.type(year, '2009')
    await userEvent.click(continueButton)
    expect(await screen.findByRole('link', { name: 'Date of birth must include a month' })).toHaveAttribute('href', '#dateOfBirth-month')
    expect(month).toHaveAttribute('aria-invalid', 'true')
    expect(day).not.toHaveAttribute('aria-invalid')

    await userEvent.type(month, 'feb')
    await userEvent.click(continueButton)
    expect(await screen.findByRole('link', { name: 'Date of birth must be a real date' })).toBeInTheDocument()

    await userEvent.clear(year)
    await userEvent.type(year, '09')
    await userEvent.click(continueButton)
    expect(await screen.findByRole('link', { name: 'Date of birth must have the year in 4 numbers, like 2008' })).toHaveAttribute('href', '#dateOfBirth-year')

    await userEvent.clear(day)
    await userEvent.type(day, '1')
    await userEvent.clear(year)
    await userEvent.type(year, '2099')
    await userEvent.click(continueButton)
    expect(await screen.findByRole('link', { name: 'Date of birth must be in the past' })).toBeInTheDocument()

    await userEvent.clear(year)
    await userEvent.type(year, '2009')
    await userEvent.click(continueButton)
    await waitFor(() => expect(window.location.pathname).toBe('/about-them/address'))
  })
})

describe('check your answers', () => {
  it('has a Change link that returns to check your answers', async () => {
    openAt('/check-your-answers', COMPLETE)
    expect(await screen.findByRole('heading', { name: 'Check your answers before making your letters' }, SLOW)).toBeInTheDocument()
    const change = screen.getByRole('link', { name: 'Change full name' })
    expect(change).toHaveAttribute('href', '/about-them/name?from=check')
    await userEvent.click(change)
    const input = await screen.findByRole('textbox', { name: 'What is your full name?' })
    expect(input).toHaveValue('Siân Evans')
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/check-your-answers')
    await userEvent.clear(input)
    await userEvent.type(input, 'Siân Llŷr Evans')
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(window.location.pathname).toBe('/check-your-answers'))
    expect(await screen.findByText('Siân Llŷr Evans')).toBeInTheDocument()
  })

  it('asks the new question first when an answer opens a new branch', async () => {
    openAt('/check-your-answers', COMPLETE)
    await userEvent.click(await screen.findByRole('link', { name: 'Change what you want them to do' }, SLOW))
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Correct it' }))
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(window.location.pathname).toBe('/what-is-wrong'))
    await userEvent.type(await screen.findByRole('textbox', { name: 'What is wrong, and what should it say?' }), 'It says I was arrested. I was not.')
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(window.location.pathname).toBe('/check-your-answers'))
  })

  it('follows the browser Back button', async () => {
    openAt('/check-your-answers', COMPLETE)
    await userEvent.click(await screen.findByRole('link', { name: 'Change full name' }, SLOW))
    await screen.findByRole('textbox', { name: 'What is your full name?' })
    window.history.back()
    await waitFor(() => expect(window.location.pathname).toBe('/check-your-answers'))
    expect(await screen.findByRole('heading', { name: 'Check your answers before making your letters' })).toBeInTheDocument()
  })
})
