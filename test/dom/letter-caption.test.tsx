// @vitest-environment jsdom
/**
 * Issue 10 §2: "every question says which letter it is about". During a follow-up, each question's
 * heading has a caption naming the letter and, once chosen, its organisation; it is read with the
 * heading (its description), since focus lands on the heading. A first letter's pages have none.
 */
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/app/App.tsx'
import type { Draft } from '../../src/draft/draft.ts'

afterEach(cleanup)

const SLOW = { timeout: 5000 }
const FIRST_LETTER = { originalSentOn: { day: '1', month: '9', year: '2026' }, originalSentBy: 'email' as const, events: [] }

function openAt(path: string, draft: Draft) {
  window.history.replaceState(null, '', path)
  render(<App initialDraft={draft} />)
}

describe('the caption over a follow-up question', () => {
  it('names the reminder and its organisation, and is read with the heading', async () => {
    openAt('/about-them/name', { followUp: { kind: 'reminder', ...FIRST_LETTER }, recipients: [{ id: 'police:south-wales' }], sender: { kind: 'self' } })
    const heading = await screen.findByRole('heading', { level: 1 }, SLOW)
    await screen.findByText('Your reminder to South Wales Police', undefined, SLOW)
    expect(heading).toHaveAccessibleDescription('Your reminder to South Wales Police')
  })

  it('says which letter before the organisation is chosen, and uses the name as a sentence does', async () => {
    openAt('/about-them/name', { followUp: { kind: 'ico-complaint', ...FIRST_LETTER }, sender: { kind: 'self' } })
    expect(await screen.findByRole('heading', { level: 1 }, SLOW)).toHaveAccessibleDescription('Your complaint to the ICO')
    cleanup()
    openAt('/about-them/name', { followUp: { kind: 'complaint', ...FIRST_LETTER }, recipients: [{ id: 'prevent:home-office-prevent' }], sender: { kind: 'self' } })
    await screen.findByText(/^Your complaint to the Home Office/, undefined, SLOW)
  })

  it('is not on a first letter\'s questions, nor on the page that asks which letter', async () => {
    openAt('/about-them/name', { sender: { kind: 'self' }, recipients: [{ id: 'police:south-wales' }] })
    expect(await screen.findByRole('heading', { level: 1 }, SLOW)).not.toHaveAccessibleDescription()
    expect(document.querySelector('.caption')).toBeNull()
    cleanup()
    openAt('/follow-up', { followUp: { kind: 'reminder' } })
    await screen.findByRole('heading', { level: 1 }, SLOW)
    expect(document.querySelector('.caption')).toBeNull()
  })
})
