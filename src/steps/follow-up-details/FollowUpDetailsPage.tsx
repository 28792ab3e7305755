import { useState } from 'react'
import { t } from '../../i18n/text.ts'
import { DateInput } from '../../components/DateInput/DateInput.tsx'
import { Checkboxes } from '../../components/Checkboxes/Checkboxes.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Radios } from '../../components/Radios/Radios.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import type { DatePart } from '../../flow/date-parts.ts'
import { EMPTY_DATE, type DateParts, type FollowUpDraft } from '../../draft/draft.ts'
import { REQUEST_TYPES, type RequestType } from '../../request/constants.ts'
import { message } from '../../request/errors.ts'
import { checkDate } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'
import { thisLetter } from '../follow-up/words.ts'
import { asList } from '../what-you-want/WhatYouWantPage.tsx'

type Values = { requests: RequestType[] | RequestType | false; on: DateParts; by: FollowUpDraft['originalSentBy'] | '' | null; theirReference: string }

const ROUTES = ['email', 'online-form', 'hand', 'post', 'not-sure'] as const

/**
 * What the first letter asked for, and when and how it went: its receipt, and so every date after it,
 * is counted from these. What it asked for is asked here, not on its own page, to keep a follow-up short.
 */
export function FollowUpDetailsPage() {
  const [wrongParts, setWrongParts] = useState<DatePart[] | undefined>(undefined)
  const page = useStepForm<Values>({
    step: 'follow-up-details',
    defaultValues: (d) => ({
      requests: d.requests ?? [],
      on: { ...EMPTY_DATE, ...d.followUp?.originalSentOn },
      by: d.followUp?.originalSentBy ?? '',
      theirReference: d.followUp?.theirReference ?? '',
    }),
    check: (v) => {
      const result = checkDate(v.on, 'originalSentOn', 'followUp.originalSentOn')
      setWrongParts(result.parts)
      const errors = asList(v.requests).length === 0 ? [{ field: 'requests', message: message('chooseFirstRequests') }] : []
      errors.push(...result.errors)
      if (!v.by) errors.push({ field: 'originalSentBy', message: message('chooseOriginalSentBy') })
      return errors
    },
    apply: (draft, v) => ({
      ...draft,
      // Kept in the order letters present them, whatever order they were ticked in.
      requests: REQUEST_TYPES.filter((r) => asList(v.requests).includes(r)),
      followUp: { ...draft.followUp, originalSentOn: { ...v.on }, originalSentBy: v.by || undefined, theirReference: v.theirReference },
    }),
    fieldFor: (path) => (path.startsWith('requests') ? 'requests' : path.startsWith('followUp.theirReference') ? 'theirReference' : path.startsWith('followUp.originalSentBy') ? 'originalSentBy' : 'originalSentOn-day'),
  })
  const dateError = page.errors.find((e) => e.field.startsWith('originalSentOn-'))?.message
  return (
    <QuestionPage
      title={t('followUpDetails.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('followUpDetails.title')}</Heading>
          <p className="body">{t('followUpDetails.body', { this: thisLetter(page.draft) })}</p>
        </>
      }
    >
      <Checkboxes
        id="requests"
        legend={t('followUpDetails.requestsLegend')}
        hint={t('whatYouWant.hint')}
        error={page.errorFor('requests')}
        registration={page.form.register('requests')}
        options={REQUEST_TYPES.map((r) => ({ value: r, label: t(`whatYouWant.option.${r}`) }))}
      />
      <DateInput
        id="originalSentOn"
        legend={t('followUpDetails.dateLegend')}
        hint={t('followUpDetails.dateHint')}
        error={dateError}
        errorParts={wrongParts}
        register={(part) => page.form.register(`on.${part}`)}
      />
      <Radios
        id="originalSentBy"
        legend={t('followUpDetails.howLegend')}
        error={page.errorFor('originalSentBy')}
        registration={page.form.register('by')}
        dividerBeforeLast={t('followUpDetails.or')}
        options={ROUTES.map((by) => ({
          value: by,
          label: t(`followUpDetails.how.${by}`),
          hint: by === 'hand' ? t('followUpDetails.how.handHint') : by === 'not-sure' ? t('followUpDetails.how.not-sureHint') : undefined,
        }))}
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
