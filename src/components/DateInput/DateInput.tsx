import type { ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { t } from '../../i18n/text.ts'
import type { DatePart } from '../../flow/date-parts.ts'
import { FieldsetGroup } from '../Fieldset/Fieldset.tsx'

interface Props {
  /** Box ids are "<id>-day", "<id>-month", "<id>-year". */
  id: string
  legend: ReactNode
  legendIsHeading?: boolean
  hint?: ReactNode
  error?: string
  /** The boxes to mark as wrong; all three when not given. */
  errorParts?: readonly DatePart[]
  register: (part: DatePart) => UseFormRegisterReturn
  /** "bday" for a date of birth: browsers then offer the saved birthday. */
  autoCompletePrefix?: 'bday'
}

const PARTS: { part: DatePart; width: string; label: 'date.day' | 'date.month' | 'date.year' }[] = [
  { part: 'day', width: '2', label: 'date.day' },
  { part: 'month', width: '2', label: 'date.month' },
  { part: 'year', width: '4', label: 'date.year' },
]

/**
 * Three boxes in a fieldset (GOV.UK date input). The month box takes words too ("mar"), so it is
 * not numeric-only; we never move focus between boxes by ourselves.
 */
export function DateInput({ id, legend, legendIsHeading, hint, error, errorParts, register, autoCompletePrefix }: Props) {
  const wrong = (part: DatePart) => Boolean(error) && (errorParts === undefined || errorParts.includes(part))
  return (
    <FieldsetGroup id={id} legend={legend} legendIsHeading={legendIsHeading} hint={hint} error={error}>
      <div className="date-input">
        {PARTS.map(({ part, width, label }) => (
          <div className="date-input__item" key={part}>
            <label className="label date-input__label" htmlFor={`${id}-${part}`}>
              {t(label)}
            </label>
            <input
              id={`${id}-${part}`}
              type="text"
              inputMode={part === 'month' ? 'text' : 'numeric'}
              spellCheck={false}
              autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${part}` : 'off'}
              className={['input', `input--width-${width}`, wrong(part) ? 'input--error' : ''].filter(Boolean).join(' ')}
              aria-invalid={wrong(part) ? true : undefined}
              {...register(part)}
            />
          </div>
        ))}
      </div>
    </FieldsetGroup>
  )
}
