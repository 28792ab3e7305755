import type { ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { t, useLocale } from '../../i18n/text.ts'
import type { AddressDraft } from '../../draft/draft.ts'
import { COUNTRY_CODES, countryName, UK } from '../../request/postcodes.ts'
import { describedBy } from '../ErrorMessage/ErrorMessage.tsx'
import { Fieldset } from '../Fieldset/Fieldset.tsx'
import { FormField } from '../FormField/FormField.tsx'
import { TextInput } from '../TextInput/TextInput.tsx'

export type AddressField = keyof AddressDraft

interface Props {
  /** Box ids are "<id>-line1", "<id>-town", "<id>-country" and so on. */
  id: string
  legend: ReactNode
  legendIsHeading?: boolean
  hint?: ReactNode
  errors: Partial<Record<AddressField, string>>
  register: (field: AddressField) => UseFormRegisterReturn
  postcodeOptional?: boolean
  /** Autocomplete section, so a browser does not fill someone else's address with the person's own. */
  section?: string
  /** Offer a country for an address abroad (a person's own addresses; not a UK organisation's). */
  withCountry?: boolean
}

/** Abroad, A to Z by name; the UK comes first, as the usual answer. */
const byName = new Map<string, { code: string; name: string }[]>()

/** The countries A to Z by their names in the interface's language. */
function countriesByName(language: string): { code: string; name: string }[] {
  let list = byName.get(language)
  if (!list) {
    list = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, language)! })).sort((a, b) => a.name.localeCompare(b.name, language))
    byName.set(language, list)
  }
  return list
}

/** Separate boxes, because the address is printed on a letter (style.md, addresses). */
export function AddressFields({ id, legend, legendIsHeading, hint, errors, register, postcodeOptional, section, withCountry = true }: Props) {
  const language = useLocale()
  const hintId = hint ? `${id}-hint` : undefined
  const prefix = section ? `section-${section} ` : ''
  return (
    <Fieldset legend={legend} legendIsHeading={legendIsHeading} describedBy={describedBy(hintId)} className="address">
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <TextInput id={`${id}-line1`} label={t('address.line1')} error={errors.line1} autoComplete={`${prefix}address-line1`} {...register('line1')} />
      <TextInput id={`${id}-line2`} label={t('address.line2')} error={errors.line2} autoComplete={`${prefix}address-line2`} {...register('line2')} />
      <TextInput id={`${id}-town`} label={t('address.town')} error={errors.town} width="three-quarters" autoComplete={`${prefix}address-level2`} {...register('town')} />
      <TextInput id={`${id}-county`} label={t('address.county')} error={errors.county} width="three-quarters" {...register('county')} />
      <TextInput
        id={`${id}-postcode`}
        label={postcodeOptional ? t('address.postcodeOptional') : t('address.postcode')}
        error={errors.postcode}
        width="10"
        autoComplete={`${prefix}postal-code`}
        spellCheck={false}
        {...register('postcode')}
      />
      {withCountry ? (
        <FormField id={`${id}-country`} label={t('address.country')} hint={t('address.countryHint')} error={errors.country}>
          {(aria) => (
            <select
              id={`${id}-country`}
              className={['input', 'input--width-three-quarters', errors.country ? 'input--error' : ''].filter(Boolean).join(' ')}
              autoComplete={`${prefix}country`}
              {...aria}
              {...register('country')}
            >
              <option value="">{t('address.countryUk')}</option>
              {/* A file may name the UK by its code: shown as the UK, never offered twice. */}
              <option value={UK} hidden>
                {t('address.countryUk')}
              </option>
              {countriesByName(language).map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
    </Fieldset>
  )
}
