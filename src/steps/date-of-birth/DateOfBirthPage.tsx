import { useState } from 'react'
import { t } from '../../i18n/text.ts'
import { DateInput } from '../../components/DateInput/DateInput.tsx'
import type { DatePart } from '../../flow/date-parts.ts'
import type { DateParts } from '../../draft/draft.ts'
import { checkDate } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

export function DateOfBirthPage() {
  // The boxes to mark: only the missing or wrong ones; all three for an empty date or a schema problem.
  const [wrongParts, setWrongParts] = useState<DatePart[] | undefined>(undefined)
  const page = useStepForm<DateParts>({
    step: 'date-of-birth',
    defaultValues: (d) => ({ day: '', month: '', year: '', ...d.subject?.dateOfBirth }),
    check: (v) => {
      const result = checkDate(v, 'dateOfBirth', 'subject.dateOfBirth')
      setWrongParts(result.parts)
      return result.errors
    },
    apply: (draft, v) => ({ ...draft, subject: { ...draft.subject, dateOfBirth: { day: v.day, month: v.month, year: v.year } } }),
    fieldFor: () => 'dateOfBirth-day',
  })
  const title = t(`dateOfBirth.title.${page.who}`)
  return (
    <QuestionPage title={title} back={page.back} errors={page.errors} attempt={page.attempt} onSubmit={page.onSubmit}>
      <DateInput
        id="dateOfBirth"
        legend={title}
        legendIsHeading
        hint={t('dateOfBirth.hint')}
        error={page.errors[0]?.message}
        errorParts={wrongParts}
        register={(part) => page.form.register(part)}
        autoCompletePrefix={page.who === 'self' ? 'bday' : undefined}
      />
    </QuestionPage>
  )
}
