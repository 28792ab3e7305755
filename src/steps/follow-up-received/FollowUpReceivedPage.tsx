import { t } from '../../i18n/text.ts'
import { Checkboxes } from '../../components/Checkboxes/Checkboxes.tsx'
import { REPLY_ITEMS, type ReplyItem } from '../../request/constants.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'
import { asList } from '../what-you-want/WhatYouWantPage.tsx'
import { bodyInSentence, thisLetter } from '../follow-up/words.ts'

type Values = { received: ReplyItem[] | ReplyItem | false }

/** "They replied": what a full reply holds, ticked off; the letter asks for the rest (Art 15(1), s.45(2)). */
export function FollowUpReceivedPage() {
  const page = useStepForm<Values>({
    step: 'follow-up-received',
    defaultValues: (d) => ({ received: d.followUp?.received ?? [] }),
    apply: (draft, v) => ({ ...draft, followUp: { ...draft.followUp, received: REPLY_ITEMS.filter((i) => asList(v.received).includes(i)) } }),
    fieldFor: () => 'received',
  })
  const only = page.draft.recipients?.length === 1 ? page.draft.recipients[0] : undefined
  const body = bodyInSentence(only?.name)
  return (
    <QuestionPage title={t('followUpReceived.title')} back={page.back} errors={page.errors} attempt={page.attempt} onSubmit={page.onSubmit}>
      <Checkboxes
        id="received"
        legend={t('followUpReceived.title')}
        legendIsHeading
        hint={t('followUpReceived.hint', { this: thisLetter(page.draft), body })}
        error={page.errorFor('received')}
        registration={page.form.register('received')}
        options={REPLY_ITEMS.map((item) => ({ value: item, label: t(`followUpReceived.option.${item}`), hint: t(`followUpReceived.hint.${item}`) }))}
      />
    </QuestionPage>
  )
}
