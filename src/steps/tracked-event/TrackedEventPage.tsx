import { useEffect, useState } from 'react'
import { t } from '../../i18n/text.ts'
import { DateInput } from '../../components/DateInput/DateInput.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Radios } from '../../components/Radios/Radios.tsx'
import { EMPTY_DATE, type DateParts } from '../../draft/draft.ts'
import { inSentence } from '../../directory/names.ts'
import { describeBody } from '../../flow/bodies.ts'
import { isoFromParts, type DatePart } from '../../flow/date-parts.ts'
import { useDirectory } from '../../flow/directory.ts'
import { earliestFor, possibleEvents, withEvent, type NewEvent } from '../../flow/history.ts'
import { navigate } from '../../flow/router.ts'
import { pathFor } from '../../flow/steps.ts'
import { fieldLabel, message } from '../../request/errors.ts'
import { checkDate } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { kind: NewEvent | '' | null; on: DateParts }

const DATE_PATH = 'followUp.events.*.on'

/** One thing that happened to a tracked request; its deadline and next step follow from it. */
export function TrackedEventPage({ n }: { n: number }) {
  const [wrongParts, setWrongParts] = useState<DatePart[] | undefined>(undefined)
  const directory = useDirectory()
  const page = useStepForm<Values>({
    step: 'tracked-event',
    defaultValues: () => ({ kind: '', on: { ...EMPTY_DATE } }),
    check: (v) => {
      setWrongParts(undefined)
      const errors = v.kind ? [] : [{ field: 'kind', message: message('chooseEvent') }]
      const result = checkDate(v.on, 'on', DATE_PATH)
      setWrongParts(result.parts)
      errors.push(...result.errors)
      const on = isoFromParts(v.on)
      const entry = page.draft.history?.[n - 1]
      if (errors.length === 0 && on !== undefined && entry && v.kind) {
        const label = fieldLabel(DATE_PATH.split('.'))
        if (on > page.today) errors.push({ field: 'on-day', message: message('eventAfterDated', { label }) })
        else if (on < earliestFor(entry, v.kind)) errors.push({ field: 'on-day', message: message(v.kind.startsWith('sent-') || v.kind === 'complaint-answered' ? 'answeredBeforeAsked' : 'eventBeforeLetter', { label }) })
      }
      return errors
    },
    apply: (draft, v) => {
      const on = isoFromParts(v.on)
      if (!v.kind || on === undefined) return draft
      return { ...draft, history: (draft.history ?? []).map((entry, i) => (i === n - 1 ? withEvent(entry, v.kind as NewEvent, on) : entry)) }
    },
    fieldFor: (path) => (path.includes('events') ? 'on-day' : 'kind'),
  })
  const entry = page.draft.history?.[n - 1]
  useEffect(() => {
    // A bookmark to a request deleted since: the list says what is there.
    if (!entry && page.ready) navigate(pathFor('my-requests'), { replace: true })
  }, [entry, page.ready])
  if (!entry) return null
  const name = inSentence(directory ? describeBody(entry.recipient, n - 1, directory).name : (entry.recipient.name ?? ''))
  const title = t('trackedEvent.title', { name })
  const dateError = page.errors.find((e) => e.field.startsWith('on-'))?.message
  return (
    <QuestionPage
      title={title}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={<Heading>{title}</Heading>}
    >
      <Radios
        id="kind"
        legend={title}
        legendHidden
        error={page.errorFor('kind')}
        registration={page.form.register('kind')}
        options={possibleEvents(entry).map((kind) => ({ value: kind, label: t(`trackedEvent.option.${kind}`) }))}
      />
      <DateInput
        id="on"
        legend={t('trackedEvent.dateLegend')}
        hint={t('trackedEvent.dateHint')}
        error={dateError}
        errorParts={wrongParts}
        register={(part) => page.form.register(`on.${part}`)}
      />
    </QuestionPage>
  )
}
