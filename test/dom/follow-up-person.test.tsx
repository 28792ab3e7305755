// @vitest-environment jsdom
/**
 * Issue 10 §2: a follow-up asks who it is about on one page (name, date of birth, address, contact)
 * instead of the first letter's four. Its problems are listed together and linked to their boxes, and
 * its answers show on check your answers as the first letter's do.
 */
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/app/App.tsx'
import type { Draft } from '../../src/draft/draft.ts'

afterEach(cleanup)

const SLOW = { timeout: 5000 }
const REMINDER: Draft = {
  followUp: { kind: 'reminder', originalSentOn: { day: '1', month: '9', year: '2026' }, originalSentBy: 'email', events: [] },
  sender: { kind: 'self' },
  recipients: [{ id: 'police:south-wales' }],
}

describe('who a follow-up is about, on one page', () => {
  it('lists the boxes to put right together, then goes on with every answer kept', async () => {
    window.history.replaceState(null, '', '/follow-up/about-them')
    render(<App initialDraft={REMINDER} />)
    const heading = await screen.findByRole('heading', { level: 1, name: 'Your details' }, SLOW)
    await waitFor(() => expect(heading).toHaveAccessibleDescription('Your reminder to South Wales Police'), SLOW)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('heading', { name: 'There is a problem' })
    const links = within(summary.closest('.error-summary') as HTMLElement).getAllByRole('link')
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['#fullName', '#dateOfBirth-day', '#address-line1', '#address-town', '#address-postcode'])

    await user.type(screen.getByRole('textbox', { name: 'What is your full name?' }), 'Siân Evans')
    const dob = screen.getByRole('group', { name: 'What is your date of birth?' })
    await user.type(within(dob).getByRole('textbox', { name: 'Day' }), '14')
    await user.type(within(dob).getByRole('textbox', { name: 'Month' }), '3')
    await user.type(within(dob).getByRole('textbox', { name: 'Year' }), '2009')
    await user.type(screen.getByRole('textbox', { name: 'Address line 1' }), '12 Example Road')
    await user.type(screen.getByRole('textbox', { name: 'Town or city' }), 'Cardiff')
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'cf10 1aa')
    await user.type(screen.getByRole('textbox', { name: 'Email address (optional)' }), 'sian@example.org')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(window.location.pathname).toBe('/who-to-send-it-to'))

    await user.click(await screen.findByRole('link', { name: 'Back' }))
    expect(await screen.findByRole('textbox', { name: 'What is your full name?' })).toHaveValue('Siân Evans')
    expect(screen.getByRole('textbox', { name: 'Email address (optional)' })).toHaveValue('sian@example.org')
  })

  it('is where a first letter\'s question page sends someone writing a follow-up', async () => {
    window.history.replaceState(null, '', '/about-them/address')
    render(<App initialDraft={REMINDER} />)
    await waitFor(() => expect(window.location.pathname).toBe('/follow-up/about-them'), SLOW)
  })
})
