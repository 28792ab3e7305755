import type { ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { FieldsetGroup } from '../Fieldset/Fieldset.tsx'

export interface ChoiceOption {
  value: string
  label: ReactNode
  hint?: ReactNode
}

interface Props {
  /** The first option's id; the others add "-<value>". The error summary links to the first. */
  id: string
  legend: ReactNode
  legendIsHeading?: boolean
  legendHidden?: boolean
  hint?: ReactNode
  error?: string
  options: readonly ChoiceOption[]
  registration: UseFormRegisterReturn
  /** A line ("or") before the last option, for "I do not know" answers. */
  dividerBeforeLast?: string
}

export function optionId(id: string, index: number, value: string): string {
  return index === 0 ? id : `${id}-${value}`
}

/** One radio or checkbox with its label and hint: the same markup for both kinds of choice. */
export function ChoiceItem({ id, index, option, type, registration, className = 'choice' }: {
  id: string
  index: number
  option: ChoiceOption
  type: 'radio' | 'checkbox'
  registration: UseFormRegisterReturn
  className?: string
}) {
  const inputId = optionId(id, index, option.value)
  const itemHintId = option.hint ? `${inputId}-item-hint` : undefined
  return (
    <div className={className}>
      <input className="choice__input" id={inputId} type={type} value={option.value} aria-describedby={itemHintId} {...registration} />
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
}

/** One choice from a few. Select lists are a last resort (style.md), so most choices are radios. */
export function Radios({ id, legend, legendIsHeading, legendHidden, hint, error, options, registration, dividerBeforeLast }: Props) {
  return (
    <FieldsetGroup id={id} legend={legend} legendIsHeading={legendIsHeading} legendHidden={legendHidden} hint={hint} error={error}>
      <div className="choices">
        {options.map((option, i) => (
          <div key={option.value}>
            {dividerBeforeLast && i === options.length - 1 && options.length > 1 ? <div className="choices__divider">{dividerBeforeLast}</div> : null}
            <ChoiceItem id={id} index={i} option={option} type="radio" registration={registration} />
          </div>
        ))}
      </div>
    </FieldsetGroup>
  )
}
