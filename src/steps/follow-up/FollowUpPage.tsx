import { t } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Radios } from '../../components/Radios/Radios.tsx'
import type { FollowUpDraft } from '../../draft/draft.ts'
import { hasFollowUp } from '../../flow/steps.ts'
import { message } from '../../request/errors.ts'
import { tTerms } from '../glossary/GlossaryLink.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { kind: FollowUpDraft['kind'] | '' | null }

export function FollowUpPage() {
  const page = useStepForm<Values>({
    step: 'follow-up',
    defaultValues: (d) => ({ kind: d.followUp?.kind ?? '' }),
    check: (v) => (v.kind ? [] : [{ field: 'followUpKind', message: message('chooseFollowUp') }]),
    apply: (draft, v) => {
      const kind = v.kind || undefined
      const starts = !hasFollowUp(draft) && kind !== undefined && kind !== 'none'
      if (!starts) return { ...draft, followUp: { ...draft.followUp, kind } }
      // Answers loaded from a first letter's file say how that letter was to be sent, not this one. They
      // fill in the first letter's page, where the person sees them; this letter says nothing of how it goes
      // unless the person says so from check your answers.
      const { sent, ...rest } = draft
      const first = sent?.by && sent.by !== 'not-sure' && sent.on && draft.followUp?.originalSentOn === undefined ? { originalSentOn: { ...sent.on }, originalSentBy: sent.by } : {}
      return { ...rest, followUp: { ...draft.followUp, ...first, kind } }
    },
    fieldFor: () => 'followUpKind',
  })
  return (
    <QuestionPage
      title={t('followUp.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('followUp.title')}</Heading>
          <p className="body">{t('followUp.body')}</p>
          <p className="body">{tTerms('followUp.glossary')}</p>
        </>
      }
    >
      <Radios
        id="followUpKind"
        legend={t('followUp.title')}
        legendHidden
        error={page.errorFor('followUpKind')}
        registration={page.form.register('kind')}
        options={[
          { value: 'reminder', label: t('followUp.option.reminder'), hint: t('followUp.option.reminderHint') },
          { value: 'missing-parts', label: t('followUp.option.missing-parts'), hint: t('followUp.option.missingPartsHint') },
          { value: 'complaint', label: t('followUp.option.complaint'), hint: t('followUp.option.complaintHint') },
          { value: 'ico-complaint', label: t('followUp.option.ico-complaint'), hint: t('followUp.option.icoHint') },
          { value: 'ico-check', label: t('followUp.option.ico-check'), hint: t('followUp.option.icoCheckHint') },
          { value: 'none', label: t('followUp.option.none'), hint: t('followUp.option.noneHint') },
        ]}
      />
    </QuestionPage>
  )
}
