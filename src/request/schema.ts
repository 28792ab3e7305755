/**
 * The request file, format version 1: the contract in shared/reference/request-format.md.
 * Structure lives here; English lives in content/errors.en-GB.json and is attached by ./errors.ts.
 */
import { z } from 'zod'
import { LETTER_LANGUAGES } from '../i18n/letter-words.ts'
import { RECIPIENT_KIND_IDS } from './kinds.ts'
import { addDays, ageOn, isRealIsoDate, type IsoDate } from '../dates/iso.ts'
import { unsupportedCharacters } from '../text/printable.ts'
import { cleanText, codePointName, controlCharacters, hasLineBreak } from './clean.ts'
import { COUNTRY_CODES, isKnownCountry, POSTCODE_CHARACTERS, postcodeProblem, UK } from './postcodes.ts'
import {
  EARLIEST_LETTER_DATE, FOLLOW_UP_EVENTS, FOLLOW_UP_KINDS, LIMITS, NATIONS,
  REPLY_ITEMS, REQUEST_FORMAT, REQUEST_TYPES, SENT_BY, TOPICS, TRACKED_EVENTS, WITHHELD,
} from './constants.ts'

// The app runs under a strict Content Security Policy (no eval): zod must not even probe for `new Function`.
z.config({ jitless: true })

/** A custom issue carries the key of its message in the catalogue, plus values for the placeholders. */
function fail(ctx: z.RefinementCtx, key: string, values: Record<string, string | number> = {}, path: PropertyKey[] = []) {
  ctx.addIssue({ code: 'custom', message: key, params: { key, ...values }, path })
}

/** A string with the invisible characters that pasting brings removed (./clean.ts), so every reader sees the same text. */
function cleaned(multiline = false) {
  return z.string().overwrite((value) => cleanText(value, { multiline }))
}

/**
 * Free text as typed: kept exactly (bar invisible characters), but it must say something and fit on
 * a letter. Long answers (details, corrections, complaints) may run over several lines; all else is one line.
 */
function text(max: number, opts: { printable?: boolean; needsLetter?: boolean; multiline?: boolean } = {}) {
  const multiline = opts.multiline ?? max >= LIMITS.details
  return cleaned(multiline).superRefine((value, ctx) => {
    if (value.trim() === '') return fail(ctx, 'empty')
    if (value.length > max) return fail(ctx, 'tooLong', { max })
    if (!multiline && hasLineBreak(value)) return fail(ctx, 'oneLine')
    const controls = controlCharacters(value)
    if (controls.length > 0) return fail(ctx, 'hiddenCharacters', { chars: controls.map(codePointName).join(' ') })
    if (opts.needsLetter && !/\p{L}/u.test(value)) return fail(ctx, 'noLetters')
    if (opts.printable !== false) {
      const chars = unsupportedCharacters(value)
      if (chars.length > 0) fail(ctx, 'cannotPrint', { chars: chars.join(' ') })
    }
  })
}

/** A real calendar date from 1900 to 2199: never a year such as 0026, which `Date.UTC` would read as 1926. */
const isoDate = z.string().superRefine((value, ctx) => {
  if (!isRealIsoDate(value)) return fail(ctx, 'notDate')
  if (value < '1900-01-01' || value > '2199-12-31') fail(ctx, 'dateOutOfRange')
})

const email = cleaned().superRefine((value, ctx) => {
  if (value.length > LIMITS.email || hasLineBreak(value) || !z.email().safeParse(value.trim()).success) fail(ctx, 'emailFormat')
})

const phone = cleaned().superRefine((value, ctx) => {
  if (value.trim() === '') return fail(ctx, 'empty')
  if (value.length > LIMITS.phone) return fail(ctx, 'tooLong', { max: LIMITS.phone })
  if (hasLineBreak(value) || !/^[\d\s()+-]+$/.test(value) || !/\d{6,}/.test(value.replace(/\D/g, ''))) fail(ctx, 'phoneFormat')
})

const postcode = cleaned().superRefine((value, ctx) => {
  if (value.trim() === '') return fail(ctx, 'empty')
  if (value.length > LIMITS.postcode) return fail(ctx, 'tooLong', { max: LIMITS.postcode })
  if (!POSTCODE_CHARACTERS.test(value)) fail(ctx, 'postcodeFormat')
})

