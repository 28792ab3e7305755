import { t } from '../../i18n/text.ts'
import { Textarea } from '../../components/Textarea/Textarea.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

export function CorrectionsPage() {
  const page = useStepForm<{ corrections: string }>({
    step: 'corrections',
    defaultValues: (d) => ({ corrections: d.corrections ?? '' }),
    apply: (draft, v) => ({ ...draft, corrections: v.corrections }),
    fieldFor: () => 'corrections',
  })
  return (
    <QuestionPage title={t('corrections.title')} back={page.back} errors={page.errors} attempt={page.attempt} onSubmit={page.onSubmit}>
      <Textarea id="corrections" label={t('corrections.title')} labelIsHeading hint={t('corrections.hint')} rows={8} error={page.errorFor('corrections')} {...page.form.register('corrections')} />
    </QuestionPage>
  )
}
