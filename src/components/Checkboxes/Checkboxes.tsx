import type { ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { FieldsetGroup } from '../Fieldset/Fieldset.tsx'
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
  return (
    <FieldsetGroup id={id} legend={legend} legendIsHeading={legendIsHeading} hint={hint} error={error}>
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
    </FieldsetGroup>
  )
}
