import { useEffect, useState } from 'react'
import { today as readToday } from '../../flow/clock.ts'
import { Page } from '../../components/Page/Page.tsx'
import { navigate } from '../../flow/router.ts'
import { t, tList } from '../../i18n/text.ts'
import { Button } from '../../components/Button/Button.tsx'
import { Details } from '../../components/Details/Details.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import { Panel } from '../../components/Panel/Panel.tsx'
import { Textarea } from '../../components/Textarea/Textarea.tsx'
import { toRequest } from '../../flow/convert.ts'
import { getDirectory } from '../../flow/directory.ts'
import { lettersTracked, withLettersSent } from '../../flow/history.ts'
import { pathFor } from '../../flow/steps.ts'
import type { Request } from '../../request/schema.ts'
import { createObjectUrl, revokeObjectUrl } from '../../storage/index.ts'
import type { MadeLetter, MadeLetters } from '../../worker/protocol.ts'
import { withTerms } from '../glossary/GlossaryLink.tsx'
import { keepSendDateCurrent, moveToTell } from '../sending/send-date.ts'
import { SendDateMoved } from '../sending/SendDateMoved.tsx'
import { SaveAnswersFile } from '../shared/SaveAnswersFile.tsx'
import { useStep } from '../shared/useStep.ts'

type State =
  | { status: 'working' }
  | { status: 'failed' }
  | { status: 'refused'; problems: string[] }
  | { status: 'ready'; request: Request; made: MadeLetters; allUrl: string; urls: string[]; calendarUrls: (CalendarUrls | undefined)[] }

/** Blob URLs of a letter's calendar reminder, with and without the organisation's name. */
interface CalendarUrls {
  full: string
  plain: string
}

const PDF = 'application/pdf'
const CALENDAR = 'text/calendar'

function mailtoFor(letter: MadeLetter): string | undefined {
  if (!letter.email) return undefined
  return `mailto:${letter.email}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letter.text)}`
}

/**
 * The reminder is made on this device with the letters; the choice only picks which of the two files
 * the link gives, so nothing is made or sent when it changes.
 */
function CalendarReminder({ letter, urls }: { letter: MadeLetter; urls: CalendarUrls }) {
  const [plain, setPlain] = useState(false)
  const id = `calendar-plain-${letter.fileName}`
  return (
    // A form, so a screen reader reads the choice with what it belongs to; nothing is ever submitted.
    <form className="calendar-reminder" noValidate onSubmit={(event) => event.preventDefault()}>
      <p className="body">{t('letters.calendar.intro', { date: letter.deadlineWords ?? '' })}</p>
      <div className="choice choice--checkbox">
        <input className="choice__input" id={id} type="checkbox" checked={plain} onChange={(event) => setPlain(event.target.checked)} aria-describedby={`${id}-hint`} />
        <label className="choice__label" htmlFor={id}>
          {t('letters.calendar.plain', { name: letter.recipientName })}
        </label>
        <div className="hint choice__hint" id={`${id}-hint`}>
          {t('letters.calendar.plainHint')}
        </div>
      </div>
      <div className="button-group button-group--inline">
        <a className="button button--secondary" href={plain ? urls.plain : urls.full} download={letter.calendar?.fileName} type={CALENDAR}>
          {t('letters.calendar.download')}{' '}
          <span className="visually-hidden">{t('letters.calendar.downloadFor', { name: letter.recipientName })}</span>
        </a>
      </div>
    </form>
  )
}

