/** Helpers shared by question pages: error ids for addresses and dates, and the page's own checks. */
import { t } from '../../i18n/text.ts'
import type { SummaryError } from '../../components/ErrorSummary/ErrorSummary.tsx'
import { addressLineField } from '../../flow/convert.ts'
import type { DatePart } from '../../flow/date-parts.ts'
import { isAddressBlank, isBlank, type AddressDraft, type DateParts } from '../../draft/draft.ts'
import { dateProblem } from '../../flow/validate.ts'
import { message } from '../../request/errors.ts'
import { isUk } from '../../request/postcodes.ts'

const DATE_PART_WORDS: Record<DatePart, string> = {
  day: t('date.part.day'),
  month: t('date.part.month'),
  year: t('date.part.year'),
}

/** The box id for a schema problem inside an address: "…lines.2" → the box that line came from. */
export function addressFieldId(idPrefix: string, address: AddressDraft | undefined, rest: string): string {
  const parts = rest.split('.').filter(Boolean)
  if (parts[0] === 'postcode') return `${idPrefix}-postcode`
  if (parts[0] === 'country') return `${idPrefix}-country`
  if (parts[0] === 'lines' && parts[1] !== undefined && /^\d+$/.test(parts[1])) return `${idPrefix}-${addressLineField(address, Number(parts[1]))}`
  return `${idPrefix}-line1`
}

export interface AddressRules {
  /** The address must be given (not optional). */
  required?: boolean
  /** Town or city must be given. */
  town?: boolean
  postcode?: boolean
}

/** The boxes an address needs for a letter. An optional address that is left empty is fine. */
export function checkAddress(address: AddressDraft | undefined, idPrefix: string, rules: AddressRules): SummaryError[] {
  if (!rules.required && isAddressBlank(address)) return []
  const errors: SummaryError[] = []
  if (isBlank(address?.line1)) errors.push({ field: `${idPrefix}-line1`, message: message('addressLine1') })
  if (rules.town && isBlank(address?.town)) errors.push({ field: `${idPrefix}-town`, message: message('addressTown') })
  // Not every country has postcodes: only a UK address must have one.
  if (rules.postcode && isUk(address?.country) && isBlank(address?.postcode)) errors.push({ field: `${idPrefix}-postcode`, message: message('addressPostcode') })
  return errors
}

/** The date boxes' own problem, linked to the first wrong box. */
export function checkDate(parts: DateParts | undefined, idPrefix: string, path: string): { errors: SummaryError[]; parts?: DatePart[] } {
  const problem = dateProblem(parts, path, DATE_PART_WORDS)
  if (!problem) return { errors: [] }
  return { errors: [{ field: `${idPrefix}-${problem.part}`, message: problem.message }], parts: problem.parts }
}

/** Errors whose box id starts with a prefix, as address box → message. */
export function addressErrors(errors: readonly SummaryError[], idPrefix: string): Partial<Record<keyof AddressDraft, string>> {
  const out: Partial<Record<keyof AddressDraft, string>> = {}
  for (const e of errors) {
    if (!e.field.startsWith(`${idPrefix}-`)) continue
    const key = e.field.slice(idPrefix.length + 1) as keyof AddressDraft
    out[key] ??= e.message
  }
  return out
}

/** Text from a textarea, one entry per non-blank line, each kept as typed. */
export function linesOf(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '')
}
