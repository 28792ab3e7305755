import type { ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { ErrorMessage, describedBy } from '../ErrorMessage/ErrorMessage.tsx'
import { Fieldset } from '../Fieldset/Fieldset.tsx'
import { optionId, type ChoiceOption } from '../Radios/Radios.tsx'

interface Props {
  id: string
  legend: ReactNode
  legendIsHeading?: boolean
  hint?: ReactNode
  error?: string
  options: readonly ChoiceOption[]
  registration: UseFormRegisterReturn
}

/** Several choices at once. The error summary links to the first box. */
export function Checkboxes({ id, legend, legendIsHeading, hint, error, options, registration }: Props) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <Fieldset legend={legend} legendIsHeading={legendIsHeading} describedBy={describedBy(hintId, errorId)}>
        {hint ? (
          <div className="hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
        <div className="choices">
          {options.map((option, i) => {
            const inputId = optionId(id, i, option.value)
            const itemHintId = option.hint ? `${inputId}-item-hint` : undefined
            return (
              <div className="choice choice--checkbox" key={option.value}>
                <input className="choice__input" id={inputId} type="checkbox" value={option.value} aria-describedby={itemHintId} {...registration} />
                <label className="choice__label" htmlFor={inputId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="hint choice__hint" id={itemHintId}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            )
          })}
        </div>
      </Fieldset>
    </div>
  )
}
