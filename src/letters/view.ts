/**
 * Answers → template variables, in one place. Every template reads only these names; a test checks
 * that every tag in every template is one of them.
 */
import { addDays, ageOn, formatLongDate, type IsoDate } from '../dates/iso.ts'
import { ART_12A_START, complaintAcknowledgementDue, holidayRegion, receiptFor, replyDeadline } from '../deadlines/deadline.ts'
import {
  accessItems, citeDeadline, citeRight, citeSearch, citeTellRecipients, COMPLAINT_TO_CONTROLLER,
  COMPLAINT_TO_ICO, COURT_ORDER, EDUCATIONAL_RECORD, erasureGrounds, GDPR, ICO_CHECK,
  PART3_RESTRICTION_GROUNDS, regimeFor, type Regime,
} from '../law/law.ts'
import { TOPICS, type Topic } from '../request/constants.ts'
import type { Request } from '../request/schema.ts'
import { inSentence } from '../directory/names.ts'
import { addressLines, addressOneLine, pronouns, requestSummary, SENT_BY_WORDS, subjectLine } from './phrases.ts'
import { formatPostal, type ResolvedRecipient } from './recipients.ts'

/** "gang-database" → "topicGangDatabase". */
export function topicFlag(topic: Topic): string {
  return `topic${topic.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`
}

/** Scottish postcode areas: where a child's capacity is decided under Scots law (DPA 2018 s.208). */
const SCOTTISH_POSTCODE = /^(AB|DD|DG|EH|FK|G|HS|IV|KA|KW|KY|ML|PA|PH|TD|ZE)\d/i

export function livesInScotland(request: Request): boolean {
  const postcode = request.subject.address.postcode?.replace(/\s+/g, '') ?? ''
  // TD covers the Scottish Borders and a corner of Northumberland (TD15); Scottish law only applies north of the border.
  return SCOTTISH_POSTCODE.test(postcode) && !/^TD1[25]/i.test(postcode)
}

export interface DeadlineFacts {
  received: IsoDate
  deadline: IsoDate
  receiptSentence: string
  /** The same, said to the person on their cover sheet. */
  coverReceiptSentence: string
  /** What the cover sheet should say we assumed, if anything. */
  assumption?: string
}

export function deadlineFacts(request: Request, recipient: ResolvedRecipient): DeadlineFacts {
  const region = holidayRegion(recipient.nation)
  const receipt = receiptFor(request.sent, request.dated, region)
  const deadline = replyDeadline(receipt.received, region)
  const receivedWords = formatLongDate(receipt.received)
  let receiptSentence: string
  let coverReceiptSentence: string
  let assumption: string | undefined
  if (!request.sent) {
    receiptSentence = `If you receive this letter on ${receivedWords}, the time limit counts from that day.`
    coverReceiptSentence = `If they get your letter on ${receivedWords}, the time limit counts from that day.`
    assumption = `We assumed they get your letter on ${receivedWords}, the date on the letter. If they get it later, the deadline is one month after the day they get it.`
  } else if (request.sent.by === 'post') {
    receiptSentence = `I am posting this letter on ${formatLongDate(request.sent.on)}, so I expect you to receive it by ${receivedWords}.`
    coverReceiptSentence = `You plan to post it on ${formatLongDate(request.sent.on)}, so they should get it by ${receivedWords}.`
    assumption = `We assumed first class post takes two working days. If you post it later, or it arrives later, the deadline moves too.`
  } else {
    receiptSentence = `I am sending it ${SENT_BY_WORDS[request.sent.by]} on ${receivedWords}, so you receive it that day.`
    coverReceiptSentence = `You are sending it ${SENT_BY_WORDS[request.sent.by].replace('your', 'their')} on ${receivedWords}, so they get it that day.`
  }
  return { received: receipt.received, deadline, receiptSentence, coverReceiptSentence, assumption }
}

function objectionSituation(request: Request, age: number): string {
  const p = pronouns(request)
  const self = request.sender.kind === 'self'
  const child = age < 18
  const who = self ? 'I am' : `${p.they} is`
  const firstSentence = child
    ? `${who} a child, ${age} years old. Children's personal data needs special protection, and records like these can follow a child for years.`
    : `Records like these can follow a person for years.`
  return `${firstSentence} Being recorded as a risk can affect ${p.their} education, work, housing and trust in public services.${request.details ? ' The information under "More information" explains more.' : ''}`
}

function identityWho(request: Request): string {
  if (request.sender.kind === 'self') return 'I am'
  if (request.sender.kind === 'parent') return `${request.subject.fullName.trim()} and I are`
  return `${request.subject.fullName.trim()} is`
}

function replyEmail(request: Request): string | undefined {
  return request.sender.kind === 'self' ? request.subject.email : request.sender.email
}

/** A reminder gives the body two more weeks. */
export const REMINDER_DAYS = 14

