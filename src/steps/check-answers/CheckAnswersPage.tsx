import { useEffect, useState } from 'react'
import { today as readToday } from '../../flow/clock.ts'
import { Page } from '../../components/Page/Page.tsx'
import { navigate } from '../../flow/router.ts'
import { t } from '../../i18n/text.ts'
import { Button } from '../../components/Button/Button.tsx'
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary/ErrorSummary.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { SummaryList } from '../../components/SummaryList/SummaryList.tsx'
import { toRequest } from '../../flow/convert.ts'
import { getDirectory, useDirectory } from '../../flow/directory.ts'
import { next, pathFor, stepForPath } from '../../flow/steps.ts'
import type { ParseResult } from '../../request/parse.ts'
import { tTerms } from '../glossary/GlossaryLink.tsx'
import { keepSendDateCurrent, moveToTell } from '../sending/send-date.ts'
import { SendDateMoved } from '../sending/SendDateMoved.tsx'
import { SaveAnswersFile } from '../shared/SaveAnswersFile.tsx'
import { useStep } from '../shared/useStep.ts'
import { answerSections, changeHref } from './rows.ts'

const WARM_UP_AFTER_MS = 1500

export function CheckAnswersPage() {
  const page = useStep('check-answers')
  const directory = useDirectory()
  const [errors, setErrors] = useState<SummaryError[]>([])
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const sections = answerSections(page.draft, (id) => directory?.byId(id)?.officialName, page.ctx)
  const { draft, save } = page

  // A planned sending day that has passed moves to today: on arrival, and when the person comes
  // back to a tab left open overnight.
  useEffect(() => {
    keepSendDateCurrent(draft, save)
    const onReturn = () => {
      if (document.visibilityState === 'visible') keepSendDateCurrent(draft, save)
    }
    document.addEventListener('visibilitychange', onReturn)
    window.addEventListener('focus', onReturn)
    return () => {
      document.removeEventListener('visibilitychange', onReturn)
      window.removeEventListener('focus', onReturn)
    }
  }, [draft, save])

  // The letter maker gets ready while the person reads: after a moment, so a page only passed
  // through starts nothing. Only a head start: if it fails, making the letters says so itself.
  useEffect(() => {
    const timer = setTimeout(() => {
      import('../../worker/pdf-client.ts').then((client) => client.warmUpPdfWorker()).catch(() => undefined)
    }, WARM_UP_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])

  /** The whole request through the real schema and directory, again, before any letter is made. */
  async function check(): Promise<ParseResult> {
    setBusy(true)
    try {
      const d = await getDirectory()
      // Today as it is now, not when the page opened: the letters are dated the day they are made.
      const today = readToday()
      const answers = keepSendDateCurrent(page.draft, save, today)
      const result = toRequest(answers, { today, isKnownRecipient: (id) => d.byId(id) !== undefined })
      if (!result.ok) {
        setErrors(
          result.errors.map((e) => {
            const match = stepForPath(e.path, page.draft, { today })
            return { field: e.path, message: e.message, href: match ? pathFor(match.step, { n: match.n, fromCheck: true }) : undefined }
          }),
        )
        setAttempt((n) => n + 1)
      } else {
        setErrors([])
      }
      return result
    } finally {
      setBusy(false)
    }
  }

  async function makeLetters() {
    const result = await check()
    if (result.ok) navigate(pathFor(next('check-answers', page.draft, page.ctx)))
  }

  async function requestToSave() {
    const result = await check()
    return result.ok ? result.request : undefined
  }

  return (
    <Page title={t('check.title')} back={page.back} hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} focusKey={attempt} onNavigate={(href) => navigate(href)} />
      <SendDateMoved move={moveToTell(draft)} />
      <Heading>{t('check.title')}</Heading>
      <p className="body">{tTerms('check.glossary')}</p>
      {sections.map((section) => (
        <section key={section.title} className="section">
          <h2 className="heading-m">{section.title}</h2>
          <SummaryList
            rows={section.rows.map((row) => ({
              key: row.key,
              value:
                row.lines.length === 0 ? (
                  <span className="not-provided">{t('app.notProvided')}</span>
                ) : (
                  row.lines.map((line, i) => (
                    <span className="summary-list__line" key={`${line}-${i}`}>
                      {line}
                    </span>
                  ))
                ),
              change: { href: changeHref(row), hiddenText: row.key.toLowerCase() },
            }))}
          />
        </section>
      ))}
      <div className="button-group">
        <Button onClick={() => void makeLetters()} disabled={busy} aria-disabled={busy || undefined}>
          {t('check.button')}
        </Button>
      </div>
      {busy ? (
        <output className="body status">
          {t('check.checking')}
        </output>
      ) : null}
      <h2 className="heading-m">{t('check.saveTitle')}</h2>
      <p className="body">{t('check.saveBody')}</p>
      <SaveAnswersFile id="check-save" getRequest={requestToSave} />
    </Page>
  )
}
