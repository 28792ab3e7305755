// @vitest-environment jsdom
/**
 * Issue 10 §2: a follow-up never replays the first journey. What the first letter asked for is asked on
 * the first letter's own page, and answers loaded from a first letter's file fill that page in (they are
 * shown to the person, never used unseen), while this letter says nothing of how it is sent.
 */
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/app/App.tsx'
import type { Draft } from '../../src/draft/draft.ts'
import { fromRequest } from '../../src/flow/convert.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

afterEach(cleanup)

const SLOW = { timeout: 5000 }

describe('starting a follow-up', () => {
  it('fills in the first letter from a loaded file, asks what it asked for there, and forgets how that letter was to be sent', async () => {
    // The young person's file (access and erasure), saved to be sent by email on 1 September 2026.
    const saved = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'requests', 'young-person.json'), 'utf8')) as Record<string, unknown>
    const firstLetter: Draft = fromRequest({ ...saved, dated: '2026-09-01', sent: { on: '2026-09-01', by: 'email' } } as Parameters<typeof fromRequest>[0])
    window.history.replaceState(null, '', '/follow-up')
    render(<App initialDraft={firstLetter} />)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('radio', { name: 'Send a reminder' }, SLOW))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(window.location.pathname).toBe('/follow-up/first-letter'))

    const asked = await screen.findByRole('group', { name: 'What did your first letter ask them to do?' })
    expect(within(asked).getByRole('checkbox', { name: 'See what they hold' })).toBeChecked()
    expect(within(asked).getByRole('checkbox', { name: 'Delete it' })).toBeChecked()
    expect(within(asked).getByRole('checkbox', { name: 'Correct it' })).not.toBeChecked()
    const date = screen.getByRole('group', { name: /When did you send/ })
    expect(within(date).getByRole('textbox', { name: 'Day' })).toHaveValue('1')
    expect(within(date).getByRole('textbox', { name: 'Year' })).toHaveValue('2026')
    expect(screen.getByRole('radio', { name: 'By email' })).toBeChecked()

    // Nothing has happened since, the date has passed, and the rest is known: check your answers next,
    // where this letter's way of going is not said.
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('checkbox', { name: 'Nothing has happened' }, SLOW))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(window.location.pathname).toBe('/check-your-answers'), SLOW)
    expect(await screen.findByText('Not said. The letter will not say how you send it.')).toBeInTheDocument()
  })

  it('will not go on without what the first letter asked for, and says so first', async () => {
    const blank: Draft = { followUp: { kind: 'complaint' } }
    window.history.replaceState(null, '', '/follow-up/first-letter')
    render(<App initialDraft={blank} />)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Continue' }, SLOW))
    const summary = await screen.findByRole('heading', { name: 'There is a problem' })
    const links = within(summary.closest('.error-summary') as HTMLElement).getAllByRole('link')
    expect(links[0]).toHaveTextContent('Select what your first letter asked them to do')
    expect(links[0]).toHaveAttribute('href', '#requests')
  })
})
