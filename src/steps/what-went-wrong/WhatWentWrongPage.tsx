import { t } from '../../i18n/text.ts'
import { Textarea } from '../../components/Textarea/Textarea.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

/** The complaint in the person's own words: not the first letter's "anything else". The ICO needs it; a complaint to the organisation may leave it out. */
export function WhatWentWrongPage() {
  const page = useStepForm<{ whatWentWrong: string }>({
    step: 'what-went-wrong',
    defaultValues: (d) => ({ whatWentWrong: d.followUp?.whatWentWrong ?? '' }),
    apply: (draft, v) => ({ ...draft, followUp: { ...draft.followUp, whatWentWrong: v.whatWentWrong } }),
    fieldFor: () => 'whatWentWrong',
  })
  const asked = page.draft.followUp?.kind
  const kind = asked === undefined || asked === 'none' ? 'complaint' : asked
  const title = t(kind === 'ico-complaint' ? 'whatWentWrong.title' : 'whatWentWrong.titleOptional')
  return (
    <QuestionPage title={title} back={page.back} errors={page.errors} attempt={page.attempt} onSubmit={page.onSubmit}>
      <Textarea
        id="whatWentWrong"
        label={title}
        labelIsHeading
        hint={t(`whatWentWrong.hint.${kind}`)}
        rows={8}
        error={page.errorFor('whatWentWrong')}
        {...page.form.register('whatWentWrong')}
      />
    </QuestionPage>
  )
}
