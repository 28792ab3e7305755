/**
 * "Your clients" (issue 12): an advice worker's list, kept on this device with their answers. A new
 * client starts with the worker's own details; each client is found by name or reference, opened or
 * deleted alone, and several are chosen for one zip of every letter with its summary.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import { Button } from '../../components/Button/Button.tsx'
import { ErrorMessage } from '../../components/ErrorMessage/ErrorMessage.tsx'
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary/ErrorSummary.tsx'
import { FieldsetGroup } from '../../components/Fieldset/Fieldset.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import { Page } from '../../components/Page/Page.tsx'
import { Panel } from '../../components/Panel/Panel.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import type { Draft, TrackedDraft } from '../../draft/draft.ts'
import { describeBody } from '../../flow/bodies.ts'
import { clientName, clientReference, matchesSearch, nextReference } from '../../flow/clients.ts'
import { today as readToday } from '../../flow/clock.ts'
import { toRequest } from '../../flow/convert.ts'
import { moveSendDateToToday } from '../../flow/dates-moved.ts'
import { getDirectory, useDirectory, type Directory } from '../../flow/directory.ts'
import { showNotice } from '../../flow/notice.ts'
import { navigate, withReturn } from '../../flow/router.ts'
import { withLettersSent } from '../../flow/history.ts'
import { firstIncomplete, pathFor } from '../../flow/steps.ts'
import { useDraft } from '../../flow/store.tsx'
import { formatDay } from '../../i18n/format.ts'
import { locale, t, tList } from '../../i18n/text.ts'
import { folderNames } from '../../letters/summary.ts'
import { REQUEST_TYPES, FOLLOW_UP_KINDS } from '../../request/constants.ts'
import type { Request } from '../../request/schema.ts'
import { createObjectUrl, OPEN_CLIENT, revokeObjectUrl } from '../../storage/index.ts'

/** The open client's id on this page, when it has none yet on the device. */
const OPEN = OPEN_CLIENT
const CHOOSE_ID = 'choose-clients'
const FILES_ID = 'client-files'
const ZIP = 'application/zip'

interface Row {
  id: string
  draft: Draft
  open: boolean
  saved?: string
}

const day = (iso: string) => formatDay(iso, locale())

function nameOf(draft: Draft): string {
  return clientName(draft) || t('clients.noName')
}

function RequestLines({ history, directory }: { history: readonly TrackedDraft[]; directory: Directory | undefined }) {
  if (history.length === 0) return <p className="body">{t('clients.noRequests')}</p>
  return (
    <>
      <h3 className="heading-s">{t('clients.requestsTitle')}</h3>
      <ul className="list list--bullet">
        {history.map((entry, i) => (
          <li key={`${entry.sentOn}-${i}`}>
            {t('clients.request', { body: directory ? describeBody(entry.recipient, i, directory).name : (entry.recipient.name ?? entry.recipient.id ?? ''), date: day(entry.sentOn) })}
          </li>
        ))}
      </ul>
    </>
  )
}

function ClientCard({ row, chosen, onChoose, onOpen, onDelete, directory }: {
  row: Row
  chosen: boolean
  onChoose: (on: boolean) => void
  onOpen: () => void
  onDelete: () => void
  directory: Directory | undefined
}) {
  const [confirming, setConfirming] = useState(false)
  const question = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (confirming) question.current?.focus()
  }, [confirming])
  const name = nameOf(row.draft)
  const reference = clientReference(row.draft)
  const inputId = `client-${row.id}`
  const hint = [reference ? t('clients.reference', { ref: reference }) : '', row.open ? t('clients.openNow') : row.saved ? t('clients.saved', { date: day(row.saved) }) : ''].filter(Boolean).join('. ')
  return (
    <li className="card client-card">
      <div className="choice choice--checkbox">
        <input className="choice__input" id={inputId} type="checkbox" checked={chosen} onChange={(event) => onChoose(event.target.checked)} aria-describedby={hint ? `${inputId}-hint` : undefined} />
        <label className="choice__label choice__label--bold" htmlFor={inputId}>
          {name}
        </label>
        {hint ? (
          <div className="hint choice__hint" id={`${inputId}-hint`}>
            {hint}
          </div>
        ) : null}
      </div>
      <RequestLines history={row.draft.history ?? []} directory={directory} />
      {confirming ? (
        <div className="warning">
          <p className="body body--strong" ref={question} tabIndex={-1}>
            {t('clients.deleteQuestion', { name })}
          </p>
          <div className="button-group button-group--inline">
            <Button variant="warning" onClick={onDelete}>
              {t('clients.deleteYes')} <span className="visually-hidden">({name})</span>
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('clients.deleteNo')} <span className="visually-hidden">({name})</span>
            </Button>
          </div>
        </div>
      ) : (
        <div className="button-group button-group--inline">
          {row.open ? null : (
            <Button variant="secondary" onClick={onOpen}>
              {t('clients.open')} <span className="visually-hidden">{t('clients.openFor', { name })}</span>
            </Button>
          )}
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {t('clients.delete')} <span className="visually-hidden">{t('clients.openFor', { name })}</span>
          </Button>
        </div>
      )}
    </li>
  )
}

