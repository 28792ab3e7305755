import type { FormEventHandler, ReactNode } from 'react'
import { Page } from '../../components/Page/Page.tsx'
import { t } from '../../i18n/text.ts'
import { Button } from '../../components/Button/Button.tsx'
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary/ErrorSummary.tsx'

interface Props {
  /** The question, for the tab title. The h1 itself is the label or legend inside `children`. */
  title: string
  back?: string
  errors: readonly SummaryError[]
  attempt: number
  onSubmit: FormEventHandler<HTMLFormElement>
  /** Text above the form, after the error summary. */
  intro?: ReactNode
  submitLabel?: string
  children: ReactNode
  /** After the button: links and notes. */
  after?: ReactNode
}

/** Back link, error summary, the form with browser validation off, and a Continue button. */
export function QuestionPage({ title, back, errors, attempt, onSubmit, intro, submitLabel, children, after }: Props) {
  return (
    <Page title={title} back={back} hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} focusKey={attempt} />
      {intro}
      <form noValidate onSubmit={onSubmit}>
        {children}
        <Button type="submit">{submitLabel ?? t('app.continue')}</Button>
      </form>
      {after}
    </Page>
  )
}
