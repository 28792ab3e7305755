import { t } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'
import { useDraft } from '../../flow/store.tsx'

type Values = { fullName: string; organisation: string; role: string }

export function WorkerDetailsPage() {
  const { keep } = useDraft()
  const page = useStepForm<Values>({
    step: 'worker-details',
    defaultValues: (d) => ({ fullName: d.sender?.fullName ?? '', organisation: d.sender?.organisation ?? '', role: d.sender?.role ?? '' }),
    apply: (draft, v) => ({ ...draft, sender: { ...draft.sender, kind: 'representative', fullName: v.fullName, organisation: v.organisation, role: v.role } }),
    fieldFor: (path) => (path.startsWith('sender.organisation') ? 'organisation' : path.startsWith('sender.role') ? 'role' : 'workerFullName'),
  })
  return (
    <QuestionPage
      title={t('workerDetails.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('workerDetails.title')}</Heading>
          <p className="body">{t('workerDetails.body')}</p>
          {keep === 'keep' ? <p className="body">{t('workerDetails.profileKept')}</p> : null}
        </>
      }
    >
      <TextInput id="workerFullName" label={t('workerDetails.fullName')} autoComplete="name" spellCheck={false} error={page.errorFor('workerFullName')} {...page.form.register('fullName')} />
      <TextInput id="organisation" label={t('workerDetails.organisation')} autoComplete="organization" error={page.errorFor('organisation')} {...page.form.register('organisation')} />
      <TextInput
        id="role"
        label={t('workerDetails.role')}
        hint={t('workerDetails.roleHint')}
        width="half"
        autoComplete="organization-title"
        error={page.errorFor('role')}
        {...page.form.register('role')}
      />
    </QuestionPage>
  )
}