/** Each client in a zip, by their id on the list, with the request their letters were made from. */
type Made = readonly { id: string; request: Request }[]
type Batch =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'failed' }
  | { status: 'ready'; url: string; fileName: string; letters: number; clients: number; ms: number; made: Made; tracked: boolean }

/** Each kind of request and follow-up in the page's words, for the summary sheet. */
function requestWords(): Record<string, string> {
  return Object.fromEntries([
    ...REQUEST_TYPES.map((r) => [r, t(`whatYouWant.option.${r}`)] as const),
    ...FOLLOW_UP_KINDS.map((k) => [k, t(`followUp.option.${k}`)] as const),
  ])
}

export function ClientsPage() {
  const { draft, keep, clients, profile, newClient, openClient, deleteClient, addClients, changeClients } = useDraft()
  const directory = useDirectory()
  const [reference, setReference] = useState(() => nextReference(profile?.reference))
  const [query, setQuery] = useState('')
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [errors, setErrors] = useState<SummaryError[]>([])
  const [attempt, setAttempt] = useState(0)
  const [batch, setBatch] = useState<Batch>({ status: 'idle' })
  const [said, setSaid] = useState('')
  const readyLink = useRef<HTMLAnchorElement>(null)
  const countId = useId()

  useEffect(() => {
    if (batch.status !== 'ready') return
    // For measuring only: how long the worker took.
    document.documentElement.dataset.batchMs = String(batch.ms)
    readyLink.current?.focus()
    const url = batch.url
    return () => revokeObjectUrl(url)
  }, [batch])

  const rows: Row[] = [
    ...(Object.keys(draft).length > 0 ? [{ id: clients.open ?? OPEN, draft, open: true }] : []),
    ...clients.clients.map((c) => ({ id: c.id, draft: c.draft, open: false, saved: c.saved })),
  ]
  const shown = rows.filter((row) => matchesSearch(row.draft, query))
  const chooseErrors = errors.filter((e) => e.field !== FILES_ID).map((e) => e.message)
  const fileProblems = errors.filter((e) => e.field === FILES_ID).map((e) => e.message)
  const back = pathFor('start')

  if (keep !== 'keep') {
    return (
      <Page title={t('clients.title')} back={back}>
        <Heading>{t('clients.title')}</Heading>
        <p className="body">{t('clients.notKept')}</p>
        <p className="body">
          <Link to={withReturn(pathFor('keep-answers'), pathFor('clients'))}>{t('clients.notKeptLink')}</Link>
        </p>
      </Page>
    )
  }

  async function startNew(event: FormEvent) {
    event.preventDefault()
    const started = await newClient(reference)
    if (!started) return
    const next = pathFor(firstIncomplete({ sender: { kind: 'representative', ...profile } }, { today: readToday() }))
    navigate(next)
    showNotice({ key: next, text: t('clients.started') })
  }

  async function open(row: Row) {
    if (!(await openClient(row.id))) return
    const next = pathFor(firstIncomplete(row.draft, { today: readToday() }))
    navigate(next)
    showNotice({ key: next, text: t('clients.opened', { name: nameOf(row.draft) }) })
  }

  async function remove(row: Row) {
    if (!(await deleteClient(row.id))) return
    setChosen((now) => new Set([...now].filter((id) => id !== row.id)))
    setSaid(t('clients.deleted', { name: nameOf(row.draft) }))
  }

  async function makeZip(event: FormEvent) {
    event.preventDefault()
    // In the order of the worker's references, so the summary reads like their files.
    const picked = rows
      .filter((row) => chosen.has(row.id))
      .sort((a, b) => clientReference(a.draft).localeCompare(clientReference(b.draft), 'en-GB', { numeric: true }) || nameOf(a.draft).localeCompare(nameOf(b.draft), 'en-GB'))
    if (picked.length === 0) {
      setErrors([{ field: `client-${shown[0]?.id ?? rows[0]?.id ?? OPEN}`, message: t('clients.batch.chooseOne') }])
      setAttempt((n) => n + 1)
      return
    }
    setBatch({ status: 'working' })
    try {
      const dir = await getDirectory()
      const today = readToday()
      const checked = picked.map((row) => ({ row, result: toRequest(moveSendDateToToday(row.draft, today).draft, { today, isKnownRecipient: (id) => dir.byId(id) !== undefined }) }))
      const problems = checked.filter((c) => !c.result.ok)
      if (problems.length > 0) {
        setBatch({ status: 'idle' })
        setErrors(problems.map(({ row }) => ({ field: `client-${row.id}`, message: t('clients.batch.notReady', { name: nameOf(row.draft) }) })))
        setAttempt((n) => n + 1)
        return
      }
      setErrors([])
      const folders = folderNames(picked.map((row) => clientReference(row.draft)), (n) => `client-${n}`)
      const items = checked.flatMap(({ result }, i) => (result.ok ? [{ folder: folders[i] as string, request: result.request }] : []))
      const { makeBatch } = await import('../../worker/pdf-client.ts')
      const made = await makeBatch(
        items,
        {
          csvHeader: tList('clients.batch.sheetHeader').join(','),
          sheetTitle: t('clients.batch.sheetTitle', { date: day(today) }),
          // The worker counts the letters: it fills in {letters}.
          sheetLead: t('clients.batch.ready', { letters: '{letters}', clients: items.length }),
          sheetHeader: tList('clients.batch.sheetHeader'),
          requestWords: requestWords(),
          csvFileName: 'summary.csv',
          sheetFileName: 'summary.pdf',
        },
        today,
      )
      const url = createObjectUrl(new Blob([made.zip as BlobPart], { type: ZIP }))
      // Every chosen client passed its checks above: each item is the picked client of the same place.
      const madeFor = items.map((item, i) => ({ id: picked[i]!.id, request: item.request }))
      setBatch({ status: 'ready', url, fileName: `letters-${today}.zip`, letters: made.letters, clients: items.length, ms: made.ms, made: madeFor, tracked: false })
    } catch (error) {
      if (import.meta.env.DEV) console.error(error)
      setBatch({ status: 'failed' })
    }
  }

  /** The zip's letters, once sent, on each client's own list of requests: as the letters page does for one. */
  async function track(made: Made) {
    const requests = new Map(made.map((m) => [m.id, m.request]))
    const done = await changeClients([...requests.keys()], (id, kept) => {
      const request = requests.get(id)
      return request ? { ...kept, history: withLettersSent(kept.history ?? [], request) } : kept
    })
    if (done) setBatch((now) => (now.status === 'ready' ? { ...now, tracked: true } : now))
  }

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])]
    event.target.value = ''
    if (files.length === 0) return
    const { readAnswersFile } = await import('../../flow/load-file.ts')
    const today = readToday()
    const drafts: Draft[] = []
    const problems: string[] = []
    for (const file of files) {
      const result = await readAnswersFile(file, today)
      if (result.ok) drafts.push(result.draft)
      else problems.push(t('locked' in result ? 'clients.files.locked' : 'clients.files.problems', { file: file.name }))
    }
    setErrors(problems.map((message) => ({ field: FILES_ID, message })))
    setAttempt((n) => n + 1)
    if (drafts.length > 0 && (await addClients(drafts))) setSaid(t('clients.files.added', { count: drafts.length }))
  }

  return (
    <Page title={t('clients.title')} back={back} hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <Heading>{t('clients.title')}</Heading>
      <p className="body">{t('clients.intro')}</p>
      <output className="body body--strong status">{said}</output>

      <section className="card" aria-labelledby="new-client-title">
        <h2 className="heading-m" id="new-client-title">{t('clients.new.title')}</h2>
        <p className="body">{t('clients.new.body')}</p>
        <form noValidate onSubmit={(event) => void startNew(event)}>
          <TextInput id="new-client-reference" label={t('clients.new.reference')} hint={t('clients.new.referenceHint')} width="20" spellCheck={false} value={reference} onChange={(event) => setReference(event.target.value)} />
          <Button type="submit">{t('clients.new.button')}</Button>
        </form>
      </section>

      {rows.length === 0 ? (
        <p className="body">{t('clients.none')}</p>
      ) : (
        <>
          <h2 className="heading-m">{t('clients.findTitle')}</h2>
          {/* The list narrows as the worker types: nothing to send, so Enter does nothing. */}
          <form noValidate onSubmit={(event) => event.preventDefault()}>
            <TextInput id="client-search" type="search" label={t('clients.search.label')} width="three-quarters" spellCheck={false} autoComplete="off" value={query} onChange={(event) => setQuery(event.target.value)} aria-describedby={countId} />
            <p className="body" id={countId} aria-live="polite">
              {t('clients.search.count', { count: shown.length })}
            </p>
          </form>
          <form noValidate onSubmit={(event) => void makeZip(event)}>
            <FieldsetGroup id={CHOOSE_ID} legend={t('clients.choose.legend')} hint={t('clients.choose.hint')} error={chooseErrors.length > 0 ? chooseErrors.join(' ') : undefined}>
              {shown.length === 0 ? (
                <p className="body">{t('clients.noMatch')}</p>
              ) : (
                <ul className="card-list">
                  {shown.map((row) => (
                    <ClientCard
                      key={row.id}
                      row={row}
                      directory={directory}
                      chosen={chosen.has(row.id)}
                      onChoose={(on) => setChosen((now) => {
                        // The letter maker gets ready while the worker picks the rest: only a head start.
                        if (on && now.size === 0) import('../../worker/pdf-client.ts').then((client) => client.warmUpPdfWorker()).catch(() => undefined)
                        const next = new Set(now)
                        if (on) next.add(row.id)
                        else next.delete(row.id)
                        return next
                      })}
                      onOpen={() => void open(row)}
                      onDelete={() => void remove(row)}
                    />
                  ))}
                </ul>
              )}
            </FieldsetGroup>
            <Button type="submit" disabled={batch.status === 'working'} aria-disabled={batch.status === 'working' || undefined}>
              {t('clients.batch.button')}
            </Button>
          </form>
          {batch.status === 'working' ? <output className="body loading status">{t('clients.batch.making')}</output> : null}
          {batch.status === 'failed' ? (
            <div className="warning" role="alert">
              <p className="body body--strong">{t('clients.batch.failed')}</p>
            </div>
          ) : null}
          {batch.status === 'ready' ? (
            <>
              <Panel title={t('clients.batch.readyTitle')}>
                <p>{t('clients.batch.ready', { letters: batch.letters, clients: batch.clients })}</p>
              </Panel>
              <div className="button-group">
                <a className="button button--primary" href={batch.url} download={batch.fileName} ref={readyLink}>
                  {t('clients.batch.download')}
                </a>
              </div>
              <p className="body-s">{t('clients.batch.hint')}</p>
              <section className="card" aria-labelledby="track-batch-title">
                <h2 className="heading-m" id="track-batch-title">{t('clients.track.title')}</h2>
                {batch.tracked ? (
                  <output className="body body--strong status">{t('clients.track.done')}</output>
                ) : (
                  <>
                    <p className="body">{t('clients.track.body')}</p>
                    <Button variant="secondary" onClick={() => void track(batch.made)}>{t('clients.track.button')}</Button>
                  </>
                )}
              </section>
            </>
          ) : null}
        </>
      )}

      <h2 className="heading-m">{t('clients.files.title')}</h2>
      <div className={fileProblems.length > 0 ? 'form-group form-group--error' : 'form-group'}>
        <label className="label label--bold" htmlFor={FILES_ID}>
          {t('clients.files.label')}
        </label>
        <div className="hint" id={`${FILES_ID}-hint`}>
          {t('clients.files.hint')}
        </div>
        {fileProblems.length > 0 ? <ErrorMessage id={`${FILES_ID}-error`} message={fileProblems.join(' ')} /> : null}
        <input
          className="file-upload"
          type="file"
          id={FILES_ID}
          multiple
          accept=".json,application/json"
          aria-describedby={[`${FILES_ID}-hint`, fileProblems.length > 0 ? `${FILES_ID}-error` : ''].filter(Boolean).join(' ')}
          onChange={(event) => void onFiles(event)}
        />
      </div>
    </Page>
  )
}
