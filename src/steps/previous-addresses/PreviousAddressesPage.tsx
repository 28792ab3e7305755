import { useFieldArray } from 'react-hook-form'
import { t } from '../../i18n/text.ts'
import { AddressFields } from '../../components/AddressFields/AddressFields.tsx'
import { Button } from '../../components/Button/Button.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { EMPTY_ADDRESS, isAddressBlank, type AddressDraft } from '../../draft/draft.ts'
import { LIMITS } from '../../request/constants.ts'
import { message } from '../../request/errors.ts'
import { addressErrors, addressFieldId, checkAddress } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

type Values = { addresses: AddressDraft[] }

const PATH = 'subject.previousAddresses'

export function PreviousAddressesPage() {
  const page = useStepForm<Values>({
    step: 'previous-addresses',
    defaultValues: (d) => ({ addresses: (d.subject?.previousAddresses ?? []).map((a) => ({ ...EMPTY_ADDRESS, ...a })) }),
    check: (v) =>
      v.addresses.flatMap((a, i) =>
        isAddressBlank(a) ? [{ field: `previous-${i}-line1`, message: message('addressEmpty') }] : checkAddress(a, `previous-${i}`, { required: true }),
      ),
    apply: (draft, v) => ({ ...draft, subject: { ...draft.subject, previousAddresses: v.addresses.map((a) => ({ ...a })) } }),
    fieldFor: (path, v) => {
      const [index, ...rest] = path.slice(PATH.length + 1).split('.')
      const i = Number(index ?? 0)
      return addressFieldId(`previous-${i}`, v.addresses[i], rest.join('.'))
    },
  })
  const { fields, append, remove } = useFieldArray({ control: page.form.control, name: 'addresses' })
  const title = t(`previousAddresses.title.${page.who}`)

  function add() {
    append({ ...EMPTY_ADDRESS }, { shouldFocus: true, focusName: `addresses.${fields.length}.line1` })
  }

  return (
    <QuestionPage
      title={title}
      back={page.back}
      errors={page.errors}
      attempt={page.attempt}
      onSubmit={page.onSubmit}
      intro={
        <>
          <Heading>{title}</Heading>
          <p className="body">{t('previousAddresses.body')}</p>
        </>
      }
    >
      {fields.map((field, i) => (
        <div className="repeat" key={field.id}>
          <AddressFields
            id={`previous-${i}`}
            legend={t('previousAddresses.legend', { n: i + 1 })}
            errors={addressErrors(page.errors, `previous-${i}`)}
            register={(name) => page.form.register(`addresses.${i}.${name}`)}
            postcodeOptional
            section={`previous-${i}`}
          />
          <Button variant="secondary" onClick={() => remove(i)}>
            {t('previousAddresses.remove', { n: i + 1 })}
          </Button>
        </div>
      ))}
      {fields.length < LIMITS.previousAddresses ? (
        <div className="button-group">
          <Button variant="secondary" onClick={add}>
            {fields.length === 0 ? t('previousAddresses.add') : t('previousAddresses.addAnother')}
          </Button>
        </div>
      ) : null}
    </QuestionPage>
  )
}
