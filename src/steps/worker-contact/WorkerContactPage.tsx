import { t } from '../../i18n/text.ts'
import { AddressFields } from '../../components/AddressFields/AddressFields.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import { EMPTY_ADDRESS, type AddressDraft } from '../../draft/draft.ts'
import { addressErrors, addressFieldId, checkAddress } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { address: AddressDraft; email: string; phone: string; reference: string }

export function WorkerContactPage() {
  const page = useStepForm<Values>({
    step: 'worker-contact',
    defaultValues: (d) => ({
      address: { ...EMPTY_ADDRESS, ...d.sender?.address },
      email: d.sender?.email ?? '',
      phone: d.sender?.phone ?? '',
      reference: d.sender?.reference ?? '',
    }),
    check: (v) => checkAddress(v.address, 'workerAddress', { required: true, town: true }),
    apply: (draft, v) => ({ ...draft, sender: { ...draft.sender, address: { ...v.address }, email: v.email, phone: v.phone, reference: v.reference } }),
    fieldFor: (path, v) => {
      if (path.startsWith('sender.email')) return 'workerEmail'
      if (path.startsWith('sender.phone')) return 'workerPhone'
      if (path.startsWith('sender.reference')) return 'reference'
      return addressFieldId('workerAddress', v.address, path.slice('sender.address'.length))
    },
  })
  return (
    <QuestionPage
      title={t('workerContact.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('workerContact.title')}</Heading>
          <p className="body">{t('workerContact.body')}</p>
        </>
      }
    >
      <AddressFields
        id="workerAddress"
        legend={t('workerContact.addressLegend')}
        errors={addressErrors(page.errors, 'workerAddress')}
        register={(field) => page.form.register(`address.${field}`)}
        postcodeOptional
        section="work"
      />
      <TextInput id="workerEmail" label={t('workerContact.email')} type="email" autoComplete="section-work email" spellCheck={false} error={page.errorFor('workerEmail')} {...page.form.register('email')} />
      <TextInput id="workerPhone" label={t('workerContact.phone')} type="tel" width="20" autoComplete="section-work tel" error={page.errorFor('workerPhone')} {...page.form.register('phone')} />
      <TextInput
        id="reference"
        label={t('workerContact.reference')}
        hint={t('workerContact.referenceHint')}
        width="20"
        spellCheck={false}
        error={page.errorFor('reference')}
        {...page.form.register('reference')}
      />
    </QuestionPage>
  )
}
