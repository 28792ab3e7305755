import { useState } from 'react'
import { locale as interfaceLocale, t } from '../../i18n/text.ts'
import { DateInput } from '../../components/DateInput/DateInput.tsx'
import { FieldsetGroup } from '../../components/Fieldset/Fieldset.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { ChoiceItem } from '../../components/Radios/Radios.tsx'
import type { DatePart } from '../../flow/date-parts.ts'
import { FOLLOW_UP_EVENTS, type FollowUpEventKind } from '../../request/constants.ts'
import { bodyInSentence, thisLetter } from '../follow-up/words.ts'
import { useSendTiming } from '../follow-up-timing/useSendTiming.ts'
import { formatDay } from '../../i18n/format.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'
import {
  checkEventValues, eventFieldFor, eventFieldId, eventsFromValues, eventValues, EVENTS_ID, hasAnswer, NOTHING,
  type EventValues, type Happened,
} from './events.ts'

const HINTS: Partial<Record<FollowUpEventKind, 'followUpEvents.option.asked-for-idHint' | 'followUpEvents.option.replied-in-fullHint'>> = {
  'asked-for-id': 'followUpEvents.option.asked-for-idHint',
  'replied-in-full': 'followUpEvents.option.replied-in-fullHint',
}

/**
 * What has happened since the first letter: each thing can change when a follow-up may be sent.
 * Before the question, the page says when it could be sent if nothing has happened.
 */
export function FollowUpEventsPage() {
  const [wrongParts, setWrongParts] = useState<Record<string, DatePart[] | undefined>>({})
  const page = useStepForm<EventValues>({
    step: 'follow-up-events',
    defaultValues: (d) => eventValues(d.followUp?.events),
    check: (v) => {
      const result = checkEventValues(v)
      setWrongParts(result.parts)
      return result.errors
    },
    apply: (draft, v) => ({ ...draft, followUp: { ...draft.followUp, events: eventsFromValues(v) } }),
    fieldFor: (path, v) => eventFieldFor(path, eventsFromValues(v)),
  })
  const timing = useSendTiming(page.draft, page.today, { assumeNothing: true })
  const letter = thisLetter(page.draft)
  const happened: Happened[] = page.form.watch('happened') ?? []

  // "Nothing has happened" stands alone: ticking it clears the others, and ticking another clears it.
  const exclusive = page.form.register('happened', {
    onChange: (event: { target: HTMLInputElement }) => {
      if (!event.target.checked) return
      const current = page.form.getValues('happened') ?? []
      page.form.setValue('happened', event.target.value === NOTHING ? [NOTHING] : current.filter((v) => v !== NOTHING))
    },
  })

  function dateBoxes(kind: FollowUpEventKind, which: 'on' | 'answeredOn') {
    const id = eventFieldId(kind, which)
    const answered = which === 'answeredOn' && hasAnswer(kind)
    return (
      <DateInput
        id={id}
        legend={answered ? t(`followUpEvents.answered.${kind}`) : t(`followUpEvents.on.${kind}`)}
        hint={answered ? t(`followUpEvents.answeredHint.${kind}`) : t('followUpEvents.dateHint')}
        error={page.errors.find((e) => e.field.startsWith(`${id}-`))?.message}
        errorParts={wrongParts[id]}
        register={(part) => page.form.register(`boxes.${kind}.${which}.${part}`)}
      />
    )
  }

  const soFar = timing.status === 'ready' ? timing.timing : undefined
  return (
    <QuestionPage
      title={t('followUpEvents.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('followUpEvents.title')}</Heading>
          {soFar ? (
            <div className="inset" data-testid="send-from">
              <h2 className="heading-s">{t('followUpEvents.soFarTitle', { this: letter })}</h2>
              {soFar.bodies.map((b, i) => {
                const deadline = b.facts.timeline.state === 'running' ? b.facts.timeline.deadline : undefined
                if (deadline === undefined || b.facts.earliest === undefined) return null
                const values = { body: bodyInSentence(b.name), deadline: formatDay(deadline, interfaceLocale()), this: letter }
                return (
                  <p className="body" key={`${b.name ?? ''}-${i}`}>
                    {page.today >= b.facts.earliest
                      ? t('followUpEvents.ifNothing.past', values)
                      : t('followUpEvents.ifNothing.future', { ...values, from: formatDay(b.facts.earliest, interfaceLocale()) })}
                  </p>
                )
              })}
              <p className="body">{t('followUpEvents.mayChange')}</p>
            </div>
          ) : null}
        </>
      }
    >
      <FieldsetGroup id={EVENTS_ID} legend={t('followUpEvents.title')} legendHidden hint={t('followUpEvents.hint')} error={page.errorFor(EVENTS_ID)}>
        <div className="choices">
          {FOLLOW_UP_EVENTS.map((kind, i) => {
            const hint = HINTS[kind]
            return (
              <div key={kind}>
                <ChoiceItem
                  id={EVENTS_ID}
                  index={i}
                  type="checkbox"
                  className="choice choice--checkbox"
                  registration={exclusive}
                  option={{ value: kind, label: t(`followUpEvents.option.${kind}`), hint: hint ? t(hint) : undefined }}
                />
                {happened.includes(kind) ? (
                  <div className="choice__conditional">
                    {dateBoxes(kind, 'on')}
                    {hasAnswer(kind) ? dateBoxes(kind, 'answeredOn') : null}
                  </div>
                ) : null}
              </div>
            )
          })}
          <div className="choices__divider">{t('followUpEvents.or')}</div>
          <ChoiceItem
            id={EVENTS_ID}
            index={FOLLOW_UP_EVENTS.length}
            type="checkbox"
            className="choice choice--checkbox"
            registration={exclusive}
            option={{ value: NOTHING, label: t('followUpEvents.option.nothing'), hint: t('followUpEvents.option.nothingHint') }}
          />
        </div>
      </FieldsetGroup>
    </QuestionPage>
  )
}
