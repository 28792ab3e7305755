import { useState } from 'react'
import { t } from '../../i18n/text.ts'
import { AddressFields } from '../../components/AddressFields/AddressFields.tsx'
import { DateInput } from '../../components/DateInput/DateInput.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import type { DatePart } from '../../flow/date-parts.ts'
import { EMPTY_ADDRESS, type AddressDraft, type DateParts, type Draft } from '../../draft/draft.ts'
import { validateFields } from '../../flow/validate.ts'
import { addressErrors, addressFieldId, checkAddress, checkDate } from '../shared/fields.ts'
import { QuestionPage } from '../shared/QuestionPage.tsx'
import { useStepForm } from '../shared/useStepForm.ts'

interface Values {
  fullName: string
  dateOfBirth: DateParts
  address: AddressDraft
  email: string
  phone: string
}

/**
 * Who a follow-up is about, on one page: the name, date of birth, address and contact details the
 * first letter's journey asks one at a time. The follow-up encloses or refers to the first letter,
 * so it asks nothing else about the person (issue 10: a short path for a letter sent on paper).
 */
function apply(draft: Draft, v: Values): Draft {
  return {
    ...draft,
    subject: {
      ...draft.subject,
      fullName: v.fullName,
      dateOfBirth: { day: v.dateOfBirth.day, month: v.dateOfBirth.month, year: v.dateOfBirth.year },
      address: { ...v.address },
      email: v.email,
      phone: v.phone,
    },
  }
}

/** The box a problem with a request path belongs to. */
function fieldFor(path: string, v: Values): string {
  if (path.startsWith('subject.dateOfBirth')) return 'dateOfBirth-day'
  if (path.startsWith('subject.address')) return addressFieldId('address', v.address, path.slice('subject.address'.length))
  if (path.startsWith('subject.email')) return 'email'
  if (path.startsWith('subject.phone')) return 'phone'
  return 'fullName'
}

export function FollowUpPersonPage() {
  // The date boxes to mark: only the missing or wrong ones.
  const [wrongParts, setWrongParts] = useState<DatePart[] | undefined>(undefined)
  const page = useStepForm<Values>({
    step: 'follow-up-person',
    defaultValues: (d) => ({
      fullName: d.subject?.fullName ?? '',
      dateOfBirth: { day: '', month: '', year: '', ...d.subject?.dateOfBirth },
      address: { ...EMPTY_ADDRESS, ...d.subject?.address },
      email: d.subject?.email ?? '',
      phone: d.subject?.phone ?? '',
    }),
    // Every box's problem at once, in page order: the date and address boxes' own checks, and the
    // request's rules for the boxes that have none. Once these pass, the request's rules for them all.
    check: (v) => {
      const date = checkDate(v.dateOfBirth, 'dateOfBirth', 'subject.dateOfBirth')
      setWrongParts(date.parts)
      const own = [...date.errors, ...checkAddress(v.address, 'address', { required: true, town: true, postcode: true })]
      if (own.length === 0) return []
      const rules = validateFields(apply(page.draft, v), ['subject.fullName', 'subject.email', 'subject.phone'], { today: page.today })
      const ruled = (box: string) => rules.filter((p) => fieldFor(p.path, v) === box).slice(0, 1).map((p) => ({ field: box, message: p.message }))
      return [...ruled('fullName'), ...own, ...ruled('email'), ...ruled('phone')]
    },
    apply,
    fieldFor,
  })
  const who = page.who
  const title = t(`followUpPerson.title.${who}`)
  const self = who === 'self'
  const dateError = page.errors.find((e) => e.field.startsWith('dateOfBirth-'))?.message
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
          <p className="body">{t('followUpPerson.intro')}</p>
        </>
      }
    >
      <TextInput
        id="fullName"
        label={t(`subjectName.title.${who}`)}
        hint={t('subjectName.hint')}
        error={page.errorFor('fullName')}
        autoComplete={self ? 'name' : 'off'}
        spellCheck={false}
        {...page.form.register('fullName')}
      />
      <DateInput
        id="dateOfBirth"
        legend={t(`dateOfBirth.title.${who}`)}
        hint={t('dateOfBirth.hint')}
        error={dateError}
        errorParts={wrongParts}
        register={(part) => page.form.register(`dateOfBirth.${part}`)}
        autoCompletePrefix={self ? 'bday' : undefined}
      />
      <AddressFields
        id="address"
        legend={t(`address.title.${who}`)}
        hint={t('address.why')}
        errors={addressErrors(page.errors, 'address')}
        register={(field) => page.form.register(`address.${field}`)}
        section={self ? undefined : 'subject'}
      />
      <TextInput id="email" label={t('contact.email')} type="email" autoComplete={self ? 'email' : 'off'} spellCheck={false} error={page.errorFor('email')} {...page.form.register('email')} />
      <TextInput id="phone" label={t('contact.phone')} type="tel" width="20" autoComplete={self ? 'tel' : 'off'} error={page.errorFor('phone')} {...page.form.register('phone')} />
    </QuestionPage>
  )
}