function LetterCard({ letter, url, calendarUrls }: { letter: MadeLetter; url: string; calendarUrls?: CalendarUrls }) {
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle')
  const mailto = mailtoFor(letter)
  const noRoute = !letter.email && !letter.webForm && !letter.postal

  async function copyText() {
    try {
      await navigator.clipboard.writeText(letter.text)
      setCopy('done')
    } catch {
      setCopy('failed')
    }
  }

  return (
    <li className="card letter-card">
      <h3 className="heading-s">{letter.recipientName}</h3>
      {letter.deadlineWords ? (
        <p className="body body--strong">{t(letter.deadlineKind === 'acknowledge' ? 'letters.acknowledgeBy' : 'letters.deadline', { date: letter.deadlineWords })}</p>
      ) : null}
      <div className="button-group button-group--inline">
        <a className="button button--secondary" href={url} download={letter.fileName}>
          {t('letters.downloadShort')}{' '}
          <span className="visually-hidden">{t('letters.download', { name: letter.recipientName })}</span>
        </a>
        <Button variant="secondary" onClick={() => void copyText()}>
          {t('letters.copy')}{' '}
          <span className="visually-hidden">({letter.recipientName})</span>
        </Button>
      </div>
      <output className="body status">
        {copy === 'done' ? t('letters.copied', { name: letter.recipientName }) : copy === 'failed' ? t('letters.copyFailed') : ''}
      </output>
      {mailto ? (
        <>
          <p className="body">
            <a href={mailto} className="break-anywhere">
              {t('letters.email', { address: letter.email ?? '' })}
            </a>
          </p>
          <p className="body-s">{t('letters.emailNote')}</p>
        </>
      ) : null}
      {letter.webForm ? (
        <>
          <p className="body">
            <a href={letter.webForm} target="_blank" rel="noopener noreferrer">
              {t('letters.webForm')}{' '}
              <span className="visually-hidden">{t('app.opensNewTab')}</span>
            </a>
          </p>
          <p className="body-s">{t('letters.webFormNote')}</p>
        </>
      ) : null}
      {letter.postal ? (
        <>
          <p className="body body--strong">{t('letters.post')}</p>
          <address className="address-block">
            {letter.postal.map((line, i) => (
              <span key={`${line}-${i}`}>{line}</span>
            ))}
          </address>
        </>
      ) : null}
      {noRoute ? <p className="body">{t('letters.noRoute')}</p> : null}
      {letter.assumption ? <p className="body-s">{letter.assumption}</p> : null}
      {calendarUrls ? <CalendarReminder letter={letter} urls={calendarUrls} /> : null}
      <Details summary={t('letters.textLabel', { name: letter.recipientName })}>
        <Textarea id={`letter-text-${letter.fileName}`} label={t('letters.textLabel', { name: letter.recipientName })} readOnly rows={12} value={letter.text} />
      </Details>
    </li>
  )
}

/** Adds the letters just made to "My requests", once; the list then says when each reply is due. */
function TrackLetters({ request }: { request: Request }) {
  const { draft, save } = useStep('letters')
  const history = draft.history ?? []
  const tracked = lettersTracked(history, request)
  return (
    <section className="card" aria-labelledby="track-title">
      <h2 className="heading-m" id="track-title">{t('letters.track.title')}</h2>
      {tracked ? (
        <output className="body body--strong status">{t('letters.track.done')}</output>
      ) : (
        <>
          <p className="body">{t('letters.track.body')}</p>
          <Button onClick={() => save({ ...draft, history: withLettersSent(history, request) })}>{t('letters.track.button')}</Button>
        </>
      )}
      <p className="body">
        <Link to={pathFor('my-requests')}>{t('letters.track.link')}</Link>
      </p>
    </section>
  )
}

