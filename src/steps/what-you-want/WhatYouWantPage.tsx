import { t } from '../../i18n/text.ts'
import { Checkboxes } from '../../components/Checkboxes/Checkboxes.tsx'
import { REQUEST_TYPES, type RequestType } from '../../request/constants.ts'
import { tTerms } from '../glossary/GlossaryLink.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { requests: RequestType[] | RequestType | false }

/** react-hook-form gives an array for a group of boxes; be safe with a single value too. */
export function asList<T extends string>(value: T[] | T | false | null | undefined): T[] {
  if (Array.isArray(value)) return value
  return value ? [value] : []
}

export function WhatYouWantPage() {
  const page = useStepForm<Values>({
    step: 'what-you-want',
    defaultValues: (d) => ({ requests: d.requests ?? [] }),
    // Kept in the order letters present them, whatever order they were ticked in.
    apply: (draft, v) => ({ ...draft, requests: REQUEST_TYPES.filter((r) => asList(v.requests).includes(r)) }),
    fieldFor: () => 'requests',
  })
  return (
    <QuestionPage
      title={t('whatYouWant.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      after={
        <div className="inset">
          <p className="body">{t('whatYouWant.notSure')}</p>
          <p className="body">{tTerms('whatYouWant.terms')}</p>
        </div>
      }
    >
      <Checkboxes
        id="requests"
        legend={t('whatYouWant.title')}
        legendIsHeading
        hint={t('whatYouWant.hint')}
        error={page.errorFor('requests')}
        registration={page.form.register('requests')}
        options={REQUEST_TYPES.map((r) => ({ value: r, label: t(`whatYouWant.option.${r}`), hint: t(`whatYouWant.option.${r}Hint`) }))}
      />
    </QuestionPage>
  )
}
