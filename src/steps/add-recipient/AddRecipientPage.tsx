import { t } from '../../i18n/text.ts'
import { Radios } from '../../components/Radios/Radios.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import { EMPTY_ADDRESS, type AddressDraft, type RecipientDraft } from '../../draft/draft.ts'
import { RECIPIENT_KIND_IDS, type RecipientKind } from '../../request/kinds.ts'
import { message } from '../../request/errors.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { addressFieldId, checkAddress } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { ContactRouteFields } from '../shared/ContactRouteFields.tsx'
import { useStepForm } from '../shared/useStepForm.ts'
import { useRoute } from '../../flow/router.ts'

type Values = { name: string; kind: RecipientKind | '' | null; address: AddressDraft; email: string; webForm: string }

/**
 * A body typed in by hand (a school, a hospital), or changing one typed before: `n` is its 1-based
 * place in the list when changing.
 */
export function AddRecipientPage({ n }: { n?: number }) {
  const asked = useRoute().kind
  const presetKind = RECIPIENT_KIND_IDS.find((k) => k === asked)
  const page = useStepForm<Values>({
    step: n === undefined ? 'add-recipient' : 'recipient-details',
    defaultValues: (d) => {
      const r: RecipientDraft | undefined = n === undefined ? undefined : d.recipients?.[n - 1]
      return {
        name: r?.name ?? '',
        kind: r?.kind ?? (n === undefined ? presetKind : undefined) ?? '',
        address: { ...EMPTY_ADDRESS, ...r?.address },
        email: r?.email ?? '',
        webForm: r?.webForm ?? '',
      }
    },
    owns: () => [`recipients.${index()}`],
    check: (v) => [
      ...(v.kind ? [] : [{ field: 'recipientKind', message: message('chooseRecipientKind') }]),
      ...checkAddress(v.address, 'recipientAddress', {}),
    ],
    apply: (draft, v) => {
      const list = [...(draft.recipients ?? [])]
      const entry: RecipientDraft = { name: v.name, kind: v.kind || undefined, address: { ...v.address }, email: v.email, webForm: v.webForm }
      list[index()] = entry
      return { ...draft, recipients: list }
    },
    fieldFor: (path, v) => {
      const rest = path.split('.').slice(2)
      switch (rest[0]) {
        case 'kind':
          return 'recipientKind'
        case 'address':
          return addressFieldId('recipientAddress', v.address, rest.slice(1).join('.'))
        case 'email':
          return 'recipientEmail'
        case 'webForm':
          return 'recipientWebForm'
        default:
          return 'recipientName'
      }
    },
  })

  function index(): number {
    return n === undefined ? (page.draft.recipients?.length ?? 0) : n - 1
  }

  const existing = n === undefined ? undefined : page.draft.recipients?.[n - 1]
  const title = existing?.name ? t('addRecipient.editTitle', { name: existing.name }) : t('addRecipient.title')
  return (
    <QuestionPage
      title={title}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      submitLabel={n === undefined ? t('addRecipient.button') : t('addRecipient.save')}
      intro={<Heading>{title}</Heading>}
    >
      <TextInput id="recipientName" label={t('addRecipient.name')} hint={t('addRecipient.nameHint')} autoComplete="off" error={page.errorFor('recipientName')} {...page.form.register('name')} />
      <Radios
        id="recipientKind"
        legend={t('addRecipient.kind')}
        error={page.errorFor('recipientKind')}
        registration={page.form.register('kind')}
        options={RECIPIENT_KIND_IDS.map((kind) => ({ value: kind, label: t(`addRecipient.kind.${kind}`) }))}
      />
      <ContactRouteFields errors={page.errors} errorFor={page.errorFor} register={(field) => page.form.register(field)} />
    </QuestionPage>
  )
}
