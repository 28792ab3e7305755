import { t, tList } from '../../i18n/text.ts'
import { Details } from '../../components/Details/Details.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { fullName: string; relationship: string }

export function ParentDetailsPage() {
  const page = useStepForm<Values>({
    step: 'parent-details',
    defaultValues: (d) => ({ fullName: d.sender?.fullName ?? '', relationship: d.sender?.relationship ?? '' }),
    apply: (draft, v) => ({ ...draft, sender: { ...draft.sender, kind: 'parent', fullName: v.fullName, relationship: v.relationship } }),
    fieldFor: (path) => (path.startsWith('sender.relationship') ? 'relationship' : 'parentFullName'),
  })
  return (
    <QuestionPage
      title={t('parentDetails.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('parentDetails.title')}</Heading>
          <p className="body">{t('parentDetails.body')}</p>
          <Details summary={t('parentDetails.proofTitle')}>
            <ul className="list list--bullet">
              {tList('parentDetails.proof').map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p className="body">{t('parentDetails.proofNote')}</p>
          </Details>
        </>
      }
    >
      <TextInput id="parentFullName" label={t('parentDetails.fullName')} autoComplete="name" spellCheck={false} error={page.errorFor('parentFullName')} {...page.form.register('fullName')} />
      <TextInput
        id="relationship"
        label={t('parentDetails.relationship')}
        hint={t('parentDetails.relationshipHint')}
        width="half"
        error={page.errorFor('relationship')}
        {...page.form.register('relationship')}
      />
    </QuestionPage>
  )
}
