import { t } from '../../i18n/text.ts'
import { Textarea } from '../../components/Textarea/Textarea.tsx'
import { linesOf } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

export function OtherNamesPage() {
  const page = useStepForm<{ otherNames: string }>({
    step: 'other-names',
    defaultValues: (d) => ({ otherNames: (d.subject?.otherNames ?? []).join('\n') }),
    apply: (draft, v) => ({ ...draft, subject: { ...draft.subject, otherNames: linesOf(v.otherNames) } }),
    fieldFor: () => 'otherNames',
  })
  const title = t(`otherNames.title.${page.who}`)
  return (
    <QuestionPage
      title={title}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      after={<p className="body body--secondary">{t('otherNames.why')}</p>}
    >
      <Textarea
        id="otherNames"
        label={title}
        labelIsHeading
        hint={t('otherNames.hint')}
        error={page.errorFor('otherNames')}
        rows={4}
        spellCheck={false}
        {...page.form.register('otherNames')}
      />
    </QuestionPage>
  )
}
