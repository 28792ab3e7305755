/**
 * "My requests": the letters a person sent, kept with their answers (the request file's optional
 * `history`). Letters just made join the list; what happened since is added one event at a time; and
 * the next letter to a request starts from it, so a follow-up never replays the first journey.
 * Deadlines and next steps are the tracker's (deadlines/tracker.ts); nothing here decides a date.
 */
import type { IsoDate } from '../dates/iso.ts'
import type { Draft, FollowUpEventDraft, RecipientDraft, TrackedDraft, TrackedEventDraft } from '../draft/draft.ts'
import { FOLLOW_UP_EVENTS, type FollowUpEventKind, type FollowUpKind, type TrackedEventKind } from '../request/constants.ts'
import type { Request } from '../request/schema.ts'
import { recipientFromEntry } from './convert.ts'
import { partsFromIso } from './date-parts.ts'

/** The event a follow-up letter adds to its request once sent. */
const SENT_EVENT: Record<FollowUpKind, TrackedEventKind> = {
  reminder: 'reminder-sent',
  'missing-parts': 'reminder-sent',
  complaint: 'complaint-made',
  'ico-complaint': 'ico-complaint-made',
  'ico-check': 'ico-complaint-made',
}

/** The same organisation: the same directory id, or, typed in by hand, the same name. */
export function sameBody(a: RecipientDraft, b: RecipientDraft): boolean {
  if (a.id !== undefined || b.id !== undefined) return a.id === b.id
  return (a.name ?? '').trim().toLowerCase() === (b.name ?? '').trim().toLowerCase()
}

function byDate(events: readonly TrackedEventDraft[]): TrackedEventDraft[] {
  return [...events].sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0))
}

function withOneEvent(entry: TrackedDraft, event: TrackedEventDraft): TrackedDraft {
  const events = entry.events ?? []
  if (events.some((e) => e.kind === event.kind && e.on === event.on)) return entry
  return { ...entry, events: byDate([...events, event]) }
}

/** A letter for the organisation's own use of the date: how it went, or how it was planned to go. */
function sentOf(request: Request, entry: Request['recipients'][number]): { on: IsoDate; by?: TrackedDraft['sentBy'] } {
  const own = typeof entry === 'string' ? undefined : entry.sendBy
  return { on: request.sent?.on ?? request.dated, by: own ?? request.sent?.by }
}

/**
 * The list once these letters are sent: each first letter becomes a request; a follow-up becomes an
 * event on the request it follows (made from the follow-up's own answers when the list lacks it, as
 * for a first letter sent on paper). Adding the same letters twice changes nothing.
 */
export function withLettersSent(history: readonly TrackedDraft[], request: Request): TrackedDraft[] {
  const list = [...history]
  for (const entry of request.recipients) {
    const recipient = recipientFromEntry(entry)
    const { sendBy: _, ...body } = recipient
    const sent = sentOf(request, entry)
    const f = request.followUp
    if (!f) {
      const exists = list.some((h) => sameBody(h.recipient, body) && h.sentOn === sent.on && (h.requests ?? []).join() === request.requests.join())
      if (!exists) list.push({ recipient: body, requests: [...request.requests], sentOn: sent.on, sentBy: sent.by, events: [] })
      continue
    }
    const at = list.findIndex((h) => sameBody(h.recipient, body) && h.sentOn === f.originalSentOn)
    const base: TrackedDraft = at >= 0 ? list[at]! : {
      recipient: body,
      requests: [...request.requests],
      sentOn: f.originalSentOn,
      sentBy: f.originalSentBy,
      theirReference: f.theirReference,
      events: byDate((f.events ?? []).map((e) => (e.answeredOn === undefined ? { kind: e.kind, on: e.on } : { kind: e.kind, on: e.on, answeredOn: e.answeredOn }))),
    }
    const updated = withOneEvent(base, { kind: SENT_EVENT[f.kind], on: sent.on })
    if (at >= 0) list[at] = updated
    else list.push(updated)
  }
  return list
}

/** Whether these letters are in the list already. */
export function lettersTracked(history: readonly TrackedDraft[], request: Request): boolean {
  return JSON.stringify(withLettersSent(history, request)) === JSON.stringify(history)
}

