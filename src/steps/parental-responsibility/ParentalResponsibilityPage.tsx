import { t, tList } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Radios } from '../../components/Radios/Radios.tsx'
import type { SenderDraft } from '../../draft/draft.ts'
import { message } from '../../request/errors.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { parentalResponsibility: SenderDraft['parentalResponsibility'] | '' | null }

/** Only "yes" lets a letter say the writer has parental responsibility; anyone else is shown the ways that work. */
export function ParentalResponsibilityPage() {
  const page = useStepForm<Values>({
    step: 'parental-responsibility',
    defaultValues: (d) => ({ parentalResponsibility: d.sender?.parentalResponsibility ?? '' }),
    // The schema refuses a parent without it; here that is an answer, not a mistake: the next page explains.
    owns: [],
    check: (v) => (v.parentalResponsibility ? [] : [{ field: 'parentalResponsibility', message: message('chooseParentalResponsibility') }]),
    apply: (draft, v) => ({ ...draft, sender: { ...draft.sender, kind: 'parent', parentalResponsibility: v.parentalResponsibility || undefined } }),
    fieldFor: () => 'parentalResponsibility',
  })
  return (
    <QuestionPage
      title={t('parentalResponsibility.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('parentalResponsibility.title')}</Heading>
          <p className="body">{t('parentalResponsibility.body')}</p>
          <h2 className="heading-s">{t('parentalResponsibility.whoTitle')}</h2>
          <ul className="list list--bullet">
            {tList('parentalResponsibility.who').map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p className="body">{t('parentalResponsibility.whoNot')}</p>
        </>
      }
    >
      <Radios
        id="parentalResponsibility"
        legend={t('parentalResponsibility.title')}
        legendHidden
        error={page.errorFor('parentalResponsibility')}
        registration={page.form.register('parentalResponsibility')}
        options={[
          { value: 'yes', label: t('parentalResponsibility.option.yes') },
          { value: 'no', label: t('parentalResponsibility.option.no'), hint: t('parentalResponsibility.option.notHint') },
          { value: 'not-sure', label: t('parentalResponsibility.option.not-sure'), hint: t('parentalResponsibility.option.notHint') },
        ]}
      />
    </QuestionPage>
  )
}
