import { useEffect, useRef, type MouseEvent } from 'react'
import { t } from '../../i18n/text.ts'
import { displaySafe, MAX_LISTED_PROBLEMS } from '../../request/clean.ts'

export interface SummaryError {
  /** The id of the box to link to (the first wrong date box, the first radio). */
  field: string
  message: string
  /** A page to go to instead of a box on this page (check your answers). */
  href?: string
}

interface Props {
  errors: readonly SummaryError[]
  /** Changes each time Continue is pressed, so the summary takes focus again. */
  focusKey: number
  title?: string
  /** For links to other pages. */
  onNavigate?: (href: string) => void
}

/** A message may repeat a value from a loaded file: it is cut to this length, with hidden characters named. */
const MAX_MESSAGE_LENGTH = 300

/**
 * "There is a problem" at the top of the page: it takes focus when it appears, and each link moves
 * focus to its field while keeping the field's label or legend in view (as govuk-frontend does:
 * focusing alone would scroll the label off the top on a phone).
 *
 * Assistive technology: checked only with Chromium's accessibility tree (Chromium 156 on Debian,
 * read through the DevTools protocol by test/browser/accessibility.test.ts), on every page that can
 * show it. There, after a failed Continue, the summary is the focused node, named "There is a
 * problem", with an alert inside; each link, followed by keyboard, puts focus on its field, which is
 * read with the message beside it ("Error: ...", on the field or on its fieldset for radios,
 * checkboxes and dates) and, for a box, marked invalid. It has not been tried with a screen reader
 * (NVDA, JAWS, VoiceOver, TalkBack) or with voice control: how each speaks this is not known.
 */
export function ErrorSummary({ errors, focusKey, title, onNavigate }: Props) {
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus()
    // Focus again on each Continue, not on every re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey])

  if (errors.length === 0) return null
  // A file with hundreds of problems must not bury the page: the first 20, and how many more.
  const listed = errors.slice(0, MAX_LISTED_PROBLEMS)
  const more = errors.length - listed.length

  function handleClick(event: MouseEvent<HTMLAnchorElement>, error: SummaryError) {
    if (error.href) {
      if (onNavigate) {
        event.preventDefault()
        onNavigate(error.href)
      }
      return
    }
    const input = document.getElementById(error.field)
    if (!input) return
    event.preventDefault()
    const legendOrLabel = input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(error.field)}"]`)
    ;(legendOrLabel ?? input).scrollIntoView?.()
    input.focus({ preventScroll: true })
  }

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="error-summary__title" id="error-summary-title">
          {title ?? t('errorSummary.title')}
        </h2>
        <ul className="error-summary__list">
          {listed.map((error, i) => (
            <li key={`${error.field}-${i}`}>
              <a href={error.href ?? `#${error.field}`} onClick={(e) => handleClick(e, error)}>
                {displaySafe(error.message, MAX_MESSAGE_LENGTH)}
              </a>
            </li>
          ))}
          {more > 0 ? <li className="error-summary__more">{t('errorSummary.more', { count: more })}</li> : null}
        </ul>
      </div>
    </div>
  )
}
