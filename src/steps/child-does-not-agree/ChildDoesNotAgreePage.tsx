import { t } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Radios } from '../../components/Radios/Radios.tsx'
import type { Draft } from '../../draft/draft.ts'
import { subjectAge } from '../../flow/steps.ts'
import { message } from '../../request/errors.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Choice = 'self' | 'agrees' | 'best-interests'
type Values = { choice: Choice | '' | null }

/** Each choice changes the answers so the letter never argues against itself. */
function withChoice(draft: Draft, choice: Choice | '' | null): Draft {
  if (choice === 'self') return { ...draft, sender: { ...draft.sender, kind: 'self' } }
  if (choice === 'agrees') return { ...draft, sender: { ...draft.sender, childAgrees: 'yes' } }
  // In the child's best interests: the letter says so (and never claims the child agrees).
  return draft
}

/** The child does not know or does not agree: their own right, and the ways to go on. */
export function ChildDoesNotAgreePage() {
  const page = useStepForm<Values>({
    step: 'child-does-not-agree',
    defaultValues: () => ({ choice: '' }),
    owns: [],
    check: (v) => (v.choice ? [] : [{ field: 'childDoesNotAgree', message: message('chooseChildDoesNotAgree') }]),
    apply: (draft, v) => withChoice(draft, v.choice),
    fieldFor: () => 'childDoesNotAgree',
  })
  const age = subjectAge(page.draft, page.today)
  return (
    <QuestionPage
      title={t('childDoesNotAgree.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('childDoesNotAgree.title')}</Heading>
          <p className="body">{t('childDoesNotAgree.body')}</p>
          <p className="body">{t('childDoesNotAgree.age')}</p>
        </>
      }
    >
      <Radios
        id="childDoesNotAgree"
        legend={t('childDoesNotAgree.legend')}
        error={page.errorFor('childDoesNotAgree')}
        registration={page.form.register('choice')}
        options={[
          { value: 'self', label: t('childDoesNotAgree.option.self'), hint: t('childDoesNotAgree.option.selfHint') },
          {
            value: 'agrees',
            label: t('childDoesNotAgree.option.agrees'),
            hint: t(age !== undefined && age >= 12 ? 'childDoesNotAgree.option.agreesHintForm' : 'childDoesNotAgree.option.agreesHint'),
          },
          { value: 'best-interests', label: t('childDoesNotAgree.option.bestInterests'), hint: t('childDoesNotAgree.option.bestInterestsHint') },
        ]}
      />
    </QuestionPage>
  )
}
