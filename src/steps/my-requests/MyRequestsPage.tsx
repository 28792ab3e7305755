import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { Button } from '../../components/Button/Button.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import { Page } from '../../components/Page/Page.tsx'
import type { TrackedDraft } from '../../draft/draft.ts'
import { inSentence } from '../../directory/names.ts'
import { describeBody } from '../../flow/bodies.ts'
import { useDirectory, type Directory } from '../../flow/directory.ts'
import { draftAfterReply, draftForNext, withoutEvent } from '../../flow/history.ts'
import { navigate } from '../../flow/router.ts'
import { firstIncomplete, pathFor, type StepId } from '../../flow/steps.ts'
import { formatDay } from '../../i18n/format.ts'
import { locale, t } from '../../i18n/text.ts'
import type { FollowUpKind } from '../../request/constants.ts'
import { IcoActions } from '../recipients/BodyCard.tsx'
import { useStep } from '../shared/useStep.ts'
import { trackedView, type NextLetter } from './status.ts'

const day = (iso: string) => formatDay(iso, locale())

/** The status line: what is due, overdue or done, with its date. */
function statusLine(view: ReturnType<typeof trackedView>): string {
  const s = view.status
  switch (s.state) {
    case 'due':
      return t('myRequests.status.due', { date: day(s.due) })
    case 'waiting-for-you':
      return t(`myRequests.status.waiting.${s.why}`, { date: day(s.askedOn) })
    case 'overdue':
      return t('myRequests.status.overdue', { date: day(s.due) })
    case 'complaint-due':
      return t('myRequests.status.complaintDue', { date: day(s.due) })
    case 'answered':
      return t(`myRequests.status.answered.${s.reply}`, { date: day(s.on) })
    case 'with-ico':
      return t('myRequests.status.withIco', { date: day(s.on) })
  }
}

/** Each event in words, with its answer when there is one ("you sent the proof"). */
function eventLines(entry: TrackedDraft): string[] {
  return (entry.events ?? []).map((e) => {
    const line = t(`myRequests.event.${e.kind}`, { date: day(e.on) })
    if (e.answeredOn === undefined) return line
    const answered = e.kind === 'complaint-made' ? 'complaint' : e.kind === 'asked-for-id' ? 'id' : 'answer'
    return `${line}; ${t(`myRequests.answered.${answered}`, { date: day(e.answeredOn) })}`
  })
}

interface CardProps {
  entry: TrackedDraft
  index: number
  directory: Directory
  today: string
  onNext: (entry: TrackedDraft, next: NextLetter) => void
  onDelete: (index: number) => void
  onRemoveEvent: (index: number, event: number) => void
}