const webAddress = cleaned().superRefine((value, ctx) => {
  if (hasLineBreak(value) || !z.url({ protocol: /^https$/ }).safeParse(value.trim()).success) fail(ctx, 'urlFormat')
})

/** An ISO 3166-1 code, in capitals however it was typed. Written once in the JSON Schema, under $defs. */
const country = z
  .string()
  .overwrite((value) => cleanText(value).trim().toUpperCase())
  .superRefine((value, ctx) => {
    if (!isKnownCountry(value)) fail(ctx, 'countryUnknown')
  })
  .meta({
    id: 'country',
    enum: [UK, ...COUNTRY_CODES],
    description: 'Optional: the country of an address outside the UK, as its ISO 3166-1 two-letter code (FR for France). Left out, or GB, for an address in the UK, whose postcode must then be a real UK postcode. An address abroad gets its postcode checked against that country\'s format, and its country printed as its last line.',
  })

const addressSchema = z
  .strictObject({
    lines: z.array(text(LIMITS.addressLine)).min(1).max(LIMITS.addressLines),
    postcode: postcode.optional(),
    /** Optional addition: the country of an address abroad. Absent (or "GB"): the UK. */
    country: country.optional(),
  })
  .superRefine((address, ctx) => {
    const code = address.postcode
    if (code === undefined || code.trim() === '' || !POSTCODE_CHARACTERS.test(code)) return
    if (address.country !== undefined && !isKnownCountry(address.country)) return
    const problem = postcodeProblem(code, address.country)
    if (problem) fail(ctx, problem.key, 'values' in problem ? problem.values : {}, ['postcode'])
  })

function uniqueList<T extends z.ZodType<string>>(item: T, max: number) {
  return z.array(item).max(max).superRefine((values, ctx) => {
    const seen = new Set<string>()
    values.forEach((v) => {
      if (seen.has(v)) fail(ctx, 'duplicate', { value: v })
      seen.add(v)
    })
  })
}

const subjectSchema = z.strictObject({
  fullName: text(LIMITS.name, { needsLetter: true }),
  otherNames: z.array(text(LIMITS.name, { needsLetter: true })).max(LIMITS.otherNames).optional(),
  // Checked against the letter date below: the schema never reads the clock.
  dateOfBirth: isoDate,
  address: addressSchema,
  previousAddresses: z.array(addressSchema).max(LIMITS.previousAddresses).optional(),
  email: email.optional(),
  phone: phone.optional(),
})

const selfSender = z.strictObject({ kind: z.literal('self') })

const parentSender = z.strictObject({
  kind: z.literal('parent'),
  fullName: text(LIMITS.name, { needsLetter: true }),
  relationship: text(LIMITS.shortText, { needsLetter: true }),
  address: addressSchema.optional(),
  email: email.optional(),
  phone: phone.optional(),
  childAgrees: z.boolean().optional(),
  /**
   * Optional addition to format 1: whether the writer has parental responsibility. Absent means yes
   * (files saved before the question was asked). A carer without it cannot write as a parent.
   */
  parentalResponsibility: z.boolean().optional().describe('Optional: whether the parent or carer has parental responsibility. Absent means yes; false is refused, since only someone with it can write as a parent.'),
})

const representativeSender = z.strictObject({
  kind: z.literal('representative'),
  fullName: text(LIMITS.name, { needsLetter: true }),
  organisation: text(LIMITS.shortText),
  role: text(LIMITS.shortText, { needsLetter: true }),
  address: addressSchema,
  email: email.optional(),
  phone: phone.optional(),
  reference: text(LIMITS.reference).optional(),
})

const senderSchema = z.discriminatedUnion('kind', [selfSender, parentSender, representativeSender])

/**
 * A body typed in by hand. With `id` (an optional addition to format 1) it corrects or completes
 * a directory entry instead: the typed address, email or web form are used on the letter.
 */
