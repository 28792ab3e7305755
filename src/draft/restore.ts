/**
 * Loaded data is never trusted (after Excalidraw's restore.ts): anything read back from this
 * browser's storage is checked field by field, and whatever does not fit is dropped, not repaired.
 * Written with zod/mini so it stays small; it is only loaded when there is something to read.
 */
import * as z from 'zod/mini'
import { FOLLOW_UP_EVENTS, FOLLOW_UP_KINDS, LIMITS, MANUAL_RECIPIENT_KINDS, NATIONS, REQUEST_TYPES, SENDER_KINDS, SENT_BY, TOPICS } from '../request/constants.ts'
import type { Draft } from './draft.ts'

/** Longer than any field allows, so a typed answer that is too long survives to get its message. */
const MAX_TEXT = LIMITS.details * 2

/** A field that is dropped (becomes undefined) when it does not fit. */
function keep<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined)
}

const text = z.string().check(z.maxLength(MAX_TEXT))
const dateParts = z.object({ day: text, month: text, year: text })
const address = z.object({ line1: text, line2: text, town: text, county: text, more: z.optional(z.array(text).check(z.maxLength(LIMITS.addressLines))), postcode: text, country: z.optional(text) })

/** A list keeps the items that fit and drops the rest. */
function listOf<T extends z.ZodMiniType>(item: T, max: number) {
  return z.catch(
    z.optional(
      z.pipe(
        z.array(z.unknown()).check(z.maxLength(max * 2)),
        z.transform((items: unknown[]) =>
          items.flatMap((value) => {
            const r = z.safeParse(item, value)
            return r.success ? [r.data as z.output<T>] : []
          }),
        ),
      ),
    ),
    undefined,
  )
}

const draftSchema = z.object({
  language: keep(z.string().check(z.maxLength(35))),
  subject: keep(
    z.object({
      fullName: keep(text),
      otherNames: listOf(text, LIMITS.otherNames),
      dateOfBirth: keep(dateParts),
      address: keep(address),
      previousAddresses: listOf(address, LIMITS.previousAddresses),
      email: keep(text),
      phone: keep(text),
    }),
  ),
  sender: keep(
    z.object({
      kind: keep(z.enum(SENDER_KINDS)),
      fullName: keep(text),
      relationship: keep(text),
      childAgrees: keep(z.enum(['yes', 'no', 'too-young'])),
      parentalResponsibility: keep(z.enum(['yes', 'no', 'not-sure'])),
      organisation: keep(text),
      role: keep(text),
      reference: keep(text),
      address: keep(address),
      email: keep(text),
      phone: keep(text),
    }),
  ),
  requests: listOf(z.enum(REQUEST_TYPES), REQUEST_TYPES.length),
  corrections: keep(text),
  topics: listOf(z.enum(TOPICS), TOPICS.length),
  recipients: listOf(
    z.object({
      id: keep(z.string().check(z.maxLength(200))),
      name: keep(text),
      kind: keep(z.enum(MANUAL_RECIPIENT_KINDS)),
      address: keep(address),
      email: keep(text),
      webForm: keep(text),
      nation: keep(z.enum(NATIONS)),
      sendBy: keep(z.enum(SENT_BY)),
    }),
    LIMITS.recipients,
  ),
  details: keep(text),
  sent: keep(z.object({ by: keep(z.enum([...SENT_BY, 'not-sure'])), on: keep(dateParts) })),
  followUp: keep(
    z.object({
      kind: keep(z.enum([...FOLLOW_UP_KINDS, 'none'])),
      originalSentOn: keep(dateParts),
      originalSentBy: keep(z.enum([...SENT_BY, 'not-sure'])),
      theirReference: keep(text),
      events: listOf(
        z.object({
          kind: z.enum(FOLLOW_UP_EVENTS),
          on: dateParts,
          answered: keep(z.enum(['yes', 'not-yet'])),
          answeredOn: keep(dateParts),
        }),
        LIMITS.followUpEvents,
      ),
      whatWentWrong: keep(text),
      howItAffected: keep(text),
      noComplaintReason: keep(text),
    }),
  ),
})

/** Removes keys whose value is undefined, so "not answered" stays distinct from "answered blank". */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, prune(v)]))
}

/** Whatever was stored → a draft with only the parts that fit; an empty draft for anything else. */
export function restoreDraft(stored: unknown): Draft {
  const result = z.safeParse(draftSchema, stored)
  if (!result.success) return {}
  const draft = prune(result.data) as Draft
  // An organisation with neither an id nor a name cannot be written to.
  if (draft.recipients) draft.recipients = draft.recipients.filter((r) => r.id !== undefined || r.name !== undefined)
  return draft
}
