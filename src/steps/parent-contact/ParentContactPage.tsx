import { t } from '../../i18n/text.ts'
import { AddressFields } from '../../components/AddressFields/AddressFields.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import { EMPTY_ADDRESS, type AddressDraft } from '../../draft/draft.ts'
import { addressErrors, addressFieldId, checkAddress } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { address: AddressDraft; email: string; phone: string }

export function ParentContactPage() {
  const page = useStepForm<Values>({
    step: 'parent-contact',
    defaultValues: (d) => ({ address: { ...EMPTY_ADDRESS, ...d.sender?.address }, email: d.sender?.email ?? '', phone: d.sender?.phone ?? '' }),
    check: (v) => checkAddress(v.address, 'parentAddress', {}),
    apply: (draft, v) => ({ ...draft, sender: { ...draft.sender, address: { ...v.address }, email: v.email, phone: v.phone } }),
    fieldFor: (path, v) => {
      if (path.startsWith('sender.email')) return 'parentEmail'
      if (path.startsWith('sender.phone')) return 'parentPhone'
      return addressFieldId('parentAddress', v.address, path.slice('sender.address'.length))
    },
  })
  return (
    <QuestionPage
      title={t('parentContact.title')}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{t('parentContact.title')}</Heading>
          <p className="body">{t('parentContact.body')}</p>
        </>
      }
    >
      <AddressFields
        id="parentAddress"
        legend={t('parentContact.addressLegend')}
        hint={t('parentContact.addressHint')}
        errors={addressErrors(page.errors, 'parentAddress')}
        register={(field) => page.form.register(`address.${field}`)}
        postcodeOptional
      />
      <TextInput id="parentEmail" label={t('parentContact.email')} type="email" autoComplete="email" spellCheck={false} error={page.errorFor('parentEmail')} {...page.form.register('email')} />
      <TextInput id="parentPhone" label={t('parentContact.phone')} type="tel" width="20" autoComplete="tel" error={page.errorFor('parentPhone')} {...page.form.register('phone')} />
    </QuestionPage>
  )
}
