import { t } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import { Textarea } from '../../components/Textarea/Textarea.tsx'
import { pathFor } from '../../flow/steps.ts'
import { tTerms } from '../glossary/GlossaryLink.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

/** An ICO complaint with no complaint to the organisation first (DPA 2018 s.164A) says why not. */
export function NoComplaintReasonPage() {
  const page = useStepForm<{ noComplaintReason: string }>({
    step: 'no-complaint-reason',
    defaultValues: (d) => ({ noComplaintReason: d.followUp?.noComplaintReason ?? '' }),
    apply: (draft, v) => ({ ...draft, followUp: { ...draft.followUp, noComplaintReason: v.noComplaintReason } }),
    fieldFor: () => 'noComplaintReason',
  })
  return (
    <QuestionPage
      title={t('noComplaintReason.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('noComplaintReason.title')}</Heading>
          <p className="body">{tTerms('noComplaintReason.body')}</p>
          <p className="body">
            <Link to={pathFor('follow-up')}>{t('noComplaintReason.instead')}</Link>
          </p>
        </>
      }
    >
      <Textarea
        id="noComplaintReason"
        label={t('noComplaintReason.label')}
        hint={t('noComplaintReason.hint')}
        rows={6}
        error={page.errorFor('noComplaintReason')}
        {...page.form.register('noComplaintReason')}
      />
    </QuestionPage>
  )
}
