/**
 * The draft: every answer so far, in one object, kept exactly as typed (raw strings; dates as three
 * parts). This is the one definition of it. Its type is read from here, and the schema that checks a
 * draft read back from the device (./restore.ts) is made from here too, so a field added here is
 * kept on reload without a second list to update. Which page asks for each field is in the step
 * table (flow/steps.ts); a test fails if a field here has no page.
 *
 * Its shape follows the request schema (`Request`), so converting it is one function (flow/convert.ts),
 * and check-answers runs the real schema before any letter is made. Only loaded for its types, except
 * by ./restore.ts, so the first page never carries zod.
 */
import * as z from 'zod/mini'
import { LETTER_LANGUAGES } from '../i18n/letter-words.ts'
import { RECIPIENT_KIND_IDS } from '../request/kinds.ts'
import {
  FOLLOW_UP_EVENTS, FOLLOW_UP_KINDS, LIMITS, NATIONS, REPLY_ITEMS, REQUEST_TYPES, SENDER_KINDS, SENT_BY, TOPICS, TRACKED_EVENTS, WITHHELD,
} from '../request/constants.ts'

/**
 * One part of the draft, as two schemas made together: `strict` says what the draft is (its type comes
 * from it); `lenient` reads back stored data, dropping whatever does not fit instead of failing.
 */
export interface Part<S extends z.ZodMiniType = z.ZodMiniType> {
  strict: S
  lenient: z.ZodMiniType
}

/** A value checked as it is: a string, a choice. */
function value<S extends z.ZodMiniType>(schema: S): Part<S> {
  return { strict: schema, lenient: schema }
}

/** A field that may be missing. Read back, a field that does not fit is dropped on its own. */
function optional<S extends z.ZodMiniType>(part: Part<S>): Part<z.ZodMiniOptional<S>> {
  return { strict: z.optional(part.strict), lenient: z.catch(z.optional(part.lenient), undefined) }
}

/**
 * A list, never required. Read back, it keeps the items that fit and drops the rest; a list longer
 * than `most` is no one's answer and goes whole.
 */
function list<S extends z.ZodMiniType>(item: Part<S>, most: number): Part<z.ZodMiniOptional<z.ZodMiniArray<S>>> {
  const keepFitting = z.transform((items: unknown[]) =>
    items.flatMap((entry) => {
      const result = z.safeParse(item.lenient, entry)
      return result.success ? [result.data] : []
    }),
  )
  return {
    strict: z.optional(z.array(item.strict).check(z.maxLength(most))),
    lenient: z.catch(z.optional(z.pipe(z.array(z.unknown()).check(z.maxLength(most)), keepFitting)), undefined),
  }
}

/** One answer in several boxes, such as an address: read back whole, or not at all, never with a box missing. */
function whole<S extends z.ZodMiniType>(part: Part<S>): Part<S> {
  return { strict: part.strict, lenient: part.strict }
}

type Shape = Record<string, Part>

/** Named fields. Read back, a required field that does not fit takes the whole group with it. */
function group<T extends Shape>(shape: T): Part<z.ZodMiniObject<{ [K in keyof T]: T[K]['strict'] }>> {
  const pick = (side: keyof Part) => Object.fromEntries(Object.entries(shape).map(([key, part]) => [key, part[side]]))
  return {
    strict: z.object(pick('strict')) as z.ZodMiniObject<{ [K in keyof T]: T[K]['strict'] }>,
    lenient: z.object(pick('lenient')),
  }
}

/** Longer than any field allows, so a typed answer that is too long survives to get its message. */
const MAX_TEXT = LIMITS.details * 2

const text = value(z.string().check(z.maxLength(MAX_TEXT)))
const choice = <const T extends readonly string[]>(options: T) => optional(value(z.enum(options)))

/** A date as typed into three boxes. */
const dateParts = group({ day: text, month: text, year: text })

/** An address as typed into separate boxes; becomes `{ lines, postcode, country }` in the request. */
const address = whole(group({
  line1: text,
  line2: text,
  town: text,
  county: text,
  /** Lines between line 2 and the town, from a file whose address has more lines than there are boxes. */
  more: list(text, LIMITS.addressLines),
  postcode: text,
  /** Absent or "" in the UK (as a file's "GB" is kept as "GB"); otherwise the code of the country abroad. */
  country: optional(text),
}))

const subject = group({
  fullName: optional(text),
  /** One entry per name; blank lines are dropped when typed. */
  otherNames: list(text, LIMITS.otherNames * 2),
  dateOfBirth: optional(dateParts),
  address: optional(address),
  previousAddresses: list(address, LIMITS.previousAddresses * 2),
  email: optional(text),
  phone: optional(text),
})

