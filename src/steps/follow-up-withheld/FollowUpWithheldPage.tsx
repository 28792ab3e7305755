import { t } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Radios } from '../../components/Radios/Radios.tsx'
import type { FollowUpDraft } from '../../draft/draft.ts'
import { message } from '../../request/errors.ts'
import { tTerms } from '../glossary/GlossaryLink.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { withheld: FollowUpDraft['withheld'] | '' | null }

/** What the police held back, for the request to the ICO to check it (DPA 2018 s.51). */
export function FollowUpWithheldPage() {
  const page = useStepForm<Values>({
    step: 'follow-up-withheld',
    defaultValues: (d) => ({ withheld: d.followUp?.withheld ?? '' }),
    check: (v) => (v.withheld ? [] : [{ field: 'withheld', message: message('withheldNeeded') }]),
    apply: (draft, v) => ({ ...draft, followUp: { ...draft.followUp, withheld: v.withheld || undefined } }),
    fieldFor: () => 'withheld',
  })
  return (
    <QuestionPage
      title={t('followUpWithheld.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('followUpWithheld.title')}</Heading>
          <p className="body">{tTerms('followUpWithheld.body')}</p>
        </>
      }
    >
      <Radios
        id="withheld"
        legend={t('followUpWithheld.title')}
        legendHidden
        error={page.errorFor('withheld')}
        registration={page.form.register('withheld')}
        options={(['neither-confirm-nor-deny', 'restricted', 'refused'] as const).map((value) => ({
          value,
          label: t(`followUpWithheld.option.${value}`),
          hint: t(`followUpWithheld.hint.${value}`),
        }))}
      />
    </QuestionPage>
  )
}
