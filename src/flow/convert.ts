/**
 * Draft ⇄ request file. The only place answers change shape: date parts become ISO dates, address
 * boxes become lines, blank optional answers are left out. Everything else is kept exactly as typed,
 * and `toRequest` runs the real request schema, so no rule is written twice.
 */
import { DEFAULT_LETTER_LANGUAGE } from '../i18n/letter-words.ts'
import { defaultLetterLanguage } from './letter-language.ts'
import type { IsoDate } from '../dates/iso.ts'
import { REQUEST_FORMAT, REQUEST_VERSION } from '../request/constants.ts'
import { fieldLabel, message, type FieldError } from '../request/errors.ts'
import { parseRequest, type ParseResult } from '../request/parse.ts'
import type { Address, FollowUp, Request, RecipientEntry } from '../request/schema.ts'
import { isoFromParts, partsFromIso } from './date-parts.ts'
import {
  EMPTY_ADDRESS, isAddressBlank, isBlank,
  type AddressDraft, type DateParts, type Draft, type FollowUpDraft, type RecipientDraft, type SenderDraft, type TrackedDraft,
} from '../draft/draft.ts'

export interface ConvertOptions {
  /** Today in the UK: the date printed on the letters. */
  today: IsoDate
  /** From the directory: whether an id names a body we know. */
  isKnownRecipient?: (id: string) => boolean
}

/** The address boxes in the order their lines are printed. */
const ADDRESS_LINE_FIELDS = ['line1', 'line2', 'town', 'county'] as const
export type AddressLineField = (typeof ADDRESS_LINE_FIELDS)[number]

/** Every line in print order: the boxes, with any lines beyond them (a longer address from a file) after line 2. */
function addressLines(address: AddressDraft): string[] {
  return [address.line1, address.line2, ...(address.more ?? []), address.town, address.county]
}

/** Optional text: left out when blank, otherwise kept exactly as typed. */
function optional(value: string | undefined): string | undefined {
  return isBlank(value) ? undefined : value
}

function withoutUndefined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T
}

export function addressToRequest(address: AddressDraft | undefined): Address | undefined {
  if (!address || isAddressBlank(address)) return undefined
  const lines = addressLines(address).filter((line) => !isBlank(line))
  return withoutUndefined({ lines, postcode: optional(address.postcode), country: optional(address.country) })
}

/** Which box the request's `lines[index]` came from, so an error can point at it. */
export function addressLineField(address: AddressDraft | undefined, index: number): AddressLineField {
  if (!address) return 'line1'
  // A line beyond the boxes belongs with line 2, the box it follows.
  const boxes: AddressLineField[] = ['line1', 'line2', ...(address.more ?? []).map(() => 'line2' as const), 'town', 'county']
  const lines = addressLines(address)
  return boxes.filter((_, i) => !isBlank(lines[i]))[index] ?? 'line1'
}

/**
 * Request lines → boxes, every line kept as it was: up to four fill the boxes; a longer address keeps
 * its first two lines in line 1 and 2, its last two as town and county, and those between in `more`.
 */
export function addressFromRequest(address: Address | undefined): AddressDraft {
  if (!address) return { ...EMPTY_ADDRESS }
  return address.country === undefined ? addressBoxes(address) : { ...addressBoxes(address), country: address.country }
}

function addressBoxes(address: Address): AddressDraft {
  const l = address.lines
  const postcode = address.postcode ?? ''
  const at = (i: number) => l[i] ?? ''
  switch (l.length) {
    case 0:
      return { ...EMPTY_ADDRESS, postcode }
    case 1:
      return { ...EMPTY_ADDRESS, line1: at(0), postcode }
    case 2:
      return { ...EMPTY_ADDRESS, line1: at(0), town: at(1), postcode }
    case 3:
      return { ...EMPTY_ADDRESS, line1: at(0), line2: at(1), town: at(2), postcode }
    case 4:
      return { line1: at(0), line2: at(1), town: at(2), county: at(3), postcode }
    default:
      return { line1: at(0), line2: at(1), more: l.slice(2, -2), town: at(l.length - 2), county: at(l.length - 1), postcode }
  }
}

