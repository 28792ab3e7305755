import { t } from '../../i18n/text.ts'
import { Checkboxes } from '../../components/Checkboxes/Checkboxes.tsx'
import { TOPICS, type Topic } from '../../request/constants.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'
import { asList } from '../what-you-want/WhatYouWantPage.tsx'

type Values = { topics: Topic[] | Topic | false }

export function TopicsPage() {
  const page = useStepForm<Values>({
    step: 'topics',
    defaultValues: (d) => ({ topics: d.topics ?? [] }),
    apply: (draft, v) => ({ ...draft, topics: TOPICS.filter((topic) => asList(v.topics).includes(topic)) }),
    fieldFor: () => 'topics',
  })
  return (
    <QuestionPage title={t('topics.title')} back={page.back} errors={page.errors} attempt={page.attempt} onSubmit={page.onSubmit}>
      <Checkboxes
        id="topics"
        legend={t('topics.title')}
        legendIsHeading
        hint={t('topics.hint')}
        error={page.errorFor('topics')}
        registration={page.form.register('topics')}
        options={TOPICS.map((topic) => ({ value: topic, label: t(`topics.option.${topic}`), hint: t(`topics.hint.${topic}`) }))}
      />
    </QuestionPage>
  )
}
