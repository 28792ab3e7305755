import { t } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Radios } from '../../components/Radios/Radios.tsx'
import type { SenderDraft } from '../../draft/draft.ts'
import { subjectAge } from '../../flow/steps.ts'
import { message } from '../../request/errors.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { childAgrees: SenderDraft['childAgrees'] | '' | null }

export function ChildAgreesPage() {
  const page = useStepForm<Values>({
    step: 'child-agrees',
    defaultValues: (d) => ({ childAgrees: d.sender?.childAgrees ?? '' }),
    check: (v) => (v.childAgrees ? [] : [{ field: 'childAgrees', message: message('chooseChildAgrees') }]),
    apply: (draft, v) => ({ ...draft, sender: { ...draft.sender, childAgrees: v.childAgrees || undefined } }),
    fieldFor: () => 'childAgrees',
  })
  const age = subjectAge(page.draft, page.today)
  return (
    <QuestionPage
      title={t('childAgrees.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('childAgrees.title')}</Heading>
          <p className="body">{t('childAgrees.body')}</p>
          <p className="body">{t('childAgrees.twelve')}</p>
          <p className="body">{t('childAgrees.scotland')}</p>
          {age !== undefined && age >= 12 ? (
            <div className="inset">
              <p className="body">{t('childAgrees.formNote', { age })}</p>
            </div>
          ) : null}
        </>
      }
    >
      <Radios
        id="childAgrees"
        legend={t('childAgrees.title')}
        legendHidden
        error={page.errorFor('childAgrees')}
        registration={page.form.register('childAgrees')}
        options={[
          { value: 'yes', label: t('childAgrees.option.yes') },
          { value: 'no', label: t('childAgrees.option.no'), hint: t('childAgrees.option.noHint') },
          { value: 'too-young', label: t('childAgrees.option.tooYoung') },
        ]}
      />
    </QuestionPage>
  )
}
