import type { ComponentPropsWithRef } from 'react'
import { FormField, type FieldProps } from '../FormField/FormField.tsx'

type Props = Omit<ComponentPropsWithRef<'textarea'>, 'id'> & FieldProps

export function Textarea({ id, label, labelIsHeading, hint, error, rows = 5, ...rest }: Props) {
  return (
    <FormField id={id} label={label} labelIsHeading={labelIsHeading} hint={hint} error={error}>
      {(aria) => <textarea id={id} rows={rows} className={error ? 'textarea input--error' : 'textarea'} {...aria} {...rest} />}
    </FormField>
  )
}
