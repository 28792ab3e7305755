import { useState } from 'react'
import { t } from '../../app/text.ts'
import { DateInput } from '../../components/DateInput/DateInput.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import type { DatePart } from '../../flow/date-parts.ts'
import { EMPTY_DATE, type DateParts } from '../../flow/draft.ts'
import { checkDate } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { on: DateParts; theirReference: string }

export function FollowUpDetailsPage() {
  const [wrongParts, setWrongParts] = useState<DatePart[] | undefined>(undefined)
  const page = useStepForm<Values>({
    step: 'follow-up-details',
    defaultValues: (d) => ({ on: { ...EMPTY_DATE, ...d.followUp?.originalSentOn }, theirReference: d.followUp?.theirReference ?? '' }),
    owns: ['followUp.originalSentOn', 'followUp.theirReference'],
    check: (v) => {
      const result = checkDate(v.on, 'originalSentOn', 'followUp.originalSentOn')
      setWrongParts(result.parts)
      return result.errors
    },
    apply: (draft, v) => ({ ...draft, followUp: { ...draft.followUp, originalSentOn: { ...v.on }, theirReference: v.theirReference } }),
    fieldFor: (path) => (path.startsWith('followUp.theirReference') ? 'theirReference' : 'originalSentOn-day'),
  })
  const dateError = page.errors.find((e) => e.field.startsWith('originalSentOn-'))?.message
  return (
    <QuestionPage
      title={t('followUpDetails.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={<Heading>{t('followUpDetails.title')}</Heading>}
    >
      <DateInput
        id="originalSentOn"
        legend={t('followUpDetails.dateLegend')}
        hint={t('followUpDetails.dateHint')}
        error={dateError}
        errorParts={wrongParts}
        register={(part) => page.form.register(`on.${part}`)}
      />
      <TextInput
        id="theirReference"
        label={t('followUpDetails.reference')}
        hint={t('followUpDetails.referenceHint')}
        width="20"
        spellCheck={false}
        error={page.errorFor('theirReference')}
        {...page.form.register('theirReference')}
      />
    </QuestionPage>
  )
}
