/** Allowed values, declared once; types and schemas derive from these. */

export const REQUEST_FORMAT = 'what-they-hold/request'
export const REQUEST_VERSION = 1

/** In the order letters present them. */
export const REQUEST_TYPES = ['access', 'erasure', 'rectification', 'restriction', 'objection'] as const
export type RequestType = (typeof REQUEST_TYPES)[number]

export const TOPICS = [
  'gang-database',
  'social-media-monitoring',
  'prevent-referral',
  'channel-panel',
  'stop-and-search',
  'intelligence-records',
  'police-national-computer',
  'cctv-body-worn-video',
  'facial-recognition',
  'other',
] as const
export type Topic = (typeof TOPICS)[number]

export const SENDER_KINDS = ['self', 'parent', 'representative'] as const
export type SenderKind = (typeof SENDER_KINDS)[number]

export const SENT_BY = ['email', 'online-form', 'hand', 'post'] as const
export type SentBy = (typeof SENT_BY)[number]

/**
 * `complaint` (to the organisation, DPA 2018 s.164A), `missing-parts` (a reply that left parts out)
 * and `ico-check` (asking the ICO to check a police restriction, DPA 2018 s.51) are this project's
 * optional additions to format version 1.
 */
export const FOLLOW_UP_KINDS = ['reminder', 'complaint', 'ico-complaint', 'missing-parts', 'ico-check'] as const
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number]

/** The letters that go to the ICO rather than to the organisation. */
export function goesToIco(kind: FollowUpKind | undefined): boolean {
  return kind === 'ico-complaint' || kind === 'ico-check'
}

/**
 * What has happened since the first letter, as the person tells it (optional additions to format 1).
 * Each follows the law's rule for the reply deadline (uk-law.md §2.1): `asked-for-id` restarts the
 * clock when the proof arrives; `asked-what-you-meant` pauses it for an access request until answered;
 * `more-time` adds up to two months, but only if said within the first month.
 */
export const FOLLOW_UP_EVENTS = [
  'acknowledged',
  'asked-for-id',
  'asked-what-you-meant',
  'more-time',
  'replied-in-part',
  'replied-in-full',
  'refused',
  'complaint-made',
] as const
export type FollowUpEventKind = (typeof FOLLOW_UP_EVENTS)[number]

/**
 * What can happen to a request kept in "My requests" (the optional `history`): the follow-up events,
 * and the letters sent after it. The tracker (deadlines/tracker.ts) gives each its deadline rule.
 */
export const TRACKED_EVENTS = ['acknowledged', 'asked-for-id', 'asked-what-you-meant', 'more-time', 'replied-in-part', 'replied-in-full', 'refused', 'reminder-sent', 'complaint-made', 'ico-complaint-made'] as const
export type TrackedEventKind = (typeof TRACKED_EVENTS)[number]

/** What a full access reply holds (law.ts `replyItems` says each in words, with its provision). `automated` is UK GDPR only. */
export const REPLY_ITEMS = ['copy', 'purposes', 'categories', 'recipients', 'retention', 'rights', 'ico', 'source', 'automated', 'reasons'] as const
export type ReplyItem = (typeof REPLY_ITEMS)[number]

/** How a police force held data back: it would neither confirm nor deny holding any, or it held back some or all of it. */
export const WITHHELD = ['neither-confirm-nor-deny', 'restricted'] as const
export type Withheld = (typeof WITHHELD)[number]

/** The nations whose bank holidays differ; a typed-in body may name its own. */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const
export type UkNation = (typeof NATIONS)[number]


/** The earliest letter date: from 19 June 2026 the complaint rules the letters cite (DPA 2018 s.164A, s.165) are in force. */
export const EARLIEST_LETTER_DATE = '2026-06-19'

/** Far bigger than any answers file (a full one is about 10 KB): anything larger is refused before it is read as JSON. */
export const MAX_REQUEST_FILE_BYTES = 1_000_000

/** The request nests 5 levels deep at most (subject.previousAddresses[i].lines); a file nested deeper than this is not one. */
export const MAX_JSON_DEPTH = 16

export const LIMITS = {
  name: 100,
  otherNames: 10,
  addressLines: 6,
  addressLine: 100,
  postcode: 10,
  previousAddresses: 10,
  email: 254,
  phone: 30,
  shortText: 100,
  reference: 50,
  details: 5000,
  corrections: 5000,
  recipients: 60,
  /** How far ahead of today a letter may be dated, and how far after its date it may be sent. */
  datedAheadDays: 366,
  followUpEvents: 20,
  /** Requests kept in "My requests", and the events of each. */
  history: 200,
  historyEvents: 40,
  sentAheadDays: 366,
} as const