/** A date for the request: ISO when the parts make a real date; the raw parts otherwise, so the schema reports it. */
function dateValue(parts: DateParts | undefined): string | undefined {
  if (!parts || (isBlank(parts.day) && isBlank(parts.month) && isBlank(parts.year))) return undefined
  return isoFromParts(parts) ?? `${parts.year}-${parts.month}-${parts.day}`
}

function senderCandidate(sender: SenderDraft | undefined): Record<string, unknown> | undefined {
  if (!sender?.kind) return undefined
  if (sender.kind === 'self') return { kind: 'self' }
  if (sender.kind === 'parent') {
    return withoutUndefined({
      kind: 'parent',
      fullName: sender.fullName,
      relationship: sender.relationship,
      address: addressToRequest(sender.address),
      email: optional(sender.email),
      phone: optional(sender.phone),
      childAgrees: sender.childAgrees === undefined ? undefined : sender.childAgrees === 'yes',
      // Only "yes" claims it: "no" and "not sure" never do.
      parentalResponsibility: sender.parentalResponsibility === undefined ? undefined : sender.parentalResponsibility === 'yes',
    })
  }
  return withoutUndefined({
    kind: 'representative',
    fullName: sender.fullName,
    organisation: sender.organisation,
    role: sender.role,
    address: addressToRequest(sender.address),
    email: optional(sender.email),
    phone: optional(sender.phone),
    reference: optional(sender.reference),
  })
}

export function recipientToEntry(r: RecipientDraft): RecipientEntry {
  // A name or kind typed beside a directory id is kept with it, like the person's own contact details.
  const typed = withoutUndefined({
    name: r.id === undefined ? r.name : optional(r.name),
    kind: r.kind,
    address: addressToRequest(r.address),
    email: optional(r.email),
    webForm: optional(r.webForm),
    nation: r.nation,
    sendBy: r.sendBy,
    // Unchosen, a letter follows a Welsh interface (what the letter language page and check your answers show); English needs no field.
    language: r.language ?? (defaultLetterLanguage() === DEFAULT_LETTER_LANGUAGE ? undefined : defaultLetterLanguage()),
  })
  if (r.id !== undefined) return Object.keys(typed).length === 0 ? r.id : { id: r.id, ...typed }
  return typed
}

/** Whether the person typed any contact details for this body. */
export function hasTypedDetails(r: RecipientDraft): boolean {
  return !isAddressBlank(r.address) || !isBlank(r.email) || !isBlank(r.webForm)
}

function followUpCandidate(f: FollowUpDraft | undefined): Record<string, unknown> | undefined {
  if (!f?.kind || f.kind === 'none') return undefined
  return withoutUndefined({
    kind: f.kind,
    originalSentOn: dateValue(f.originalSentOn),
    originalSentBy: f.originalSentBy === 'not-sure' ? undefined : f.originalSentBy,
    theirReference: optional(f.theirReference),
    // [] is an answer ("nothing has happened"), so it is kept.
    events: f.events?.map((e) => withoutUndefined({ kind: e.kind, on: dateValue(e.on), answeredOn: e.answered === 'yes' ? dateValue(e.answeredOn) : undefined })),
    whatWentWrong: optional(f.whatWentWrong),
    howItAffected: optional(f.howItAffected),
    noComplaintReason: optional(f.noComplaintReason),
    received: f.received,
    withheld: f.withheld === 'refused' ? undefined : f.withheld,
  })
}