/** The variables every template may use, for one recipient. */
export function buildView(request: Request, recipient: ResolvedRecipient) {
  const regime: Regime = regimeFor(recipient.lawKind)
  const requests = request.requests
  const has = (t: (typeof requests)[number]) => requests.includes(t)
  const age = ageOn(request.subject.dateOfBirth, request.dated)
  const p = pronouns(request)
  const sender = request.sender
  const parent = sender.kind === 'parent' ? sender : undefined
  const rep = sender.kind === 'representative' ? sender : undefined
  const topics = request.topics ?? []
  const cite = (t: (typeof requests)[number]) => citeRight(t, regime)
  const facts = deadlineFacts(request, recipient)
  const scotland = recipient.nation === 'scotland' || livesInScotland(request)
  // The first letter's route is not recorded, so assume the slowest (post): we must never call a body late before it is.
  const originalReceived = request.followUp ? receiptFor({ on: request.followUp.originalSentOn, by: 'post' }, request.followUp.originalSentOn, holidayRegion(recipient.nation)).received : undefined

  const topicFlags = Object.fromEntries(TOPICS.map((t) => [topicFlag(t), topics.includes(t)]))

  return {
    // The body
    /** As it reads in a sentence: "the Metropolitan Police Service". */
    recipientName: inSentence(recipient.name),
    /** As it is written on its own: "Metropolitan Police Service". */
    recipientTitle: recipient.name,
    recipientAddress: formatPostal(recipient.postal).join(', '),
    recipientEmail: recipient.email ?? '',
    police: regime === 'part3',
    // The person the records are about
    subjectName: request.subject.fullName.trim(),
    otherNames: (request.subject.otherNames ?? []).map((n) => n.trim()).join('; '),
    dateOfBirth: formatLongDate(request.subject.dateOfBirth),
    address: addressOneLine(request.subject.address),
    previousAddresses: (request.subject.previousAddresses ?? []).map(addressOneLine),
    subjectEmail: request.subject.email ?? '',
    subjectPhone: request.subject.phone ?? '',
    child: age < 18,
    ...p,
    // Who writes
    self: sender.kind === 'self',
    parent: Boolean(parent),
    representative: Boolean(rep),
    senderName: sender.kind === 'self' ? request.subject.fullName.trim() : sender.fullName.trim(),
    relationship: parent?.relationship.trim() ?? '',
    childName: parent ? request.subject.fullName.trim() : '',
    childAge: age,
    childAgrees: parent?.childAgrees === true,
    childTwelveOrOver: age >= 12,
    scotland,
    senderRole: rep?.role.trim() ?? '',
    senderOrganisation: rep?.organisation.trim() ?? '',
    senderReference: rep?.reference?.trim() ?? '',
    senderAddress: rep ? addressLines(rep.address).join(', ') : '',
    senderEmail: rep?.email ?? parent?.email ?? '',
    senderPhone: rep?.phone ?? parent?.phone ?? '',
    identityWho: identityWho(request),
    requesterWho: sender.kind === 'representative' ? `${request.subject.fullName.trim()}` : sender.kind === 'parent' ? 'us' : 'me',
    replyEmail: replyEmail(request) ?? '',
    // What is asked
    subjectLine: subjectLine(requests, request.subject.fullName.trim(), formatLongDate(request.subject.dateOfBirth)),
    requestSummary: requestSummary(requests, p.them, 'it'),
    requestSummaryYou: requestSummary(requests, p.them, 'you'),
    /** In the client's own words on the authority form: "send them a copy of the personal data it holds about me". */
    authoritySummary: requestSummary(requests, 'me', 'it', 'them'),
    access: has('access'),
    erasure: has('erasure'),
    rectification: has('rectification'),
    restriction: has('restriction'),
    objection: has('objection'),
    accessLaw: cite('access').primary,
    accessLawAlt: cite('access').alternative ?? '',
    accessItems: accessItems(regime, p),
    searchLaw: citeSearch(regime),
    restrictionGrounds: PART3_RESTRICTION_GROUNDS,
    requestedByEmail: request.sent?.by === 'email' || request.sent?.by === 'online-form',
    schoolParent: recipient.lawKind === 'school' && Boolean(parent) && !scotland,
    educationalRecordLaw: EDUCATIONAL_RECORD,
    erasureLaw: cite('erasure').primary,
    erasureLawAlt: cite('erasure').alternative ?? '',
    erasureGrounds: erasureGrounds(regime).filter((g) => has('objection') || !g.includes('Article 17(1)(c)')),
    rectificationLaw: cite('rectification').primary,
    rectificationLawAlt: cite('rectification').alternative ?? '',
    restrictionLaw: cite('restriction').primary,
    restrictionLawAlt: cite('restriction').alternative ?? '',
    objectionLaw: cite('objection').primary,
    objectionLawAlt: `Article 21(1) of ${GDPR}`,
    objectionSituation: objectionSituation(request, age),
    tellRecipientsLaw: citeTellRecipients(regime),
    corrections: request.corrections ?? '',
    details: request.details ?? '',
    hasTopics: topics.length > 0,
    ...topicFlags,
    // Time limits and complaints
    deadlineLaw: request.followUp && request.followUp.originalSentOn < ART_12A_START && regime !== 'part3'
      ? `Article 12(3) of ${GDPR}`
      : citeDeadline(regime),
    receiptSentence: facts.receiptSentence,
    deadline: formatLongDate(facts.deadline),
    received: formatLongDate(facts.received),
    complaintLaw: COMPLAINT_TO_CONTROLLER,
    icoLaw: COMPLAINT_TO_ICO,
    icoCheckLaw: ICO_CHECK,
    courtLaw: COURT_ORDER,
    // Follow-ups
    originalSentOn: request.followUp ? formatLongDate(request.followUp.originalSentOn) : '',
    originalReceived: originalReceived ? formatLongDate(originalReceived) : '',
    originalDeadline: originalReceived ? formatLongDate(replyDeadline(originalReceived, holidayRegion(recipient.nation))) : '',
    theirReference: request.followUp?.theirReference?.trim() ?? '',
    reminderDue: formatLongDate(addDays(request.dated, REMINDER_DAYS)),
    acknowledgeBy: formatLongDate(complaintAcknowledgementDue(facts.received)),
  }
}

export type LetterView = ReturnType<typeof buildView>
