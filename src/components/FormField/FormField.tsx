import type { ReactNode } from 'react'
import { ErrorMessage, describedBy } from '../ErrorMessage/ErrorMessage.tsx'
import { Heading } from '../Heading/Heading.tsx'

export interface FieldProps {
  id: string
  label: ReactNode
  /** The label is the page's h1 (one question on the page), so screen readers hear it once. */
  labelIsHeading?: boolean
  hint?: ReactNode
  error?: string
}

/** What the control itself must carry so its hint and error are read with it. */
export interface ControlAria {
  'aria-describedby'?: string
  'aria-invalid'?: true
}

/** Label (or h1), hint and error message around one control, the same way for every kind of field. */
export function FormField({ id, label, labelIsHeading, hint, error, children }: FieldProps & { children: (aria: ControlAria) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const labelElement = (
    <label className={labelIsHeading ? 'label label--heading' : 'label'} htmlFor={id}>
      {label}
    </label>
  )
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      {labelIsHeading ? (
        <Heading className="label-wrapper">{labelElement}</Heading>
      ) : (
        labelElement
      )}
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
      {children({ 'aria-describedby': describedBy(hintId, errorId), 'aria-invalid': error ? true : undefined })}
    </div>
  )
}
