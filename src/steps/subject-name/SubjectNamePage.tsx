import { t } from '../../i18n/text.ts'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

export function SubjectNamePage() {
  const page = useStepForm<{ fullName: string }>({
    step: 'subject-name',
    defaultValues: (d) => ({ fullName: d.subject?.fullName ?? '' }),
    apply: (draft, v) => ({ ...draft, subject: { ...draft.subject, fullName: v.fullName } }),
    fieldFor: () => 'fullName',
  })
  const title = t(`subjectName.title.${page.who}`)
  return (
    <QuestionPage title={title} back={page.back} errors={page.errors} attempt={page.attempt} onSubmit={page.onSubmit}>
      <TextInput
        id="fullName"
        label={title}
        labelIsHeading
        hint={t('subjectName.hint')}
        error={page.errorFor('fullName')}
        autoComplete={page.who === 'self' ? 'name' : 'off'}
        spellCheck={false}
        {...page.form.register('fullName')}
      />
    </QuestionPage>
  )
}
