// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/app/App.tsx'
import type { TextKey } from '../../src/i18n/text.ts'
import glossary from '../../src/content/glossary.en-GB.json'
import ui from '../../src/content/ui.en-GB.json'
import { placeholderFor, TERM_IDS, tTerms, withTerms } from '../../src/steps/glossary/GlossaryLink.tsx'

afterEach(cleanup)

const SLOW = { timeout: 5000 }

/** The texts the pages show through tTerms or withTerms, with the values the page itself fills in. */
const LINKED: [TextKey, Record<string, string>][] = [
  ['whatYouWant.terms', {}],
  ['check.glossary', {}],
  ['followUp.glossary', {}],
  ['noComplaintReason.body', {}],
  ['followUpTiming.icoLate', { body: 'South Wales Police', date: '1 August 2026' }],
]

function openAt(path: string) {
  window.history.replaceState(null, '', path)
  render(<App initialDraft={{}} />)
}

describe('the glossary page', () => {
  it('explains every term under a heading that a link can open at, and focuses the term asked for', async () => {
    openAt('/glossary#erasure')
    const heading = await screen.findByRole('heading', { level: 2, name: 'Erasure' }, SLOW)
    expect(heading).toHaveAttribute('id', 'erasure')
    // The page moves focus in an effect after it is drawn: wait for it, not for the first paint.
    await waitFor(() => expect(heading).toHaveFocus(), SLOW)
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(TERM_IDS.length)
    expect(document.title).toBe(`${ui['glossary.title']} – What They Hold`)
  })

  it('is linked from the footer of every page, without asking about keeping answers first', async () => {
    openAt('/')
    const footer = await screen.findByRole('contentinfo')
    expect(within(footer).getByRole('link', { name: ui['app.footer.glossary'] })).toHaveAttribute('href', '/glossary')
  })
})

describe('legal words in the pages', () => {
  it('each placeholder names one term', () => {
    expect(new Set(TERM_IDS.map(placeholderFor)).size).toBe(TERM_IDS.length)
    expect(placeholderFor('subject-access-request')).toBe('subjectAccessRequest')
    expect(placeholderFor('data-protection-act-2018')).toBe('dataProtectionAct2018')
  })

  it.each(LINKED)('%s links its terms and leaves no placeholder', (key, values) => {
    const { container } = render(<p>{tTerms(key, values)}</p>)
    expect(container.textContent).not.toMatch(/[{}]/)
    const links = within(container).getAllByRole('link')
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) {
      const id = link.getAttribute('href')!.replace('/glossary#', '') as keyof typeof glossary.terms
      expect(TERM_IDS).toContain(id)
      // jsdom drops the space that starts the hidden words; a browser keeps it.
      expect(link.textContent).toBe(`${glossary.terms[id].link} ${ui['app.opensNewTab']}`)
      expect(link).toHaveAttribute('target', '_blank')
    }
  })

  it('links the terms in each line of "What happens next" on the letters page', () => {
    for (const item of ui['letters.next']) {
      const { container } = render(<li>{withTerms(item)}</li>)
      expect(container.textContent).not.toMatch(/[{}]/)
      cleanup()
    }
    const { container } = render(<li>{withTerms(ui['letters.next'][2]!)}</li>)
    expect(within(container).getByRole('link', { name: /^proof of identity/ })).toHaveAttribute('href', '/glossary#proof-of-identity')
  })
})