export function LettersPage() {
  const page = useStep('letters')
  const [state, setState] = useState<State>({ status: 'working' })
  const [attempt, setAttempt] = useState(0)
  const moved = moveToTell(page.draft)

  useEffect(() => {
    let live = true
    const made: string[] = []
    setState({ status: 'working' })
    void (async () => {
      try {
        const directory = await getDirectory()
        // Dated the day they are made; a sending day that has passed since the answers were checked
        // moves to today rather than stopping the letters.
        const today = readToday()
        const answers = keepSendDateCurrent(page.draft, page.save, today)
        const checked = toRequest(answers, { today, isKnownRecipient: (id) => directory.byId(id) !== undefined })
        if (!checked.ok) {
          // Check your answers shows every problem with a link to fix it.
          if (live) navigate(pathFor('check-answers'), { replace: true })
          return
        }
        // A follow-up before its time is never made: say why, in the letters' own words, with the way back.
        if (checked.request.followUp) {
          const { sendTiming } = await import('../follow-up-timing/timing.ts')
          const problems = sendTiming(page.draft, page.today, directory)?.bodies.flatMap((b) => (b.problem ? [b.problem] : [])) ?? []
          if (problems.length > 0) {
            if (live) setState({ status: 'refused', problems })
            return
          }
        }
        const { makeLetters } = await import('../../worker/pdf-client.ts')
        const result = await makeLetters(checked.request)
        if (!live) return
        const urls = result.letters.map((l) => createObjectUrl(new Blob([l.pdf as BlobPart], { type: PDF })))
        const allUrl = createObjectUrl(new Blob([result.all as BlobPart], { type: PDF }))
        const calendarUrls = result.letters.map((l) =>
          l.calendar ? { full: createObjectUrl(new Blob([l.calendar.full], { type: CALENDAR })), plain: createObjectUrl(new Blob([l.calendar.plain], { type: CALENDAR })) } : undefined,
        )
        made.push(allUrl, ...urls, ...calendarUrls.flatMap((c) => (c ? [c.full, c.plain] : [])))
        document.documentElement.dataset.lettersMs = String(result.ms)
        setState({ status: 'ready', request: checked.request, made: result, allUrl, urls, calendarUrls })
      } catch (error) {
        // Only while developing: the letter maker's errors can repeat characters of a name.
        if (import.meta.env.DEV) console.error(error)
        if (live) setState({ status: 'failed' })
      }
    })()
    return () => {
      live = false
      for (const url of made) revokeObjectUrl(url)
    }
    // Made once per visit (and on "Try again"), from the answers as they are now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt])

  if (state.status === 'working') {
    return (
      <Page title={t('letters.title')} back={page.back}>
        <SendDateMoved move={moved} />
        <Heading>{t('letters.title')}</Heading>
        <output className="body loading status">
          {t('letters.making')}
        </output>
      </Page>
    )
  }

  if (state.status === 'refused') {
    return (
      <Page title={t('letters.refusedTitle')} back={page.back} hasErrors>
        <Heading>{t('letters.refusedTitle')}</Heading>
        <div className="warning" role="alert">
          {state.problems.map((problem) => (
            <p className="body body--strong" key={problem}>
              {problem}
            </p>
          ))}
        </div>
        <p className="body">
          <Link to={pathFor('follow-up-timing')}>{t('letters.refusedBack')}</Link>
        </p>
      </Page>
    )
  }

  if (state.status === 'failed') {
    return (
      <Page title={t('letters.title')} back={page.back} hasErrors>
        <SendDateMoved move={moved} />
        <Heading>{t('letters.title')}</Heading>
        <div className="warning" role="alert">
          <p className="body body--strong">{t('letters.failed')}</p>
          <p className="body">{t('letters.failedDetail')}</p>
        </div>
        <Button onClick={() => setAttempt((n) => n + 1)}>{t('app.tryAgain')}</Button>
      </Page>
    )
  }

  const { made, allUrl, urls, calendarUrls, request } = state
  const count = made.letters.length
  const enclosures = [...new Set(made.letters.flatMap((l) => l.enclosures))]
  return (
    <Page title={t('letters.title')} back={page.back}>
      <SendDateMoved move={moved} />
      <Heading>{t('letters.title')}</Heading>
      <Panel title={t('letters.readyTitle')}>
        <p>{count === 1 ? t('letters.readyBody.one') : t('letters.readyBody.other', { count })}</p>
      </Panel>

      <div className="button-group">
        <a className="button button--primary" href={allUrl} download={made.allFileName}>
          {t('letters.downloadAll')}
        </a>
      </div>
      <p className="body-s">{t('letters.downloadAllHint')}</p>
      <p className="body">
        <a href={allUrl} target="_blank" rel="noopener">
          {t('letters.print')}{' '}
          <span className="visually-hidden">{t('app.opensNewTab')}</span>
        </a>
        <br />
        <span className="hint">{t('letters.printHint')}</span>
      </p>

      <h2 className="heading-m">{t('letters.eachTitle')}</h2>
      <ul className="card-list">
        {made.letters.map((letter, i) => (
          <LetterCard key={letter.fileName} letter={letter} url={urls[i] ?? allUrl} calendarUrls={calendarUrls[i]} />
        ))}
      </ul>

      {enclosures.length > 0 ? (
        <>
          <h2 className="heading-m">{t('letters.encloseTitle')}</h2>
          <ul className="list list--bullet">
            {enclosures.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}

      <TrackLetters request={request} />

      {request.sender.kind === 'representative' ? (
        <p className="body">
          <Link to={pathFor('clients')}>{t('letters.clientsLink')}</Link>
        </p>
      ) : null}

      <h2 className="heading-m">{t('letters.nextTitle')}</h2>
      <ul className="list list--bullet">
        {tList('letters.next').map((item) => (
          <li key={item}>{withTerms(item)}</li>
        ))}
      </ul>
      <p className="body">
        <Link to={pathFor('follow-up')}>{t('letters.followUpLink')}</Link>
      </p>

      <h2 className="heading-m">{t('letters.saveTitle')}</h2>
      <p className="body">{t('letters.saveBody')}</p>
      <SaveAnswersFile id="letters-save" getRequest={() => request} />

      <h2 className="heading-m">{t('letters.clearTitle')}</h2>
      <p className="body">{t('letters.clearBody')}</p>
    </Page>
  )
}