function TrackedCard({ entry, index, directory, today, onNext, onDelete, onRemoveEvent }: CardProps) {
  const [confirming, setConfirming] = useState(false)
  const question = useRef<HTMLParagraphElement>(null)
  // The question is read out as it opens, so a keyboard user knows what Yes would do.
  useEffect(() => {
    if (confirming) question.current?.focus()
  }, [confirming])
  const body = describeBody(entry.recipient, index, directory)
  const view = trackedView(entry, directory, today)
  const headingId = `tracked-${index + 1}`
  const asked = (entry.requests ?? []).map((r) => t(`whatYouWant.option.${r}`).toLowerCase()).join(', ')
  const events = eventLines(entry)
  return (
    <li className="card tracked-card">
      <h2 className="heading-m" id={headingId}>{body.name}</h2>
      <p className="body">{t('myRequests.asked', { what: asked })}</p>
      <p className="body">{entry.sentBy ? t('myRequests.sentBy', { date: day(entry.sentOn), how: t(`sending.option.${entry.sentBy}`).toLowerCase() }) : t('myRequests.sent', { date: day(entry.sentOn) })}</p>
      {entry.theirReference ? <p className="body">{t('myRequests.reference', { ref: entry.theirReference })}</p> : null}
      <p className="body body--strong">{statusLine(view)}</p>
      {events.length > 0 ? (
        <>
          <h3 className="heading-s">{t('myRequests.eventsTitle')}</h3>
          <ul className="list list--bullet">
            {events.map((line, i) => (
              <li key={`${i}-${line}`}>
                {line}{' '}
                <Button variant="link" onClick={() => onRemoveEvent(index, i)}>
                  {t('myRequests.removeEvent')} <span className="visually-hidden">{t('myRequests.removeEventWhat', { what: line })}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <IcoActions body={body} />
      {view.next.length > 0 ? <NextSteps next={view.next} today={today} name={inSentence(body.name)} onChoose={(n) => onNext(entry, n)} /> : null}
      <p className="body">
        <Link to={pathFor('tracked-event', { n: index + 1 })}>
          {t('myRequests.tell')} <span className="visually-hidden">{t('myRequests.forBody', { name: inSentence(body.name) })}</span>
        </Link>
      </p>
      {confirming ? (
        <div className="warning">
          <p className="body body--strong" ref={question} tabIndex={-1}>{t('myRequests.deleteConfirm', { name: inSentence(body.name) })}</p>
          <div className="button-group button-group--inline">
            <Button variant="warning" onClick={() => onDelete(index)}>{t('myRequests.deleteYes')}</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>{t('myRequests.deleteNo')}</Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('myRequests.delete')} <span className="visually-hidden">{t('myRequests.forBody', { name: inSentence(body.name) })}</span>
        </Button>
      )}
    </li>
  )
}

function NextSteps({ next, today, name, onChoose }: { next: NextLetter[]; today: string; name: string; onChoose: (next: NextLetter) => void }) {
  return (
    <>
      <h3 className="heading-s">{t('myRequests.nextTitle')}</h3>
      {next.map((n, i) => (
        <div key={n.letter}>
          {n.from > today ? (
            <p className="body">{t(`myRequests.notYet.${n.letter}`, { date: day(n.from) })}</p>
          ) : (
            <>
              <p className="body">{n.by ? t('myRequests.icoBy', { date: day(n.by) }) : t(`myRequests.why.${n.letter}`)}</p>
              <Button variant={i === 0 ? 'primary' : 'secondary'} onClick={() => onChoose(n)}>
                {t(`myRequests.make.${n.letter}`)} <span className="visually-hidden">{t('myRequests.toBody', { name })}</span>
              </Button>
            </>
          )}
        </div>
      ))}
    </>
  )
}

/** The follow-up's own question for a letter, if it has one; otherwise the first page still to answer. */
const OWN_QUESTION: Partial<Record<FollowUpKind, StepId>> = { 'missing-parts': 'follow-up-received', 'ico-check': 'follow-up-withheld' }

/** "My requests": each letter sent, what is due, overdue or done, and the next letter as one button. */
export function MyRequestsPage() {
  const page = useStep('my-requests')
  const directory = useDirectory()
  const history = page.draft.history ?? []
  const [deleted, setDeleted] = useState<string>()

  function onNext(entry: TrackedDraft, next: NextLetter) {
    if (next.letter === 'act-on-reply') {
      // What to ask for now, then only what is still missing: the rest stands from the first letter.
      flushSync(() => page.save(draftAfterReply(page.draft, entry, next.from)))
      navigate(pathFor('what-you-want', { fromCheck: true }))
      return
    }
    const draft = draftForNext(page.draft, entry, next.letter)
    page.saveAndContinue(draft, OWN_QUESTION[next.letter] ?? firstIncomplete(draft, page.ctx))
  }

  function onDelete(index: number) {
    const entry = history[index]
    if (!entry || !directory) return
    const name = inSentence(describeBody(entry.recipient, index, directory).name)
    page.save({ ...page.draft, history: history.filter((_, i) => i !== index) })
    setDeleted(t('myRequests.deleted', { name }))
    // The card and its buttons are gone: focus goes to the top of the list, where the news is said.
    document.querySelector<HTMLElement>('main h1')?.focus()
  }

  function onRemoveEvent(index: number, event: number) {
    const entry = history[index]
    if (!entry) return
    page.save({ ...page.draft, history: history.map((h, i) => (i === index ? withoutEvent(h, event) : h)) })
    setDeleted(t('myRequests.eventRemoved'))
    document.querySelector<HTMLElement>('main h1')?.focus()
  }

  return (
    <Page title={t('myRequests.title')} back={page.back}>
      <Heading>{t('myRequests.title')}</Heading>
      <p className="body">{t('myRequests.intro')}</p>
      {page.keep === 'keep' ? null : <p className="body inset">{t('myRequests.notKept')}</p>}
      <output className="body status">{deleted ?? ''}</output>
      {history.length === 0 ? (
        <p className="body">{t('myRequests.empty')}</p>
      ) : directory ? (
        <ul className="card-list">
          {history.map((entry, i) => (
            <TrackedCard key={`${entry.sentOn}-${entry.recipient.id ?? entry.recipient.name ?? ''}-${i}`} entry={entry} index={i} directory={directory} today={page.today} onNext={onNext} onDelete={onDelete} onRemoveEvent={onRemoveEvent} />
          ))}
        </ul>
      ) : (
        <p className="body loading">{t('myRequests.loading')}</p>
      )}
      <p className="body">
        <Link to={pathFor('follow-up')}>{t('myRequests.notListed')}</Link>
      </p>
    </Page>
  )
}
