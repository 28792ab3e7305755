import type { UseFormRegisterReturn } from 'react-hook-form'
import { AddressFields, type AddressField } from '../../components/AddressFields/AddressFields.tsx'
import type { SummaryError } from '../../components/ErrorSummary/ErrorSummary.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import { t } from '../../i18n/text.ts'
import { addressErrors } from './fields.ts'

type ContactField = 'email' | 'webForm' | `address.${AddressField}`

/** An organisation's address, email and online form: the same boxes when adding a body by hand or correcting one. */
export function ContactRouteFields({ errors, errorFor, register }: {
  errors: readonly SummaryError[]
  errorFor: (field: string) => string | undefined
  register: (field: ContactField) => UseFormRegisterReturn
}) {
  return (
    <>
      <AddressFields
        id="recipientAddress"
        legend={t('addRecipient.addressLegend')}
        hint={t('addRecipient.addressHint')}
        errors={addressErrors(errors, 'recipientAddress')}
        register={(field) => register(`address.${field}`)}
        postcodeOptional
        section="organisation"
        withCountry={false}
      />
      <TextInput id="recipientEmail" label={t('addRecipient.email')} type="email" autoComplete="off" spellCheck={false} error={errorFor('recipientEmail')} {...register('email')} />
      <TextInput
        id="recipientWebForm"
        label={t('addRecipient.webForm')}
        hint={t('addRecipient.webFormHint')}
        type="url"
        autoComplete="off"
        spellCheck={false}
        error={errorFor('recipientWebForm')}
        {...register('webForm')}
      />
    </>
  )
}
