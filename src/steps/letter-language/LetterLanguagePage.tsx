import { Heading } from '../../components/Heading/Heading.tsx'
import { Radios } from '../../components/Radios/Radios.tsx'
import { describeBody } from '../../flow/bodies.ts'
import { useDirectory } from '../../flow/directory.ts'
import { defaultLetterLanguage, letterLanguageName } from '../../flow/letter-language.ts'
import { LETTER_LANGUAGES, type LetterLanguage } from '../../i18n/letter-words.ts'
import { t } from '../../i18n/text.ts'
import { goesToIco } from '../../request/constants.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

/** Per organisation (by its position): the language its letter, cover sheet and forms are in. */
type Values = { each: Record<string, LetterLanguage> }

export function LetterLanguagePage() {
  const directory = useDirectory()
  const page = useStepForm<Values>({
    step: 'letter-language',
    defaultValues: (d) => ({ each: Object.fromEntries((d.recipients ?? []).map((r, i) => [String(i), r.language ?? defaultLetterLanguage()])) }),
    apply: (draft, v) => {
      const recipients = draft.recipients?.map((r, i) => ({ ...r, language: v.each?.[String(i)] ?? r.language ?? defaultLetterLanguage() }))
      return recipients ? { ...draft, recipients } : draft
    },
    fieldFor: (_, v) => `letterLanguage-${Object.keys(v.each ?? {})[0] ?? '0'}`,
  })
  const recipients = page.draft.recipients ?? []
  const kind = page.draft.followUp?.kind
  const toIco = kind !== undefined && kind !== 'none' && goesToIco(kind)
  return (
    <QuestionPage
      title={t('letterLanguage.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('letterLanguage.title')}</Heading>
          <p className="body">{t('letterLanguage.body')}</p>
        </>
      }
    >
      {recipients.map((r, index) => (
        <Radios
          key={index}
          id={`letterLanguage-${index}`}
          legend={t(toIco ? 'letterLanguage.legendIco' : 'letterLanguage.legend', { name: directory ? describeBody(r, index, directory).name : (r.name ?? r.id ?? '') })}
          registration={page.form.register(`each.${index}`)}
          options={LETTER_LANGUAGES.map((language) => ({ value: language, label: letterLanguageName(language) }))}
        />
      ))}
    </QuestionPage>
  )
}
