import { t } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Textarea } from '../../components/Textarea/Textarea.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

export function DetailsPage() {
  const page = useStepForm<{ details: string }>({
    step: 'details',
    defaultValues: (d) => ({ details: d.details ?? '' }),
    apply: (draft, v) => ({ ...draft, details: v.details }),
    fieldFor: () => 'details',
  })
  return (
    <QuestionPage
      title={t('details.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('details.title')}</Heading>
          <p className="body">{t('details.body')}</p>
        </>
      }
    >
      <Textarea id="details" label={t('details.label')} hint={t('details.hint')} rows={8} error={page.errorFor('details')} {...page.form.register('details')} />
    </QuestionPage>
  )
}
