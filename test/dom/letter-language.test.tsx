// @vitest-environment jsdom
/** Choosing each letter's language: one fieldset per organisation, shown on check your answers with a Change link. */
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/app/App.tsx'
import type { Draft } from '../../src/draft/draft.ts'

afterEach(cleanup)

const SLOW = { timeout: 8000 }
const ADDRESS = { line1: '12 Example Road', line2: '', town: 'Cardiff', county: '', postcode: 'CF10 1AA' }

function answers(recipients: Draft['recipients']): Draft {
  return {
    subject: { fullName: 'Siân Evans', otherNames: [], dateOfBirth: { day: '14', month: '3', year: '2009' }, address: ADDRESS, previousAddresses: [], email: '', phone: '' },
    sender: { kind: 'self' },
    requests: ['access'],
    topics: [],
    recipients,
    details: '',
    sent: { by: 'not-sure' },
  }
}

function openAt(path: string, draft: Draft) {
  window.history.replaceState(null, '', path)
  render(<App initialDraft={draft} />)
}

describe('the letter language page', () => {
  it('asks for each organisation in its own group, English first, and keeps the choice', async () => {
    openAt('/letter-language', answers([{ id: 'police:south-wales' }, { id: 'council:cardiff' }]))
    const police = await screen.findByRole('group', { name: 'Letter to South Wales Police' }, SLOW)
    const council = screen.getByRole('group', { name: /^Letter to .*Cardiff/ })
    expect(screen.getByRole('heading', { level: 1, name: 'What language should each letter be in?' })).toBeInTheDocument()
    expect(within(police).getByRole('radio', { name: 'English' })).toBeChecked()
    await userEvent.click(within(police).getByRole('radio', { name: 'Cymraeg (Welsh)' }))
    expect(within(council).getByRole('radio', { name: 'English' })).toBeChecked()
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(window.location.pathname).toBe('/how-you-will-send'))
  })

  it('shows each letter’s language on check your answers, with a link that opens the page even for letters to England', async () => {
    openAt('/check-your-answers', answers([{ id: 'council:manchester' }]))
    const change = await screen.findByRole('link', { name: 'Change letter language' }, SLOW)
    // The row names the body once the directory has loaded, which can come after the link.
    expect(await screen.findByText('Manchester City Council: English', {}, SLOW)).toBeInTheDocument()
    await userEvent.click(change)
    const group = await screen.findByRole('group', { name: 'Letter to Manchester City Council' }, SLOW)
    await userEvent.click(within(group).getByRole('radio', { name: 'Cymraeg (Welsh)' }))
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(window.location.pathname).toBe('/check-your-answers'))
    expect(await screen.findByText('Manchester City Council: Cymraeg (Welsh)', {}, SLOW)).toBeInTheDocument()
  })
})