/** What the person can tell us happened: the tracker's events, and their own answer to what was asked. */
export type NewEvent = TrackedEventKind | 'sent-id' | 'sent-answer' | 'complaint-answered'

const ANSWERS: Partial<Record<NewEvent, TrackedEventKind>> = {
  'sent-id': 'asked-for-id',
  'sent-answer': 'asked-what-you-meant',
  'complaint-answered': 'complaint-made',
}

/** The latest event of a kind still waiting for its answer. */
function openAsk(entry: TrackedDraft, kind: TrackedEventKind): TrackedEventDraft | undefined {
  return byDate(entry.events ?? []).reverse().find((e) => e.kind === kind && e.answeredOn === undefined)
}

/** The events that make sense now: an answer only to a question still open. */
export function possibleEvents(entry: TrackedDraft): NewEvent[] {
  const answers = (Object.keys(ANSWERS) as NewEvent[]).filter((k) => openAsk(entry, ANSWERS[k]!) !== undefined)
  return [...(['acknowledged', 'asked-for-id', 'asked-what-you-meant', 'more-time', 'replied-in-part', 'replied-in-full', 'refused'] as const), ...answers, 'reminder-sent', 'complaint-made', 'ico-complaint-made']
}

/** The day an answer cannot be before: the question it answers. */
export function earliestFor(entry: TrackedDraft, kind: NewEvent): IsoDate {
  const asks = ANSWERS[kind]
  return (asks ? openAsk(entry, asks)?.on : undefined) ?? entry.sentOn
}

/** The request with one more thing that happened. An answer fills in the question it answers. */
export function withEvent(entry: TrackedDraft, kind: NewEvent, on: IsoDate): TrackedDraft {
  const asks = ANSWERS[kind]
  if (asks === undefined) return withOneEvent(entry, { kind: kind as TrackedEventKind, on })
  const open = openAsk(entry, asks)
  if (!open) return entry
  return { ...entry, events: (entry.events ?? []).map((e) => (e === open ? { ...e, answeredOn: on } : e)) }
}

/** The request without one of its events (told by mistake); an answer goes with its question. */
export function withoutEvent(entry: TrackedDraft, index: number): TrackedDraft {
  return { ...entry, events: (entry.events ?? []).filter((_, i) => i !== index) }
}

const isClockEvent = (kind: TrackedEventKind): kind is FollowUpEventKind => (FOLLOW_UP_EVENTS as readonly string[]).includes(kind)

/**
 * The answers for a new first letter after a reply to a request for a copy: to the same body, saying
 * it follows that reply. What to ask for now (delete, correct, limit, object) is asked afresh.
 */
export function draftAfterReply(draft: Draft, entry: TrackedDraft, repliedOn: IsoDate): Draft {
  const { requests: _, followUp: __, ...rest } = draft
  return {
    ...rest,
    recipients: [entry.recipient],
    sent: undefined,
    afterReply: { askedOn: entry.sentOn, repliedOn, ...(entry.theirReference ? { theirReference: entry.theirReference } : {}) },
  }
}

/**
 * The answers for the next letter to a tracked request. The person's own details stay; the
 * organisation, what was asked, the first letter and what happened since come from the list. How the
 * new letter goes, and the words of a complaint, are asked again: they belong to this letter.
 */
export function draftForNext(draft: Draft, entry: TrackedDraft, letter: FollowUpKind): Draft {
  const events: FollowUpEventDraft[] = (entry.events ?? []).flatMap((e) => {
    if (!isClockEvent(e.kind)) return []
    return [{ kind: e.kind, on: partsFromIso(e.on), answered: e.answeredOn === undefined ? 'not-yet' : 'yes', ...(e.answeredOn === undefined ? {} : { answeredOn: partsFromIso(e.answeredOn) }) }]
  })
  const { afterReply: _, ...rest } = draft
  return {
    ...rest,
    recipients: [entry.recipient],
    requests: [...(entry.requests ?? [])],
    sent: undefined,
    followUp: {
      kind: letter,
      originalSentOn: partsFromIso(entry.sentOn),
      originalSentBy: entry.sentBy ?? 'not-sure',
      theirReference: entry.theirReference ?? '',
      events,
    },
  }
}