const manualRecipientSchema = z.strictObject({
  id: z.string().optional(),
  name: text(LIMITS.shortText).optional(),
  kind: z.enum(RECIPIENT_KIND_IDS).optional(),
  address: addressSchema.optional(),
  email: email.optional(),
  webForm: webAddress.optional(),
  /** Optional addition: a typed-in body's nation, for its bank holidays. Without it, it comes from the postcode. */
  nation: z.enum(NATIONS).optional().describe("Optional: a typed-in body's nation, whose bank holidays move its deadline. Without it, it comes from the postcode, or every nation's holidays count."),
  /** Optional addition: how this letter goes, where it differs from the file-wide `sent.by`. */
  sendBy: z.enum(SENT_BY).optional().describe('Optional: how this one letter is sent, where it differs from sent.by. It sets this letter\'s receipt and deadline.'),
  /** Optional addition: the language this one letter, its cover sheet and its forms are written in. */
  language: z.enum(LETTER_LANGUAGES).optional().describe('Optional: the language of this letter, its cover sheet and its forms: "en-GB" (English, the default) or "cy" (Welsh). The law and the dates are the same in both.'),
})

const recipientSchema = z.union([z.string(), manualRecipientSchema])

/** One thing that happened after the first letter. `answeredOn`: when the person sent what was asked, or when the organisation answered a complaint. */
const followUpEvent = z.strictObject({
  kind: z.enum(FOLLOW_UP_EVENTS),
  on: isoDate,
  answeredOn: isoDate.optional(),
})

/** A letter the person sent, kept in "My requests" (optional addition): who to, what it asked, and what happened since. */
const trackedRequest = z.strictObject({
  recipient: recipientSchema,
  requests: uniqueList(z.enum(REQUEST_TYPES), REQUEST_TYPES.length),
  sentOn: isoDate,
  sentBy: z.enum(SENT_BY).optional(),
  theirReference: text(LIMITS.reference).optional(),
  events: z.array(z.strictObject({ kind: z.enum(TRACKED_EVENTS), on: isoDate, answeredOn: isoDate.optional() })).max(LIMITS.historyEvents).optional(),
})

export interface SchemaOptions {
  /**
   * Today in the UK, from the caller (the app's clock, or the command line's start-up). With it, the
   * letter date must be near today; without it (JSON Schema export, types) that check is left out.
   */
  today?: IsoDate
  /** Whether a directory id names a body we know. Without it ids are only checked for shape. */
  isKnownRecipient?: (id: string) => boolean
}

