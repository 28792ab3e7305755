/**
 * The start page: in the first bundle, so it must stay light. Reading an answers file loads the
 * schema and the directory only when a file is chosen.
 */
import { lazy, Suspense, useState, type ChangeEvent } from 'react'
import { flushSync } from 'react-dom'
import { today } from '../../flow/clock.ts'
import { Page } from '../../components/Page/Page.tsx'
import { tRich } from '../../i18n/rich-text.tsx'
import { navigate, withReturn } from '../../flow/router.ts'
import { loadEveryWord } from '../../i18n/load.app.ts'
import { t, tList } from '../../i18n/text.ts'
import { ErrorMessage } from '../../components/ErrorMessage/ErrorMessage.tsx'
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary/ErrorSummary.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import { firstIncomplete, pathFor } from '../../flow/steps.ts'
import { useDraft } from '../../flow/store.tsx'
import { rememberMove } from '../sending/send-date.ts'

/** Asked only once a locked file is chosen: loaded then, so the first page stays light. */
const PassphraseQuestion = lazy(() => import('./PassphraseQuestion.tsx').then((m) => ({ default: m.PassphraseQuestion })))

export const LOAD_INPUT_ID = 'load-answers'
const PASSPHRASE_ID = 'load-passphrase'

export function StartPage() {
  const { draft, keep, save, clients } = useDraft()
  const [errors, setErrors] = useState<SummaryError[]>([])
  const [attempt, setAttempt] = useState(0)
  const [reading, setReading] = useState<'file' | 'locked' | undefined>()
  /** A locked file waiting for its passphrase, and what was wrong with the last one tried. */
  const [locked, setLocked] = useState<{ file: File; problem?: string }>()
  const [passphrase, setPassphrase] = useState('')
  const hasAnswers = Object.keys(draft).length > 0

  /** Reads a chosen file (a locked one with its passphrase); says what is wrong, or goes to check your answers. */
  async function load(file: File, pass?: string) {
    setReading(pass === undefined ? 'file' : 'locked')
    try {
      // A file's problems are told in the errors' words, which come with every other word.
      const [{ readAnswersFile }] = await Promise.all([import('../../flow/load-file.ts'), loadEveryWord()])
      const result = await readAnswersFile(file, today(), pass)
      if (result.ok) {
        // Check your answers says so when a planned sending day had passed.
        if (result.sendDateMoved) rememberMove(result.sendDateMoved)
        flushSync(() => save(result.draft))
        navigate(pathFor('check-answers'))
        return
      }
      if ('locked' in result) {
        setLocked({ file, problem: result.wrongPassphrase })
        setErrors(result.wrongPassphrase ? [{ field: PASSPHRASE_ID, message: result.wrongPassphrase }] : [])
        return
      }
      setLocked(undefined)
      const messages = 'tooBig' in result ? [t('start.loadTooBig')] : result.errors.map((e) => e.message)
      // The summary lists the first 20 and counts the rest.
      setErrors(messages.map((text) => ({ field: LOAD_INPUT_ID, message: text })))
    } catch {
      setErrors([{ field: LOAD_INPUT_ID, message: t('app.loadFailed') }])
    } finally {
      setReading(undefined)
      setAttempt((n) => n + 1)
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    setLocked(undefined)
    setPassphrase('')
    await load(file)
    // Let the same file be chosen again after it is fixed.
    event.target.value = ''
  }

  async function onPassphrase() {
    if (!locked || reading) return
    if (passphrase === '') {
      const problem = t('start.passphraseEmpty')
      setLocked({ file: locked.file, problem })
      setErrors([{ field: PASSPHRASE_ID, message: problem }])
      setAttempt((n) => n + 1)
      return
    }
    await load(locked.file, passphrase)
  }

  const fileErrors = errors.filter((e) => e.field === LOAD_INPUT_ID)

  return (
    <Page title={t('start.title')} hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <Heading>{t('start.title')}</Heading>
      <p className="body lead">{t('start.lead')}</p>
      <p className="body">{t('start.sar')}</p>
      <div className="inset inset--promise">
        <p className="body">{t('start.privacy')}</p>
      </div>

      {hasAnswers ? (
        <section className="card" aria-labelledby="saved-title">
          <h2 className="heading-m" id="saved-title">
            {keep === 'keep' ? t('start.savedTitle') : t('start.inProgressTitle')}
          </h2>
          <div className="button-group">
            <Link to={pathFor(firstIncomplete(draft, { today: today() }))} className="button button--primary">
              {t('start.savedContinue')}
            </Link>
            <Link to={withReturn(pathFor('clear'), pathFor('start'))} className="button button--secondary">
              {t('start.savedRestart')}
            </Link>
          </div>
        </section>
      ) : null}

      {keep === 'keep' && (draft.sender?.kind === 'representative' || clients.clients.length > 0) ? (
        <>
          <h2 className="heading-m">{t('clients.title')}</h2>
          <p className="body">
            <Link to={pathFor('clients')}>{t('start.clientsLink')}</Link>
          </p>
        </>
      ) : null}

      <h2 className="heading-m">{t('start.needTitle')}</h2>
      <ul className="list list--bullet">
        {tList('start.need').map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="body">{t('start.time')}</p>

      {hasAnswers ? null : (
        <Link to={pathFor('who-is-asking')} className="button button--primary button--start">
          {t('start.button')}
        </Link>
      )}

      <h2 className="heading-m">{t('start.keepTitle')}</h2>
      <ul className="list list--bullet">
        {tList('start.shared').map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="body">{tRich('start.history', { privacy: <Link to={pathFor('privacy')}>{t('start.historyLink')}</Link> })}</p>

      <h2 className="heading-m">{t('start.loadTitle')}</h2>
      <p className="body">{t('start.loadText')}</p>
      <div className={fileErrors.length > 0 ? 'form-group form-group--error' : 'form-group'}>
        <label className="label label--bold" htmlFor={LOAD_INPUT_ID}>
          {t('start.loadLabel')}
        </label>
        <div className="hint" id={`${LOAD_INPUT_ID}-hint`}>
          {t('start.loadHint')}
        </div>
        {/* One problem reads the same beside the box as in the summary; several are listed there. */}
        {fileErrors.length > 0 ? <ErrorMessage id={`${LOAD_INPUT_ID}-error`} message={fileErrors.length === 1 ? fileErrors[0]!.message : t('start.loadBadFile')} /> : null}
        <input
          className="file-upload"
          type="file"
          id={LOAD_INPUT_ID}
          accept=".json,application/json"
          aria-describedby={[`${LOAD_INPUT_ID}-hint`, fileErrors.length > 0 ? `${LOAD_INPUT_ID}-error` : ''].filter(Boolean).join(' ')}
          onChange={onFile}
        />
        {reading === 'file' ? (
          <output className="body status">
            {t('start.loading')}
          </output>
        ) : null}
      </div>
      {locked ? (
        <Suspense fallback={null}>
          <PassphraseQuestion
            id={PASSPHRASE_ID}
            problem={locked.problem}
            opening={reading === 'locked'}
            value={passphrase}
            onChange={setPassphrase}
            onSubmit={() => void onPassphrase()}
          />
        </Suspense>
      ) : null}

      {(draft.history?.length ?? 0) > 0 ? (
        <>
          <h2 className="heading-m">{t('start.requestsTitle')}</h2>
          <p className="body">
            <Link to={pathFor('my-requests')}>{t('start.requestsLink', { count: draft.history?.length ?? 0 })}</Link>
          </p>
        </>
      ) : null}

      <h2 className="heading-m">{t('start.followUpTitle')}</h2>
      <p className="body">
        <Link to={pathFor('follow-up')}>{t('start.followUpLink')}</Link>
      </p>
    </Page>
  )
}
