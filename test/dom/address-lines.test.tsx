// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import { App } from '../../src/app/App.tsx'
import type { Draft } from '../../src/draft/draft.ts'

afterEach(cleanup)

/**
 * Issue 9: an answers file may hold an address of up to 6 lines; the page has 4 boxes. The lines beyond
 * them are kept in the draft (`more`), go through the page untouched when the person changes a box,
 * and are shown on check your answers.
 */
it('keeps lines beyond the boxes through the address page, and shows them on check your answers', { timeout: 60_000 }, async () => {
  const draft: Draft = {
    subject: { fullName: 'Siân Evans', dateOfBirth: { day: '14', month: '3', year: '2009' }, address: { line1: 'Flat 3', line2: 'Tower A', more: ['Block B', 'Estate C'], town: 'Cardiff', county: 'Wales', postcode: 'CF10 1AA' } },
    sender: { kind: 'self' }, requests: ['access'], topics: ['gang-database'], recipients: [{ id: 'police:south-wales' }], sent: { by: 'not-sure' },
  }
  window.history.replaceState(null, '', '/about-them/address')
  render(<App initialDraft={draft} />)
  // The first page loads the question pages' code: allow a slow, shared machine its time.
  const town = await screen.findByRole('textbox', { name: /Town/ }, { timeout: 20_000 })
  await userEvent.clear(town)
  await userEvent.type(town, 'Newport')
  await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
  await waitFor(() => expect(window.location.pathname).not.toBe('/about-them/address'))
  window.history.pushState(null, '', '/check-your-answers')
  window.dispatchEvent(new PopStateEvent('popstate'))
  expect(await screen.findByText(/Block B/, undefined, { timeout: 20_000 })).toBeInTheDocument()
  expect(screen.getAllByText(/Newport/).length).toBeGreaterThan(0)
})