/** The draft shaped like a request, with anything unanswered left out. Not validated. */
export function draftToCandidate(draft: Draft, today: IsoDate): Record<string, unknown> {
  const s = draft.subject ?? {}
  const otherNames = (s.otherNames ?? []).filter((n) => !isBlank(n))
  const previous = (s.previousAddresses ?? []).map(addressToRequest).filter((a): a is Address => a !== undefined)
  const requests = draft.requests
  const sent = draft.sent?.by && draft.sent.by !== 'not-sure' ? withoutUndefined({ on: dateValue(draft.sent.on), by: draft.sent.by }) : undefined
  const followUp = followUpCandidate(draft.followUp)
  return withoutUndefined({
    format: REQUEST_FORMAT,
    version: REQUEST_VERSION,
    dated: today,
    subject: withoutUndefined({
      fullName: s.fullName,
      otherNames: otherNames.length > 0 ? otherNames : undefined,
      dateOfBirth: dateValue(s.dateOfBirth),
      address: addressToRequest(s.address),
      previousAddresses: previous.length > 0 ? previous : undefined,
      email: optional(s.email),
      phone: optional(s.phone),
    }),
    sender: senderCandidate(draft.sender),
    requests,
    recipients: draft.recipients?.map(recipientToEntry),
    topics: draft.topics && draft.topics.length > 0 ? draft.topics : undefined,
    details: optional(draft.details),
    // Needed when the person asks for a correction; kept whenever they wrote some, so unticking it loses no words.
    corrections: requests?.includes('rectification') ? draft.corrections : optional(draft.corrections),
    sent,
    followUp,
    afterReply: draft.afterReply ? withoutUndefined({ ...draft.afterReply, theirReference: optional(draft.afterReply.theirReference) }) : undefined,
    history: draft.history && draft.history.length > 0 ? draft.history.map(trackedToRequest) : undefined,
  })
}

function trackedToRequest(entry: TrackedDraft): Record<string, unknown> {
  return withoutUndefined({
    recipient: recipientToEntry(entry.recipient),
    requests: entry.requests ?? [],
    sentOn: entry.sentOn,
    sentBy: entry.sentBy,
    theirReference: optional(entry.theirReference),
    events: entry.events?.map((e) => withoutUndefined({ ...e })),
  })
}

/** A request file's organisation as the draft keeps one. */
export function recipientFromEntry(entry: RecipientEntry): RecipientDraft {
  return typeof entry === 'string'
    ? { id: entry }
    : withoutUndefined({
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      address: entry.address ? addressFromRequest(entry.address) : undefined,
      email: entry.email,
      webForm: entry.webForm,
      nation: entry.nation,
      sendBy: entry.sendBy,
      language: entry.language,
    })
}

/** The draft as a checked request, or the problems with it (each naming its field). */
export function toRequest(draft: Draft, options: ConvertOptions): ParseResult {
  const candidate = draftToCandidate(draft, options.today)
  return parseRequest(candidate, { today: options.today, isKnownRecipient: options.isKnownRecipient })
}

