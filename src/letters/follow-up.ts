/**
 * What a follow-up may truthfully say, for one organisation: the first letter's deadline worked out
 * from what the person told us, whether it has passed, and what they did since. A follow-up that
 * would call an organisation late before it is, is refused with the date it can be sent from.
 */
import { addCalendarMonths, holidayRegion } from '../deadlines/deadline.ts'
import { firstLetterTimeline, lastContact, type Timeline } from '../deadlines/timeline.ts'
import { addDays, type IsoDate } from '../dates/iso.ts'
import { currentLocale } from '../i18n/catalogues.ts'
import { formatDay } from '../i18n/format.ts'
import { message, type FieldError } from '../request/errors.ts'
import type { FollowUpEvent, Request } from '../request/schema.ts'
import { inSentence } from '../directory/names.ts'
import { regimeFor, replyItems } from '../law/law.ts'
import type { ResolvedRecipient } from './recipients.ts'
import type { LetterWords } from '../i18n/letter-words.ts'

const REPLY_KINDS = ['replied-in-part', 'replied-in-full', 'refused'] as const
type ReplyKind = (typeof REPLY_KINDS)[number]

export interface FollowUpFacts {
  timeline: Timeline
  events: readonly FollowUpEvent[]
  /** Whether the person answered "what has happened since" at all (files from before the question leave it out). */
  eventsKnown: boolean
  /** Their latest reply, if any. */
  reply?: { kind: ReplyKind; on: IsoDate }
  /** The complaint to the organisation (DPA 2018 s.164A), if the person made one. */
  complaint?: { on: IsoDate; answeredOn?: IsoDate }
  /** The first day this follow-up can be dated; undefined while their clock is not running. */
  earliest?: IsoDate
  lastContact: IsoDate
  /** More than three months since the last real contact: the ICO may not take the complaint. */
  icoMayRefuse: boolean
}

function latest<T extends { on: IsoDate }>(items: readonly T[]): T | undefined {
  return items.reduce<T | undefined>((a, b) => (a === undefined || b.on >= a.on ? b : a), undefined)
}

export function followUpFacts(request: Request, recipient: ResolvedRecipient): FollowUpFacts | undefined {
  const f = request.followUp
  if (!f) return undefined
  const events = f.events ?? []
  const timeline = firstLetterTimeline({
    sentOn: f.originalSentOn,
    sentBy: f.originalSentBy,
    region: holidayRegion(recipient.nation),
    includesAccess: request.requests.includes('access'),
    events,
  })
  const replyEvent = latest(events.filter((e) => (REPLY_KINDS as readonly string[]).includes(e.kind)))
  const complaintEvent = latest(events.filter((e) => e.kind === 'complaint-made'))
  const contact = lastContact({ sentOn: f.originalSentOn, events })
  return {
    timeline,
    events,
    eventsKnown: f.events !== undefined,
    reply: replyEvent ? { kind: replyEvent.kind as ReplyKind, on: replyEvent.on } : undefined,
    complaint: complaintEvent ? { on: complaintEvent.on, answeredOn: complaintEvent.answeredOn } : undefined,
    earliest: timeline.state === 'running' ? addDays(timeline.deadline, 1) : undefined,
    lastContact: contact,
    icoMayRefuse: request.dated > addCalendarMonths(contact, 3),
  }
}

/** What a full reply from this body holds that the person did not tick, in the letter's words. */
export function missingItems(request: Request, recipient: ResolvedRecipient, who?: { their: string; them: string }, w?: LetterWords): string[] {
  const received = new Set<string>(request.followUp?.received ?? [])
  return replyItems(regimeFor(recipient.lawKind), who, w).filter((i) => !received.has(i.id)).map((i) => i.text)
}

/** Section 51 covers Part 3 only: police forces, and the Home Office for its law-enforcement data. */
export function canAskIcoToCheck(recipient: ResolvedRecipient): boolean {
  return regimeFor(recipient.lawKind) !== 'ukgdpr'
}

/**
 * Why this follow-up cannot be made yet, one problem per organisation. A reply or a refusal can be
 * complained about at once; with no reply, only once their time is up.
 */
export function followUpProblems(request: Request, recipients: readonly ResolvedRecipient[]): FieldError[] {
  const kind = request.followUp?.kind
  if (!kind) return []
  const path = 'followUp.originalSentOn'
  const problems: FieldError[] = []
  for (const recipient of recipients) {
    const facts = followUpFacts(request, recipient)
    if (!facts) continue
    const body = inSentence(recipient.name)
    const t = facts.timeline
    // These answer what they sent, so they can go at once: only whether they fit this body is checked.
    if (kind === 'ico-check') {
      if (!canAskIcoToCheck(recipient)) problems.push({ path: 'followUp.kind', message: message('icoCheckPoliceOnly', { body }) })
      continue
    }
    if (kind === 'missing-parts') {
      if (request.followUp?.received !== undefined && missingItems(request, recipient).length === 0) {
        problems.push({ path: 'followUp.received', message: message('nothingMissing', { body }) })
      }
      continue
    }
    if (kind === 'reminder' && (facts.reply?.kind === 'replied-in-full' || facts.reply?.kind === 'refused')) {
      problems.push({ path, message: message('reminderAfterReply', { body }) })
    } else if (kind !== 'reminder' && facts.reply) {
      continue
    } else if (t.state === 'waiting-for-id') {
      problems.push({ path, message: message('followUpWaitingForId', { body }) })
    } else if (t.state === 'waiting-for-answer') {
      problems.push({ path, message: message('followUpWaitingForAnswer', { body }) })
    } else if (facts.earliest !== undefined && request.dated < facts.earliest) {
      problems.push({ path, message: message('followUpTooEarly', { body, deadline: formatDay(t.deadline, currentLocale()), from: formatDay(facts.earliest, currentLocale()) }) })
    }
  }
  return problems
}
