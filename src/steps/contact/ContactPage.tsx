import { t } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { email: string; phone: string }

export function ContactPage() {
  const page = useStepForm<Values>({
    step: 'contact',
    defaultValues: (d) => ({ email: d.subject?.email ?? '', phone: d.subject?.phone ?? '' }),
    apply: (draft, v) => ({ ...draft, subject: { ...draft.subject, email: v.email, phone: v.phone } }),
    fieldFor: (path) => (path.startsWith('subject.email') ? 'email' : 'phone'),
  })
  const title = t(`contact.title.${page.who}`)
  const self = page.who === 'self'
  return (
    <QuestionPage
      title={title}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{title}</Heading>
          <p className="body">{t(`contact.body.${page.who}`)}</p>
        </>
      }
    >
      <TextInput id="email" label={t('contact.email')} type="email" autoComplete={self ? 'email' : 'off'} spellCheck={false} error={page.errorFor('email')} {...page.form.register('email')} />
      <TextInput id="phone" label={t('contact.phone')} type="tel" width="20" autoComplete={self ? 'tel' : 'off'} error={page.errorFor('phone')} {...page.form.register('phone')} />
    </QuestionPage>
  )
}