/** A loaded request file → a draft, so every page shows the answers as they were saved. */
export function fromRequest(request: Request): Draft {
  const s = request.subject
  const sender = request.sender
  let senderDraft: SenderDraft
  if (sender.kind === 'self') senderDraft = { kind: 'self' }
  else if (sender.kind === 'parent') {
    senderDraft = {
      kind: 'parent',
      fullName: sender.fullName,
      relationship: sender.relationship,
      childAgrees: sender.childAgrees === undefined ? undefined : sender.childAgrees ? 'yes' : 'no',
      parentalResponsibility: sender.parentalResponsibility === undefined ? undefined : sender.parentalResponsibility ? 'yes' : 'no',
      address: addressFromRequest(sender.address),
      email: sender.email ?? '',
      phone: sender.phone ?? '',
    }
  } else {
    senderDraft = {
      kind: 'representative',
      fullName: sender.fullName,
      organisation: sender.organisation,
      role: sender.role,
      address: addressFromRequest(sender.address),
      email: sender.email ?? '',
      phone: sender.phone ?? '',
      reference: sender.reference ?? '',
    }
  }
  return {
    subject: {
      fullName: s.fullName,
      otherNames: s.otherNames ?? [],
      dateOfBirth: partsFromIso(s.dateOfBirth),
      address: addressFromRequest(s.address),
      previousAddresses: (s.previousAddresses ?? []).map(addressFromRequest),
      email: s.email ?? '',
      phone: s.phone ?? '',
    },
    sender: senderDraft,
    requests: [...request.requests],
    corrections: request.corrections ?? '',
    topics: [...(request.topics ?? [])],
    recipients: request.recipients.map(recipientFromEntry),
    details: request.details ?? '',
    sent: request.sent ? { by: request.sent.by, on: partsFromIso(request.sent.on) } : { by: 'not-sure', on: undefined },
    followUp: request.followUp ? followUpFromRequest(request.followUp) : undefined,
    afterReply: request.afterReply ? withoutUndefined({ ...request.afterReply }) : undefined,
    history: request.history?.map((h) => withoutUndefined({
      recipient: recipientFromEntry(h.recipient),
      requests: [...h.requests],
      sentOn: h.sentOn,
      sentBy: h.sentBy,
      theirReference: h.theirReference,
      events: h.events?.map((e) => withoutUndefined({ ...e })),
    })),
  }
}

type JsonPath = (string | number)[]

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Where two requests differ, as paths to the smallest differing parts. */
function differences(a: unknown, b: unknown, path: JsonPath = []): JsonPath[] {
  if (Object.is(a, b)) return []
  if (Array.isArray(a) && Array.isArray(b)) {
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => differences(a[i], b[i], [...path, i])).flat()
  }
  if (isRecord(a) && isRecord(b)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) => differences(a[key], b[key], [...path, key]))
  }
  return [path]
}

export type DraftFromRequest = { ok: true; draft: Draft } | { ok: false; errors: FieldError[] }

/**
 * A loaded request as a draft, or refused if the draft cannot hold every answer: loading a file never
 * changes the answers. The round-trip property test shows every request of today's format comes back
 * whole; this catches an answer that a later addition to the format is not yet given a place for.
 */
export function draftFromRequest(request: Request, options: { isKnownRecipient?: (id: string) => boolean } = {}): DraftFromRequest {
  const draft = fromRequest(request)
  const back = toRequest(draft, { today: request.dated, isKnownRecipient: options.isKnownRecipient })
  const lost = back.ok ? differences(request, back.request).filter((path) => path[0] !== 'dated') : [[]]
  if (lost.length === 0) return { ok: true, draft }
  return {
    ok: false,
    errors: lost.map((path) => ({ path: path.join('.'), message: message('cannotShow', { lower: lowerFirst(path.length > 0 ? fieldLabel(path) : 'Some answers') }) })),
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function followUpFromRequest(f: FollowUp): FollowUpDraft {
  return withoutUndefined({
    kind: f.kind,
    originalSentOn: partsFromIso(f.originalSentOn),
    originalSentBy: f.originalSentBy,
    theirReference: f.theirReference ?? '',
    events: f.events?.map((e) => withoutUndefined({
      kind: e.kind,
      on: partsFromIso(e.on),
      answered: e.answeredOn === undefined ? ('not-yet' as const) : ('yes' as const),
      answeredOn: e.answeredOn === undefined ? undefined : partsFromIso(e.answeredOn),
    })),
    whatWentWrong: f.whatWentWrong ?? '',
    howItAffected: f.howItAffected ?? '',
    noComplaintReason: f.noComplaintReason ?? '',
    received: f.received ? [...f.received] : undefined,
    // A file with a refused event and no `withheld` was a refusal.
    withheld: f.withheld ?? (f.kind === 'ico-check' && f.events?.some((e) => e.kind === 'refused') ? 'refused' : undefined),
  })
}
