import { t } from '../../i18n/text.ts'
import { AddressFields } from '../../components/AddressFields/AddressFields.tsx'
import { EMPTY_ADDRESS, type AddressDraft } from '../../draft/draft.ts'
import { addressErrors, addressFieldId, checkAddress } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

export function AddressPage() {
  const page = useStepForm<AddressDraft>({
    step: 'address',
    defaultValues: (d) => ({ ...EMPTY_ADDRESS, ...d.subject?.address }),
    check: (v) => checkAddress(v, 'address', { required: true, town: true, postcode: true }),
    apply: (draft, v) => ({ ...draft, subject: { ...draft.subject, address: { ...v } } }),
    fieldFor: (path, v) => addressFieldId('address', v, path.slice('subject.address'.length)),
  })
  const title = t(`address.title.${page.who}`)
  return (
    <QuestionPage title={title} back={page.back} errors={page.errors} attempt={page.attempt} onSubmit={page.onSubmit}>
      <AddressFields
        id="address"
        legend={title}
        legendIsHeading
        hint={t('address.why')}
        errors={addressErrors(page.errors, 'address')}
        register={(field) => page.form.register(field)}
        section={page.who === 'self' ? undefined : 'subject'}
      />
    </QuestionPage>
  )
}