export function makeRequestSchema(options: SchemaOptions = {}) {
  const known = options.isKnownRecipient ?? ((id: string) => /^(police|council|prevent):[a-z0-9-]+$/.test(id))
  return z
    .strictObject({
      format: z.literal(REQUEST_FORMAT),
      version: z.literal(1),
      dated: isoDate.superRefine((value, ctx) => {
        if (!isRealIsoDate(value)) return
        if (value < EARLIEST_LETTER_DATE) fail(ctx, 'datedTooEarly')
        else if (options.today !== undefined && value > addDays(options.today, LIMITS.datedAheadDays)) fail(ctx, 'datedTooLate')
      }),
      subject: subjectSchema,
      sender: senderSchema,
      requests: uniqueList(z.enum(REQUEST_TYPES), REQUEST_TYPES.length),
      recipients: z.array(recipientSchema).max(LIMITS.recipients),
      topics: uniqueList(z.enum(TOPICS), TOPICS.length).optional(),
      details: text(LIMITS.details).optional(),
      corrections: text(LIMITS.corrections).optional(),
      sent: z.strictObject({ on: isoDate, by: z.enum(SENT_BY) }).optional(),
      followUp: z
        .strictObject({
          kind: z.enum(FOLLOW_UP_KINDS),
          originalSentOn: isoDate,
          /** Optional addition: how the first letter went, so its receipt is counted right. Absent: post is assumed. */
          originalSentBy: z.enum(SENT_BY).optional().describe('Optional: how the first letter was sent, so its receipt is counted right. Absent: post (the slowest) is assumed.'),
          theirReference: text(LIMITS.reference).optional(),
          /** Optional addition: what has happened since, oldest first. */
          events: z.array(followUpEvent).max(LIMITS.followUpEvents).optional().describe('Optional: what has happened since the first letter. asked-for-id restarts the clock when the proof arrives (answeredOn: when it was sent); asked-what-you-meant pauses an access request until answered; more-time adds up to two months if said within the first month; complaint-made is a complaint to the organisation (answeredOn: when they answered). Absent: the person did not say.'),
          /** Optional additions for complaints: in the person's own words. */
          whatWentWrong: text(LIMITS.details).optional().describe('Optional, needed for an ICO complaint: what went wrong, in the person\'s own words.'),
          howItAffected: text(LIMITS.details).optional().describe('Optional: how it affected the person, in their own words.'),
          /** Why there was no complaint to the organisation before the ICO (DPA 2018 s.164A). */
          noComplaintReason: text(LIMITS.details).optional().describe('For an ICO complaint with no complaint-made event: why there was no complaint to the organisation first.'),
          /** Optional addition for `missing-parts`: what their reply held, from the list of what a full reply holds. */
          received: uniqueList(z.enum(REPLY_ITEMS), REPLY_ITEMS.length).optional().describe('Needed for missing-parts: what their reply held (copy, purposes, categories, recipients, retention, rights, ico, source, automated, reasons). The letter asks for the rest.'),
          /** Optional addition for `ico-check`: how a police force held data back. */
          withheld: z.enum(WITHHELD).optional().describe('For ico-check: how the police held data back. neither-confirm-nor-deny: they would not say whether they hold any; restricted: they held back some or all of it. Without it, a refused event is needed.'),
        })
        .optional(),
      /** Optional addition: a first letter written after the reply to an earlier request for a copy. */
      afterReply: z
        .strictObject({ askedOn: isoDate, repliedOn: isoDate, theirReference: text(LIMITS.reference).optional() })
        .optional()
        .describe('Optional: this letter follows the reply to an earlier request for a copy (askedOn, repliedOn, their reference). The letter says so; its own time limit starts afresh.'),
      /** Optional addition: the letters sent before, each with what has happened since ("My requests"). */
      history: z.array(trackedRequest).max(LIMITS.history).optional().describe('Optional: "My requests", the letters already sent, each with recipient (as in recipients), requests, sentOn, sentBy, theirReference and events (acknowledged, asked-for-id, asked-what-you-meant, more-time, replied-in-part, replied-in-full, refused, reminder-sent, complaint-made, ico-complaint-made; answeredOn: when the person sent what was asked, or when a complaint was answered). It changes no letter; the app works out each one\'s deadline and next step from it.'),
    })
    .superRefine((r, ctx) => {
      if (r.requests.length === 0) fail(ctx, 'noRequests', {}, ['requests'])
      if (r.recipients.length === 0) fail(ctx, 'noRecipients', {}, ['recipients'])
      r.recipients.forEach((rec, i) => {
        const id = typeof rec === 'string' ? rec : rec.id
        if (id !== undefined && !known(id)) fail(ctx, 'unknownRecipient', { value: id }, ['recipients', i, ...(typeof rec === 'string' ? [] : ['id'])])
        if (typeof rec !== 'string' && id === undefined && rec.name === undefined) fail(ctx, 'recipientNoName', {}, ['recipients', i, 'name'])
      })
      if (r.requests.includes('rectification') && (r.corrections === undefined || r.corrections.trim() === '')) {
        fail(ctx, 'correctionsNeeded', {}, ['corrections'])
      }
      const datesOk = isRealIsoDate(r.dated) && isRealIsoDate(r.subject.dateOfBirth)
      if (datesOk && r.subject.dateOfBirth > r.dated) fail(ctx, 'dobFuture', {}, ['subject', 'dateOfBirth'])
      if (r.sent && isRealIsoDate(r.sent.on) && isRealIsoDate(r.dated) && r.sent.on > addDays(r.dated, LIMITS.sentAheadDays)) {
        fail(ctx, 'sentTooLate', {}, ['sent', 'on'])
      }
      if (r.sender.kind === 'parent' && datesOk && ageOn(r.subject.dateOfBirth, r.dated) >= 18) {
        fail(ctx, 'parentOfAdult', {}, ['sender', 'kind'])
      }
      if (r.sent && isRealIsoDate(r.sent.on) && isRealIsoDate(r.dated) && r.sent.on < r.dated) {
        fail(ctx, 'sentBeforeDated', {}, ['sent', 'on'])
      }
      if (r.sender.kind === 'parent' && r.sender.parentalResponsibility === false) {
        fail(ctx, 'noParentalResponsibility', {}, ['sender', 'parentalResponsibility'])
      }
      if (r.followUp) checkFollowUp(r.followUp, r.dated, ctx)
      const after = r.afterReply
      if (after && isRealIsoDate(after.askedOn) && isRealIsoDate(after.repliedOn)) {
        if (after.repliedOn < after.askedOn) fail(ctx, 'answeredBeforeAsked', {}, ['afterReply', 'repliedOn'])
        else if (isRealIsoDate(r.dated) && after.repliedOn > r.dated) fail(ctx, 'eventAfterDated', {}, ['afterReply', 'repliedOn'])
      }
    })
}

