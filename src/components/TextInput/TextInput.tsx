import type { ComponentPropsWithRef } from 'react'
import { FormField, type FieldProps } from '../FormField/FormField.tsx'

export type InputWidth = 'full' | 'three-quarters' | 'half' | 'third' | '20' | '10' | '5' | '4' | '2'

type Props = Omit<ComponentPropsWithRef<'input'>, 'id'> & FieldProps & { width?: InputWidth }

/** A labelled text box with hint and error message. Browser validation is off: we never set `required`. */
export function TextInput({ id, label, labelIsHeading, hint, error, width = 'full', className, ...input }: Props) {
  return (
    <FormField id={id} label={label} labelIsHeading={labelIsHeading} hint={hint} error={error}>
      {(aria) => (
        <input
          id={id}
          type="text"
          className={['input', `input--width-${width}`, error ? 'input--error' : '', className ?? ''].filter(Boolean).join(' ')}
          {...aria}
          {...input}
        />
      )}
    </FormField>
  )
}
