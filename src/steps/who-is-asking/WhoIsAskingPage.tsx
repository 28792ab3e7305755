import { t } from '../../i18n/text.ts'
import { Radios } from '../../components/Radios/Radios.tsx'
import type { SenderKind } from '../../request/constants.ts'
import { message } from '../../request/errors.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { kind: SenderKind | '' | null }

export function WhoIsAskingPage() {
  const page = useStepForm<Values>({
    step: 'who-is-asking',
    defaultValues: (d) => ({ kind: d.sender?.kind ?? '' }),
    check: (v) => (v.kind ? [] : [{ field: 'who', message: message('chooseWho') }]),
    apply: (draft, v) => ({ ...draft, sender: { ...draft.sender, kind: v.kind || undefined } }),
    fieldFor: () => 'who',
  })
  return (
    <QuestionPage title={t('whoIsAsking.title')} back={page.back} errors={page.errors} attempt={page.attempt} onSubmit={page.onSubmit}>
      <Radios
        id="who"
        legend={t('whoIsAsking.title')}
        legendIsHeading
        error={page.errorFor('who')}
        registration={page.form.register('kind')}
        options={[
          { value: 'self', label: t('whoIsAsking.option.self') },
          { value: 'parent', label: t('whoIsAsking.option.parent'), hint: t('whoIsAsking.option.parentHint') },
          { value: 'representative', label: t('whoIsAsking.option.representative'), hint: t('whoIsAsking.option.representativeHint') },
        ]}
      />
    </QuestionPage>
  )
}
