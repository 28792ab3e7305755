import { useState } from 'react'
import { Page } from '../../components/Page/Page.tsx'
import { navigate } from '../../flow/router.ts'
import { t } from '../../i18n/text.ts'
import { Button } from '../../components/Button/Button.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import { Textarea } from '../../components/Textarea/Textarea.tsx'
import { describeBody, directoryRoutes, type BodyRoute } from '../../flow/bodies.ts'
import { addressToRequest } from '../../flow/convert.ts'
import { useDirectory, knownIn, type Directory } from '../../flow/directory.ts'
import { EMPTY_ADDRESS, isBlank, type AddressDraft, type RecipientDraft } from '../../draft/draft.ts'
import { pathFor } from '../../flow/steps.ts'
import { NoRoute, Provenance, RouteList } from '../recipients/BodyCard.tsx'
import { addressFieldId, checkAddress } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStep } from '../shared/useStep.ts'
import { ContactRouteFields } from '../shared/ContactRouteFields.tsx'
import { useStepForm } from '../shared/useStepForm.ts'
import { AddRecipientPage } from '../add-recipient/AddRecipientPage.tsx'

/**
 * Where people can send a correction, set when the app is built (VITE_CORRECTIONS_EMAIL). Without one
 * there is no address to show, so the page offers the text to copy only: never a made-up address.
 */
export function correctionsAddress(env: Record<string, unknown> = import.meta.env): string | undefined {
  const value = env.VITE_CORRECTIONS_EMAIL
  return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? value.trim() : undefined
}

type Values = { address: AddressDraft; email: string; webForm: string }

function routesText(routes: readonly BodyRoute[]): string {
  return routes.length === 0 ? t('recipientDetails.nothing') : routes.map((r) => `${r.label}: ${r.value}`).join('; ')
}

function typedText(r: RecipientDraft | undefined): string {
  if (!r) return t('recipientDetails.nothing')
  const address = addressToRequest(r.address)
  const parts = [
    address ? [...address.lines, address.postcode ?? ''].filter(Boolean).join(', ') : '',
    isBlank(r.email) ? '' : (r.email ?? ''),
    isBlank(r.webForm) ? '' : (r.webForm ?? ''),
  ].filter(Boolean)
  return parts.length === 0 ? t('recipientDetails.nothing') : parts.join('; ')
}

/** An organisation's own page: typed in by hand → the add form; from the directory → its details. */
export function RecipientDetailsPage({ n }: { n: number }) {
  const page = useStep('recipient-details')
  const directory = useDirectory()
  const entry = page.draft.recipients?.[n - 1]
  if (!entry) {
    return (
      <Page title={t('recipientDetails.notFound')} back={page.back}>
        <Heading>{t('recipientDetails.notFound')}</Heading>
        <p className="body">
          <Link to={pathFor('recipients')}>{t('recipientDetails.backToList')}</Link>
        </p>
      </Page>
    )
  }
  if (entry.id === undefined) return <AddRecipientPage n={n} />
  if (!directory) return <p className="body loading">{t('app.loading')}</p>
  return <DirectoryBodyDetails n={n} directory={directory} />
}

function DirectoryBodyDetails({ n, directory }: { n: number; directory: Directory }) {
  const index = n - 1
  const page = useStepForm<Values>({
    step: 'recipient-details',
    defaultValues: (d) => {
      const r = d.recipients?.[index]
      return { address: { ...EMPTY_ADDRESS, ...r?.address }, email: r?.email ?? '', webForm: r?.webForm ?? '' }
    },
    owns: [`recipients.${index}`],
    isKnownRecipient: knownIn(directory),
    check: (v) => checkAddress(v.address, 'recipientAddress', {}),
    apply: (draft, v) => {
      const list = [...(draft.recipients ?? [])]
      const current = list[index]
      // Anything else the entry holds (a name typed beside the id, from a file) stays with it.
      list[index] = { ...current, id: current?.id, address: { ...v.address }, email: v.email, webForm: v.webForm }
      return { ...draft, recipients: list }
    },
    fieldFor: (path, v) => {
      const rest = path.split('.').slice(2)
      if (rest[0] === 'email') return 'recipientEmail'
      if (rest[0] === 'webForm') return 'recipientWebForm'
      return addressFieldId('recipientAddress', v.address, rest.slice(1).join('.'))
    },
  })
  const [copied, setCopied] = useState(false)
  const entry = page.draft.recipients?.[index]
  const body = entry ? describeBody(entry, index, directory) : undefined
  const record = body?.record
  if (!entry || !body || !record) return null

  const ours = directoryRoutes(record)
  const title = t('recipientDetails.title', { name: body.name })
  const reportText = t('recipientDetails.reportText', { name: record.officialName || record.name, id: record.id, current: routesText(ours), typed: typedText(entry) })
  const reportTo = correctionsAddress()
  const mailto = reportTo ? `mailto:${reportTo}?subject=${encodeURIComponent(t('recipientDetails.reportSubject', { id: record.id }))}&body=${encodeURIComponent(reportText)}` : undefined

  function revertToOurs() {
    const list = [...(page.draft.recipients ?? [])]
    list[index] = { id: record?.id }
    page.save({ ...page.draft, recipients: list })
    navigate(pathFor('recipients', { fromCheck: page.route.fromCheck }))
  }

  async function copyReport() {
    try {
      await navigator.clipboard.writeText(reportText)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }

  return (
    <QuestionPage
      title={title}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      submitLabel={t('recipientDetails.save')}
      intro={
        <>
          <Heading>{title}</Heading>
          <h2 className="heading-s">{t('recipientDetails.ours')}</h2>
          {ours.length === 0 ? <NoRoute body={body} /> : <RouteList routes={ours} />}
          <Provenance body={{ ...body, routes: ours, typed: false }} />
          <p className="body">{t('recipientDetails.body')}</p>
        </>
      }
      after={
        <>
          {body.typed ? (
            <div className="button-group">
              <Button variant="secondary" onClick={revertToOurs}>
                {t('recipientDetails.useOurs')}
              </Button>
            </div>
          ) : null}
          <section className="section" aria-labelledby="report-title">
            <h2 className="heading-m" id="report-title">
              {t('recipientDetails.reportTitle')}
            </h2>
            {reportTo && mailto ? (
              <>
                <p className="body">{t('recipientDetails.reportBody')}</p>
                <p className="body">
                  <a href={mailto}>{t('recipientDetails.reportEmail', { address: reportTo })}</a>
                </p>
                <Textarea id="report-text" label={t('recipientDetails.reportCopyLabel', { address: reportTo })} readOnly rows={5} value={reportText} />
              </>
            ) : (
              <>
                <p className="body">{t('recipientDetails.reportBodyNoAddress')}</p>
                <Textarea id="report-text" label={t('recipientDetails.reportCopyOnlyLabel')} readOnly rows={5} value={reportText} />
              </>
            )}
            <Button variant="secondary" onClick={() => void copyReport()}>
              {t('recipientDetails.copy')}
            </Button>
            <output className="body status">
              {copied ? t('saveFile.copiedReport') : ''}
            </output>
          </section>
        </>
      }
    >
      <ContactRouteFields errors={page.errors} errorFor={page.errorFor} register={(field) => page.form.register(field)} />
    </QuestionPage>
  )
}
