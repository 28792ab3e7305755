import { useState } from 'react'
import { today as readToday } from '../../app/clock.ts'
import { t } from '../../app/text.ts'
import { DateInput } from '../../components/DateInput/DateInput.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Radios } from '../../components/Radios/Radios.tsx'
import { addDays, formatLongDate, type IsoDate } from '../../dates/iso.ts'
import type { DatePart } from '../../flow/date-parts.ts'
import { isoFromParts, partsFromIso } from '../../flow/date-parts.ts'
import { moveSendDateToToday } from '../../flow/dates-moved.ts'
import type { DateParts, SentDraft } from '../../flow/draft.ts'
import { message } from '../../request/errors.ts'
import { checkDate } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'
import { forgetMove } from './send-date.ts'
import { SendDateMoved } from './SendDateMoved.tsx'

type Values = { by: SentDraft['by'] | '' | null; on: DateParts }

/** "27 3 2027": as the boxes take it, two weeks on so it is always a day that could be chosen. */
function exampleDate(today: IsoDate): string {
  const p = partsFromIso(addDays(today, 14))
  return `${p.day} ${p.month} ${p.year}`
}

export function SendingPage() {
  const [wrongParts, setWrongParts] = useState<DatePart[] | undefined>(undefined)
  const [today] = useState(readToday)
  const page = useStepForm<Values>({
    step: 'sending',
    defaultValues: (d) => {
      const planned = isoFromParts(d.sent?.on)
      // A day that has passed cannot be the plan any more: the boxes start at today instead.
      const on = d.sent?.on === undefined || (planned !== undefined && planned < today) ? partsFromIso(today) : d.sent.on
      return { by: d.sent?.by ?? '', on }
    },
    owns: ['sent'],
    check: (v) => {
      setWrongParts(undefined)
      if (!v.by) return [{ field: 'sentBy', message: message('chooseSentBy') }]
      if (v.by === 'not-sure') return []
      const result = checkDate(v.on, 'sentOn', 'sent.on')
      setWrongParts(result.parts)
      return result.errors
    },
    apply: (draft, v) => {
      // The person has now chosen the day themselves.
      forgetMove()
      return { ...draft, sent: { by: v.by || undefined, on: { ...v.on } } }
    },
    fieldFor: (path) => (path.startsWith('sent.on') ? 'sentOn-day' : 'sentBy'),
  })
  const dateError = page.errors.find((e) => e.field.startsWith('sentOn-'))?.message
  // With no plan yet there is no send date to ask about.
  const notSure = page.form.watch('by') === 'not-sure'
  return (
    <QuestionPage
      title={t('sending.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <SendDateMoved move={moveSendDateToToday(page.draft, today).moved} changeLink={false} />
          <Heading>{t('sending.title')}</Heading>
          <p className="body">{t('sending.dated', { date: formatLongDate(today) })}</p>
          <p className="body">{t('sending.body')}</p>
        </>
      }
    >
      <Radios
        id="sentBy"
        legend={t('sending.title')}
        legendHidden
        error={page.errorFor('sentBy')}
        registration={page.form.register('by')}
        options={[
          { value: 'email', label: t('sending.option.email') },
          { value: 'online-form', label: t('sending.option.online-form') },
          { value: 'hand', label: t('sending.option.hand'), hint: t('sending.option.handHint') },
          { value: 'post', label: t('sending.option.post'), hint: t('sending.option.postHint') },
          { value: 'not-sure', label: t('sending.option.notSure'), hint: t('sending.option.notSureHint') },
        ]}
      />
      {notSure ? null : (
        <DateInput
          id="sentOn"
          legend={t('sending.dateLegend')}
          hint={t('sending.dateHint', { example: exampleDate(today) })}
          error={dateError}
          errorParts={wrongParts}
          register={(part) => page.form.register(`on.${part}`)}
        />
      )}
    </QuestionPage>
  )
}
