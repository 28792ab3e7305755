/**
 * The draft: every answer so far, in one object, kept exactly as typed (raw strings; dates as three
 * parts). Its shape follows the request schema (`Request`), so converting it is one function
 * (./convert.ts), and check-answers runs the real schema before any letter is made.
 */
import type { FollowUpEventKind, FollowUpKind, ManualRecipientKind, RequestType, SenderKind, SentBy, Topic, UkNation } from '../request/constants.ts'

/** A date as typed into three boxes. */
export interface DateParts {
  day: string
  month: string
  year: string
}

/** An address as typed into separate boxes; becomes `{ lines, postcode, country }` in the request. */
export interface AddressDraft {
  line1: string
  line2: string
  town: string
  county: string
  /** Lines between line 2 and the town, from a file whose address has more lines than there are boxes. */
  more?: string[]
  postcode: string
  /** Absent or "" in the UK (as a file's "GB" is kept as "GB"); otherwise the code of the country abroad. */
  country?: string
}

export interface SubjectDraft {
  fullName?: string
  /** One entry per name; blank lines are dropped when typed. */
  otherNames?: string[]
  dateOfBirth?: DateParts
  address?: AddressDraft
  previousAddresses?: AddressDraft[]
  email?: string
  phone?: string
}

/** The person writing. Parent and worker share the fields they have in common. */
export interface SenderDraft {
  kind?: SenderKind
  fullName?: string
  /** Parent only. */
  relationship?: string
  /** Parent: whether the child knows and agrees. "yes" becomes `childAgrees: true`. */
  childAgrees?: 'yes' | 'no' | 'too-young'
  /** Parent: "yes" becomes `parentalResponsibility: true`; "no" and "not sure" never claim it (false). */
  parentalResponsibility?: 'yes' | 'no' | 'not-sure'
  /** Worker only. */
  organisation?: string
  role?: string
  reference?: string
  address?: AddressDraft
  email?: string
  phone?: string
}

/**
 * One organisation. With `id` only: a directory body as we know it. With `id` and contact details:
 * the person's own correction of a directory body. Without `id`: a body typed in by hand.
 */
export interface RecipientDraft {
  id?: string
  name?: string
  kind?: ManualRecipientKind
  address?: AddressDraft
  email?: string
  webForm?: string
  /** A typed-in body's nation (its bank holidays), where the file gives one. */
  nation?: UkNation
  /** How this one letter goes, where the file gives it. */
  sendBy?: SentBy
}

export interface SentDraft {
  by?: SentBy | 'not-sure'
  on?: DateParts
}

/** One thing that happened after the first letter, as typed. */
export interface FollowUpEventDraft {
  kind: FollowUpEventKind
  on: DateParts
  /** Whether what they asked for was sent (or, for a complaint, whether they answered); only "yes" keeps `answeredOn`. */
  answered?: 'yes' | 'not-yet'
  answeredOn?: DateParts
}

export interface FollowUpDraft {
  kind?: FollowUpKind | 'none'
  originalSentOn?: DateParts
  /** "not-sure" is left out of the request, which then assumes post. */
  originalSentBy?: SentBy | 'not-sure'
  theirReference?: string
  /** What has happened since, oldest first; [] when nothing has; undefined until asked. */
  events?: FollowUpEventDraft[]
  whatWentWrong?: string
  howItAffected?: string
  noComplaintReason?: string
}

export interface Draft {
  subject?: SubjectDraft
  sender?: SenderDraft
  requests?: RequestType[]
  corrections?: string
  topics?: Topic[]
  recipients?: RecipientDraft[]
  details?: string
  sent?: SentDraft
  followUp?: FollowUpDraft
  /** The interface's language, kept only with answers the person keeps. */
  language?: string
}

export const EMPTY_ADDRESS: AddressDraft = { line1: '', line2: '', town: '', county: '', postcode: '' }
export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' }

/** Nothing typed: undefined or only spaces (for an address's extra lines, every one of them). */
export function isBlank(value: string | readonly string[] | undefined): boolean {
  if (value === undefined) return true
  return typeof value === 'string' ? value.trim() === '' : value.every((line) => isBlank(line))
}

/** Nothing typed: a country chosen on its own is not an address. */
export function isAddressBlank(address: AddressDraft | undefined): boolean {
  return !address || Object.entries(address).every(([field, v]) => field === 'country' || isBlank(v))
}

/** Who the pages talk about; "self" until the person says otherwise. */
export function whoOf(draft: Draft): SenderKind {
  return draft.sender?.kind ?? 'self'
}
