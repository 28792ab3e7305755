import { useEffect, useLayoutEffect, type FormEvent } from 'react'
import { Page } from '../../components/Page/Page.tsx'
import { navigate } from '../../flow/router.ts'
import { locale as interfaceLocale, t } from '../../i18n/text.ts'
import { Button } from '../../components/Button/Button.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import type { IsoDate } from '../../dates/iso.ts'
import { formatDay } from '../../i18n/format.ts'
import { isComplete, pathFor } from '../../flow/steps.ts'
import { tTerms } from '../glossary/GlossaryLink.tsx'
import { bodyAtStart, bodyInSentence, thisLetter } from '../follow-up/words.ts'
import { useStep } from '../shared/useStep.ts'
import type { BodyTiming } from './timing.ts'
import { useSendTiming } from './useSendTiming.ts'

/** How their date was worked out, from what the person told us: each line is one of their answers. */
function Explained({ body, today, complaint, thisText }: { body: BodyTiming; today: IsoDate; complaint: boolean; thisText: string }) {
  const { facts } = body
  const tl = facts.timeline
  if (tl.state !== 'running') return null
  const lines: string[] = [t(tl.receivedAssumed ? 'followUpTiming.receivedPosted' : 'followUpTiming.received', { date: formatDay(tl.received, interfaceLocale()) })]
  if (tl.idArrived) lines.push(t('followUpTiming.idArrived', { date: formatDay(tl.idArrived, interfaceLocale()) }))
  if (tl.pausedDays > 0) lines.push(t('followUpTiming.paused', { days: tl.pausedDays }))
  if (tl.extension === 'counted') lines.push(t('followUpTiming.extended'))
  if (tl.extension === 'too-late') lines.push(t('followUpTiming.extensionTooLate'))
  const deadline = { body: bodyAtStart(body.name), deadline: formatDay(tl.deadline, interfaceLocale()) }
  // A refusal already gives the date in its own words.
  if (!body.problem) lines.push(today > tl.deadline ? t('followUpTiming.deadlinePast', deadline) : t('followUpTiming.deadlineFuture', deadline))
  if (complaint && facts.reply) lines.push(t('followUpTiming.replied', { date: formatDay(facts.reply.on, interfaceLocale()), this: thisText }))
  return (
    <>
      {lines.map((line) => (
        <p className="body" key={line}>
          {line}
        </p>
      ))}
    </>
  )
}

/**
 * When the follow-up can be sent, before anything else is asked: the same rules the letters use.
 * Too early, and there is no way on; an ICO complaint long after the last contact is warned about.
 * When it can be sent with nothing to warn of, the page is passed by (the events page has said when).
 */
export function FollowUpTimingPage() {
  const page = useStep('follow-up-timing')
  const state = useSendTiming(page.draft, page.today)
  const letter = thisLetter(page.draft)
  const timing = state.status === 'ready' ? state.timing : undefined
  const missing = state.status === 'ready' && timing === undefined
  // A page only where it stops the letter or warns: otherwise the journey goes straight on, and Back goes past it.
  const nothingToSay = timing !== undefined && timing.canSend && !timing.icoMayRefuse
  const onward = nothingToSay ? page.onward(page.draft) : undefined
  useLayoutEffect(() => {
    if (onward) navigate(onward, { replace: true })
  }, [onward])

  // Dates not answered yet (a bookmark, a cleared answer): ask for them first.
  useEffect(() => {
    if (missing) navigate(pathFor(isComplete('follow-up-details', page.draft) ? 'follow-up-events' : 'follow-up-details'), { replace: true })
  }, [missing, page.draft])

  if (state.status === 'failed') {
    return (
      <Page title={t('followUpTiming.checking')} back={page.back}>
        <Heading>{t('followUpTiming.checking')}</Heading>
        <p className="body">{t('app.loadFailed')}</p>
      </Page>
    )
  }
  if (nothingToSay) return null
  if (!timing) {
    return (
      <Page title={t('followUpTiming.checking')} back={page.back}>
        <Heading>{t('followUpTiming.checking')}</Heading>
      </Page>
    )
  }

  const title = t(timing.canSend ? 'followUpTiming.title.can' : 'followUpTiming.title.cannot', { this: letter })
  const complaint = page.draft.followUp?.kind !== 'reminder'
  const named = timing.bodies.length > 1

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    page.saveAndContinue(page.draft)
  }

  return (
    <Page title={title} back={page.back}>
      <Heading>{title}</Heading>
      {timing.bodies.map((body, i) => (
        <section key={`${body.name ?? ''}-${i}`} className="section">
          {named ? <h2 className="heading-s">{body.name}</h2> : null}
          {body.problem ? (
            <div className="warning">
              <p className="body body--strong">{body.problem}</p>
            </div>
          ) : null}
          <Explained body={body} today={page.today} complaint={complaint} thisText={thisLetter(page.draft)} />
          {timing.icoMayRefuse && body.facts.icoMayRefuse ? (
            <div className="warning" role="note">
              <h2 className="heading-s">{t('followUpTiming.icoLateTitle')}</h2>
              <p className="body">{tTerms('followUpTiming.icoLate', { body: bodyInSentence(body.name), date: formatDay(body.facts.lastContact, interfaceLocale()) })}</p>
            </div>
          ) : null}
        </section>
      ))}
      {timing.canSend ? (
        <form noValidate onSubmit={onSubmit}>
          <Button type="submit">{t('app.continue')}</Button>
        </form>
      ) : (
        <>
          <h2 className="heading-m">{t('followUpTiming.whatNowTitle')}</h2>
          {/* Only the police can be checked under s.51: for anyone else, waiting will not help. */}
          <p className="body">{t(page.draft.followUp?.kind === 'ico-check' ? 'followUpTiming.otherLetter' : 'followUpTiming.comeBack')}</p>
          <ul className="list">
            <li>
              <Link to={pathFor('follow-up-details')}>{t('followUpTiming.changeFirstLetter')}</Link>
            </li>
            <li>
              <Link to={pathFor('follow-up-events')}>{t('followUpTiming.changeEvents')}</Link>
            </li>
            <li>
              <Link to={pathFor('follow-up')}>{t('followUpTiming.changeKind')}</Link>
            </li>
          </ul>
        </>
      )}
    </Page>
  )
}
