import type { ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { FieldsetGroup } from '../Fieldset/Fieldset.tsx'
import { ChoiceItem, type ChoiceOption } from '../Radios/Radios.tsx'

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
        {options.map((option, i) => (
          <ChoiceItem key={option.value} id={id} index={i} option={option} type="checkbox" registration={registration} className="choice choice--checkbox" />
        ))}
      </div>
    </FieldsetGroup>
  )
}