/** The person writing. Parent and worker share the fields they have in common. */
const sender = group({
  kind: choice(SENDER_KINDS),
  fullName: optional(text),
  /** Parent only. */
  relationship: optional(text),
  /** Parent: whether the child knows and agrees. "yes" becomes `childAgrees: true`. */
  childAgrees: choice(['yes', 'no', 'too-young']),
  /** Parent: "yes" becomes `parentalResponsibility: true`; "no" and "not sure" never claim it (false). */
  parentalResponsibility: choice(['yes', 'no', 'not-sure']),
  /** Worker only. */
  organisation: optional(text),
  role: optional(text),
  reference: optional(text),
  address: optional(address),
  email: optional(text),
  phone: optional(text),
})

/**
 * One organisation. With `id` only: a directory body as we know it. With `id` and contact details:
 * the person's own correction of a directory body. Without `id`: a body typed in by hand.
 */
const recipient = group({
  id: optional(value(z.string().check(z.maxLength(200)))),
  name: optional(text),
  kind: choice(RECIPIENT_KIND_IDS),
  address: optional(address),
  email: optional(text),
  webForm: optional(text),
  /** A typed-in body's nation (its bank holidays), where the file gives one. */
  nation: choice(NATIONS),
  /** How this one letter goes, where the file gives it. */
  sendBy: choice(SENT_BY),
  /** The language of this one letter, as the person chose it (or the file gave it). */
  language: choice(LETTER_LANGUAGES),
})

const sent = group({
  by: choice([...SENT_BY, 'not-sure']),
  on: optional(dateParts),
})

/** One thing that happened after the first letter, as typed. */
const followUpEvent = group({
  kind: value(z.enum(FOLLOW_UP_EVENTS)),
  on: dateParts,
  /** Whether what they asked for was sent (or, for a complaint, whether they answered); only "yes" keeps `answeredOn`. */
  answered: choice(['yes', 'not-yet']),
  answeredOn: optional(dateParts),
})

const followUp = group({
  kind: choice([...FOLLOW_UP_KINDS, 'none']),
  originalSentOn: optional(dateParts),
  /** "not-sure" is left out of the request, which then assumes post. */
  originalSentBy: choice([...SENT_BY, 'not-sure']),
  theirReference: optional(text),
  /** What has happened since, oldest first; [] when nothing has; undefined until asked. */
  events: list(followUpEvent, LIMITS.followUpEvents * 2),
  whatWentWrong: optional(text),
  howItAffected: optional(text),
  noComplaintReason: optional(text),
  /** What their reply held, ticked; [] when nothing was. */
  received: list(value(z.enum(REPLY_ITEMS)), REPLY_ITEMS.length * 2),
  /** "refused" is said by the refused event instead, so the request leaves it out. */
  withheld: choice([...WITHHELD, 'refused']),
})

/** A date the app wrote itself (from a file, or from boxes already checked): YYYY-MM-DD. */
const isoText = value(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))

const trackedEvent = group({
  kind: value(z.enum(TRACKED_EVENTS)),
  on: isoText,
  answeredOn: optional(isoText),
})

/** A letter sent, kept in "My requests": the request's `history` entry, its organisation as the draft has one. */
const tracked = group({
  recipient,
  requests: list(value(z.enum(REQUEST_TYPES)), REQUEST_TYPES.length * 2),
  sentOn: isoText,
  sentBy: choice(SENT_BY),
  theirReference: optional(text),
  events: list(trackedEvent, LIMITS.historyEvents),
})

export const DRAFT = group({
  /** The interface's language, kept only with answers the person keeps. */
  language: optional(value(z.string().check(z.maxLength(35)))),
  subject: optional(subject),
  sender: optional(sender),
  requests: list(value(z.enum(REQUEST_TYPES)), REQUEST_TYPES.length * 2),
  corrections: optional(text),
  topics: list(value(z.enum(TOPICS)), TOPICS.length * 2),
  recipients: list(recipient, LIMITS.recipients * 2),
  details: optional(text),
  sent: optional(sent),
  followUp: optional(followUp),
  /** Set from "My requests": this first letter follows the reply to an earlier request for a copy. */
  afterReply: optional(group({ askedOn: isoText, repliedOn: isoText, theirReference: optional(text) })),
  /** "My requests": kept only with answers the person keeps. */
  history: list(tracked, LIMITS.history),
})

export type Draft = z.output<typeof DRAFT.strict>
export type DateParts = z.output<typeof dateParts.strict>
export type AddressDraft = z.output<typeof address.strict>
export type SenderDraft = z.output<typeof sender.strict>
export type RecipientDraft = z.output<typeof recipient.strict>
export type SentDraft = z.output<typeof sent.strict>
export type FollowUpDraft = z.output<typeof followUp.strict>
export type FollowUpEventDraft = z.output<typeof followUpEvent.strict>
export type TrackedDraft = z.output<typeof tracked.strict>
export type TrackedEventDraft = z.output<typeof trackedEvent.strict>