type FollowUpInput = {
  kind: (typeof FOLLOW_UP_KINDS)[number]
  originalSentOn: string
  events?: { kind: (typeof FOLLOW_UP_EVENTS)[number]; on: string; answeredOn?: string }[]
  whatWentWrong?: string
  noComplaintReason?: string
  received?: readonly string[]
  withheld?: string
}

/** Dates in order, and what each kind of follow-up needs. Whether it is too early is checked per organisation (letters/follow-up.ts). */
function checkFollowUp(f: FollowUpInput, dated: string, ctx: z.RefinementCtx) {
  const real = (d: string | undefined): d is string => d !== undefined && isRealIsoDate(d)
  if (real(f.originalSentOn) && real(dated) && f.originalSentOn >= dated) fail(ctx, 'followUpDate', {}, ['followUp', 'originalSentOn'])
  f.events?.forEach((e, i) => {
    if (real(e.on) && real(f.originalSentOn) && e.on < f.originalSentOn) fail(ctx, 'eventBeforeLetter', {}, ['followUp', 'events', i, 'on'])
    else if (real(e.on) && real(dated) && e.on > dated) fail(ctx, 'eventAfterDated', {}, ['followUp', 'events', i, 'on'])
    if (real(e.answeredOn) && real(e.on) && e.answeredOn < e.on) fail(ctx, 'answeredBeforeAsked', {}, ['followUp', 'events', i, 'answeredOn'])
    else if (real(e.answeredOn) && real(dated) && e.answeredOn > dated) fail(ctx, 'eventAfterDated', {}, ['followUp', 'events', i, 'answeredOn'])
  })
  const blank = (x: string | undefined) => x === undefined || x.trim() === ''
  const happened = (...kinds: string[]) => f.events?.some((e) => kinds.includes(e.kind)) ?? false
  if (f.kind === 'ico-complaint') {
    if (blank(f.whatWentWrong)) fail(ctx, 'whatWentWrongNeeded', {}, ['followUp', 'whatWentWrong'])
    if (!happened('complaint-made') && blank(f.noComplaintReason)) fail(ctx, 'noComplaintReasonNeeded', {}, ['followUp', 'noComplaintReason'])
  }
  if (f.kind === 'missing-parts') {
    // The letter says they replied and lists what was left out: both must come from the person.
    if (!happened('replied-in-part', 'replied-in-full')) fail(ctx, 'replyNeeded', {}, ['followUp', 'events'])
    if (f.received === undefined) fail(ctx, 'receivedNeeded', {}, ['followUp', 'received'])
  }
  if (f.kind === 'ico-check' && f.withheld === undefined && !happened('refused')) fail(ctx, 'withheldNeeded', {}, ['followUp', 'withheld'])
}

/** The schema without directory checks: for JSON Schema export and for types. */
export const requestSchema = makeRequestSchema()

export type Request = z.infer<typeof requestSchema>
export type Subject = Request['subject']
export type Sender = Request['sender']
export type Address = z.infer<typeof addressSchema>
export type RecipientEntry = Request['recipients'][number]
export type FollowUp = NonNullable<Request['followUp']>
export type FollowUpEvent = NonNullable<FollowUp['events']>[number]
