import type { ComponentPropsWithRef, ReactNode } from 'react'
import { ErrorMessage, describedBy } from '../ErrorMessage/ErrorMessage.tsx'
import { HEADING_ID } from '../Heading/Heading.tsx'

type Props = Omit<ComponentPropsWithRef<'textarea'>, 'id'> & {
  id: string
  label: ReactNode
  labelIsHeading?: boolean
  hint?: ReactNode
  error?: string
}

export function Textarea({ id, label, labelIsHeading, hint, error, rows = 5, ...rest }: Props) {
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
      <textarea
        id={id}
        rows={rows}
        className={error ? 'textarea input--error' : 'textarea'}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </div>
  )
}
