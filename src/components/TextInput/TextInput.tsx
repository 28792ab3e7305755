import type { ComponentPropsWithRef, ReactNode } from 'react'
import { ErrorMessage, describedBy } from '../ErrorMessage/ErrorMessage.tsx'
import { HEADING_ID } from '../Heading/Heading.tsx'

export type InputWidth = 'full' | 'three-quarters' | 'half' | 'third' | '20' | '10' | '5' | '4' | '2'

type Props = Omit<ComponentPropsWithRef<'input'>, 'id'> & {
  id: string
  label: ReactNode
  /** The label is the page's h1 (one question on the page). */
  labelIsHeading?: boolean
  hint?: ReactNode
  error?: string
  width?: InputWidth
}

/** A labelled text box with hint and error message. Browser validation is off: we never set `required`. */
export function TextInput({ id, label, labelIsHeading, hint, error, width = 'full', className, ...input }: Props) {
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
        <h1 className="label-wrapper" id={HEADING_ID} tabIndex={-1}>
          {labelElement}
        </h1>
      ) : (
        labelElement
      )}
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
      <input
        id={id}
        type="text"
        className={['input', `input--width-${width}`, error ? 'input--error' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  )
}
