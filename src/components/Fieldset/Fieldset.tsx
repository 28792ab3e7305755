import type { ReactNode } from 'react'
import { ErrorMessage, describedBy } from '../ErrorMessage/ErrorMessage.tsx'
import { Heading, PageCaption } from '../Heading/Heading.tsx'

interface Props {
  legend: ReactNode
  /** The legend is the page's h1 (one question on the page). */
  legendIsHeading?: boolean
  /** The legend repeats the page's h1 just above it: keep it for screen readers only. */
  legendHidden?: boolean
  /** Ids of the hint and error message, for screen readers. */
  describedBy?: string
  className?: string
  children: ReactNode
}

/** Groups radios, checkboxes, date boxes or address boxes under one legend. */
export function Fieldset({ legend, legendIsHeading, legendHidden, describedBy: hintAndError, className, children }: Props) {
  return (
    <>
      {legendIsHeading ? <PageCaption /> : null}
      <fieldset className={['fieldset', className ?? ''].filter(Boolean).join(' ')} aria-describedby={hintAndError}>
        <legend className={legendHidden ? 'visually-hidden' : legendIsHeading ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'}>
          {legendIsHeading ? (
            <Heading className="fieldset__heading" captionOutside>
              {legend}
            </Heading>
          ) : (
            legend
          )}
        </legend>
        {children}
      </fieldset>
    </>
  )
}

/** A fieldset with its hint and error message in a form group: the frame of radios, checkboxes and dates. */
export function FieldsetGroup({ id, hint, error, children, ...legend }: Omit<Props, 'describedBy' | 'className'> & { id: string; hint?: ReactNode; error?: string }) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <Fieldset {...legend} describedBy={describedBy(hintId, errorId)}>
        {hint ? (
          <div className="hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
        {children}
      </Fieldset>
    </div>
  )
}
