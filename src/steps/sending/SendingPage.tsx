import { useState } from 'react'
import { today as readToday } from '../../flow/clock.ts'
import { locale, t } from '../../i18n/text.ts'
import { DateInput } from '../../components/DateInput/DateInput.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Radios } from '../../components/Radios/Radios.tsx'
import { addDays, type IsoDate } from '../../dates/iso.ts'
import { formatDay } from '../../i18n/format.ts'
import type { DatePart } from '../../flow/date-parts.ts'
import { isoFromParts, partsFromIso } from '../../flow/date-parts.ts'
import { moveSendDateToToday } from '../../flow/dates-moved.ts'
import { describeBody } from '../../flow/bodies.ts'
import { useDirectory, type Directory } from '../../flow/directory.ts'
import type { DateParts, Draft, RecipientDraft, SentDraft } from '../../draft/draft.ts'
import type { SentBy } from '../../request/constants.ts'
import { message } from '../../request/errors.ts'
import { checkDate } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'
import { forgetMove } from './send-date.ts'
import { SendDateMoved } from './SendDateMoved.tsx'

/** Per organisation (by its position): how its letter goes, where the one way chosen does not reach it. 'same' keeps that way. */
type Values = { by: SentDraft['by'] | '' | null; on: DateParts; each: Record<string, SentBy | 'same'> }

const METHOD_OF_ROUTE: Record<string, SentBy> = { 'web-form': 'online-form', email: 'email', post: 'post' }

/** The ways in we know for a body, as sending methods, best first. */
function methodsOf(draft: RecipientDraft, index: number, directory: Directory): SentBy[] {
  const routes = describeBody(draft, index, directory).routes
  return [...new Set(routes.map((r) => METHOD_OF_ROUTE[r.kind]).filter((m): m is SentBy => m !== undefined))]
}

/**
 * The organisations the chosen way does not reach (we know none of its addresses of that kind, but
 * know others): each gets its own choice, its own ways in listed first. The way the person chose for
 * all stays the answer until they change it: a letter says only how they said they send it.
 */
function mismatched(draft: Draft, by: Values['by'], directory: Directory | undefined): { index: number; name: string; methods: SentBy[] }[] {
  if (!directory || !by || by === 'not-sure' || by === 'hand') return []
  return (draft.recipients ?? []).flatMap((r, index) => {
    const methods = methodsOf(r, index, directory)
    return methods.length > 0 && !methods.includes(by) ? [{ index, name: describeBody(r, index, directory).name, methods }] : []
  })
}

/** "27 3 2027": as the boxes take it, two weeks on so it is always a day that could be chosen. */
function exampleDate(today: IsoDate): string {
  const p = partsFromIso(addDays(today, 14))
  return `${p.day} ${p.month} ${p.year}`
}

export function SendingPage() {
  const [wrongParts, setWrongParts] = useState<DatePart[] | undefined>(undefined)
  const [today] = useState(readToday)
  const directory = useDirectory()
  const page = useStepForm<Values>({
    step: 'sending',
    defaultValues: (d) => {
      const planned = isoFromParts(d.sent?.on)
      // A day that has passed cannot be the plan any more: the boxes start at today instead.
      const on = d.sent?.on === undefined || (planned !== undefined && planned < today) ? partsFromIso(today) : d.sent.on
      const each = Object.fromEntries((d.recipients ?? []).map((r, i) => [String(i), r.sendBy ?? 'same'])) as Values['each']
      return { by: d.sent?.by ?? '', on, each }
    },
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
      const own = new Set(mismatched(draft, v.by, directory).map((m) => m.index))
      const recipients = draft.recipients?.map((r, i) => {
        const choice = own.has(i) ? v.each?.[String(i)] : undefined
        const { sendBy: _, ...rest } = r
        return choice && choice !== 'same' ? { ...rest, sendBy: choice } : rest
      })
      return { ...draft, sent: { by: v.by || undefined, on: { ...v.on } }, ...(recipients ? { recipients } : {}) }
    },
    fieldFor: (path) => (path.startsWith('sent.on') ? 'sentOn-day' : 'sentBy'),
  })
  const dateError = page.errors.find((e) => e.field.startsWith('sentOn-'))?.message
  // With no plan yet there is no send date to ask about.
  const by = page.form.watch('by')
  const notSure = by === 'not-sure'
  const others = mismatched(page.draft, by, directory)
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
          <p className="body">{t('sending.dated', { date: formatDay(today, locale()) })}</p>
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
      {others.map(({ index, name, methods }) => (
        <Radios
          key={index}
          id={`sendEach-${index}`}
          legend={t('sending.each.legend', { name })}
          hint={t(`sending.each.hint.${by as Exclude<SentBy, 'hand'>}`, { name })}
          registration={page.form.register(`each.${index}`)}
          options={[
            ...methods.map((m) => ({ value: m, label: t(`sending.option.${m}`) })),
            ...(methods.includes('post') ? [] : [{ value: 'hand', label: t('sending.option.hand'), hint: t('sending.option.handHint') }]),
            { value: 'same', label: t(`sending.each.same.${by as Exclude<SentBy, 'hand'>}`) },
          ]}
        />
      ))}
    </QuestionPage>
  )
}
