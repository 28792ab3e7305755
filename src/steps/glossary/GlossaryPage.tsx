import { useEffect } from 'react'
import { Page } from '../../components/Page/Page.tsx'
import { t } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { glossaryTerms, TERM_IDS } from './GlossaryLink.tsx'

/**
 * Each legal word the pages use, explained once. A link from a page opens this one at its word
 * (/glossary#erasure): the page is drawn after the browser looked for the anchor, so we move there
 * ourselves, and focus the word so a screen reader starts reading at it.
 */
export function GlossaryPage() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1))
    if (id !== '') document.getElementById(id)?.focus()
  }, [])

  return (
    <Page title={t('glossary.title')}>
      <Heading>{t('glossary.title')}</Heading>
      <p className="body lead">{t('glossary.intro')}</p>
      {TERM_IDS.map((id) => (
        <section key={id} className="section" aria-labelledby={id}>
          <h2 id={id} tabIndex={-1} className="heading-m">
            {glossaryTerms()[id].term}
          </h2>
          {glossaryTerms()[id].text.map((paragraph) => (
            <p key={paragraph} className="body">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
    </Page>
  )
}
