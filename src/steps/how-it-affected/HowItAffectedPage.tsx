import { t } from '../../i18n/text.ts'
import { Textarea } from '../../components/Textarea/Textarea.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

/** For the ICO complaint: how it affected the person the records are about, in the writer's own words. */
export function HowItAffectedPage() {
  const page = useStepForm<{ howItAffected: string }>({
    step: 'how-it-affected',
    defaultValues: (d) => ({ howItAffected: d.followUp?.howItAffected ?? '' }),
    apply: (draft, v) => ({ ...draft, followUp: { ...draft.followUp, howItAffected: v.howItAffected } }),
    fieldFor: () => 'howItAffected',
  })
  const title = t(`howItAffected.title.${page.who}`)
  return (
    <QuestionPage title={title} back={page.back} errors={page.errors} attempt={page.attempt} onSubmit={page.onSubmit}>
      <Textarea
        id="howItAffected"
        label={title}
        labelIsHeading
        hint={t('howItAffected.hint')}
        rows={8}
        error={page.errorFor('howItAffected')}
        {...page.form.register('howItAffected')}
      />
    </QuestionPage>
  )
}
