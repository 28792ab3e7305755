import { useEffect, type ReactNode } from 'react'
import { BackLink } from '../BackLink/BackLink.tsx'
import { HEADING_ID } from '../Heading/Heading.tsx'
import { hasNavigated } from '../../flow/router.ts'
import { t } from '../../i18n/text.ts'

/** The page's title in the tab: "Question – What They Hold", with "Error: " first while there are errors. */
function pageTitle(title: string, hasErrors = false): string {
  return `${hasErrors ? t('app.errorPrefix') : ''}${t('app.title', { page: title })}`
}

interface Props {
  /** The question or heading, for the tab title. */
  title: string
  hasErrors?: boolean
  /** Path of the Back link; none on the start page. */
  back?: string
  children: ReactNode
}

/**
 * What a full page load would do for free: the tab title, and focus on the new page's heading so a
 * screen reader starts reading there (Datenanfragen App.tsx does the same). The first page of a visit
 * keeps the browser's own focus, so the skip link stays first.
 */
export function Page({ title, hasErrors = false, back, children }: Props) {
  useEffect(() => {
    document.title = pageTitle(title, hasErrors)
  }, [title, hasErrors])

  useEffect(() => {
    if (hasNavigated()) document.getElementById(HEADING_ID)?.focus()
  }, [])

  return (
    <>
      {back ? <BackLink to={back} /> : null}
      <div className="page">{children}</div>
    </>
  )
}
