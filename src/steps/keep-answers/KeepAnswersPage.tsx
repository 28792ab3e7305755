/**
 * "Do you want to keep your answers on this device?": asked once, before any answer is kept (every
 * question page sends the person here until they have chosen), and reached again from any page's
 * footer to change the choice.
 */
import { useState } from 'react'
import { flushSync } from 'react-dom'
import { useForm } from 'react-hook-form'
import { today } from '../../flow/clock.ts'
import { navigate, useRoute } from '../../flow/router.ts'
import { t } from '../../i18n/text.ts'
import type { SummaryError } from '../../components/ErrorSummary/ErrorSummary.tsx'
import { Radios } from '../../components/Radios/Radios.tsx'
import { next, pathFor } from '../../flow/steps.ts'
import { useDraft } from '../../flow/store.tsx'
import { message } from '../../request/errors.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'

type Values = { keep: 'keep' | 'forget' | '' | null }

export function KeepAnswersPage() {
  const { keep, setKeep, draft } = useDraft()
  const route = useRoute()
  const form = useForm<Values>({ defaultValues: { keep: keep === 'unasked' ? '' : keep } })
  const [errors, setErrors] = useState<SummaryError[]>([])
  const [attempt, setAttempt] = useState(0)
  // Before the first choice, the way back is the start page: the page asked for would only ask again.
  const back = keep === 'unasked' ? pathFor('start') : (route.returnTo ?? pathFor('start'))

  function onValid({ keep: choice }: Values) {
    if (choice !== 'keep' && choice !== 'forget') {
      setErrors([{ field: 'keep', message: message('chooseKeep') }])
      setAttempt((n) => n + 1)
      return
    }
    // The choice is in place before the next page asks for it.
    flushSync(() => void setKeep(choice))
    navigate(route.returnTo ?? pathFor(next('keep-answers', draft, { today: today() })))
  }

  return (
    <QuestionPage title={t('keep.title')} back={back} errors={errors} attempt={attempt} onSubmit={form.handleSubmit(onValid)}>
      <Radios
        id="keep"
        legend={t('keep.title')}
        legendIsHeading
        hint={t('keep.hint')}
        error={errors[0]?.message}
        registration={form.register('keep')}
        options={[
          { value: 'keep', label: t('keep.option.keep'), hint: t('keep.option.keepHint') },
          { value: 'forget', label: t('keep.option.forget'), hint: t('keep.option.forgetHint') },
        ]}
      />
      <p className="body">{t('keep.after')}</p>
    </QuestionPage>
  )
}
