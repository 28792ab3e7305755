/**
 * Answers → template variables, in one place. Every template reads only these names; a test checks
 * that every tag in every template is one of them.
 */
import { addDays, ageOn, formatLongDate, type IsoDate } from '../dates/iso.ts'
import { complaintAcknowledgementDue, holidayRegion, nationOfPostcode, receiptFor, replyDeadline } from '../deadlines/deadline.ts'
import {
  accessItems, citeDeadline, citeRight, citeSearch, citeTellRecipients, COMPLAINT_TO_CONTROLLER,
  COMPLAINT_TO_ICO, COURT_ORDER, deadlineLaws, DESTROYING_DATA_OFFENCE, EDUCATIONAL_RECORD, GDPR, ICO_CHECK,
  PART3_RESTRICTION_GROUNDS, regimeFor, type Regime,
} from '../law/law.ts'
import { TOPICS, type SentBy, type Topic } from '../request/constants.ts'
import type { Request } from '../request/schema.ts'
import { inSentence } from '../directory/names.ts'
import { addressLines, addressOneLine, pronouns, requestSummary, SENT_BY_WORDS, subjectLine } from './phrases.ts'
import { followUpFacts, missingItems, type FollowUpFacts } from './follow-up.ts'
import { formatPostal, letterEmail, letterPostal, methodFor, type ResolvedRecipient } from './recipients.ts'

/** "gang-database" → "topicGangDatabase". */
export function topicFlag(topic: Topic): string {
  return `topic${topic.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`
}

/** Where a child's capacity is decided under Scots law (DPA 2018 s.208). */
export function livesInScotland(request: Request): boolean {
  return nationOfPostcode(request.subject.address.postcode) === 'scotland'
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

/** How this letter goes: its own method where the person chose one, else the file-wide one. */
export function sendingFor(request: Request, recipient: ResolvedRecipient): { on: IsoDate; by: SentBy } | undefined {
  const by = methodFor(recipient, request.sent?.by)
  return by === undefined ? undefined : { on: request.sent?.on ?? request.dated, by }
}

export function deadlineFacts(request: Request, recipient: ResolvedRecipient): DeadlineFacts {
  const region = holidayRegion(recipient.nation)
  const sent = sendingFor(request, recipient)
  const receipt = receiptFor(sent, request.dated, region)
  const deadline = replyDeadline(receipt.received, region)
  const receivedWords = formatLongDate(receipt.received)
  let receiptSentence: string
  let coverReceiptSentence: string
  let assumption: string | undefined
  if (!sent) {
    receiptSentence = `If you receive this letter on ${receivedWords}, the time limit counts from that day.`
    coverReceiptSentence = `If they get your letter on ${receivedWords}, the time limit counts from that day.`
    assumption = `We assumed they get your letter on ${receivedWords}, the date on the letter. If they get it later, the deadline is one month after the day they get it.`
  } else if (sent.by === 'post') {
    receiptSentence = `I am posting this letter on ${formatLongDate(sent.on)}, so I expect you to receive it by ${receivedWords}.`
    coverReceiptSentence = `You plan to post it on ${formatLongDate(sent.on)}, so they should get it by ${receivedWords}.`
    assumption = `We assumed first class post takes two working days. If you post it later, or it arrives later, the deadline moves too.`
  } else {
    receiptSentence = `I am sending it ${SENT_BY_WORDS[sent.by]} on ${receivedWords}, so you receive it that day.`
    coverReceiptSentence = `You are sending it ${SENT_BY_WORDS[sent.by].replace('your', 'their')} on ${receivedWords}, so they get it that day.`
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A reminder gives the body two more weeks. */
export const REMINDER_DAYS = 14

/** Directory ids whose letters differ: ACRO is where full Police National Computer copies come from. */
const ACRO_ID = 'police:acro'

/**
 * Every flag a timeline line can carry. Each line sets all of them, so a template never falls back to
 * a same-named value of the whole letter (Mustache looks names up the context stack).
 */
const TIMELINE_FLAGS = [
  'sentFirst', 'acknowledged', 'askedForId', 'sentId', 'askedWhatYouMeant', 'sentAnswer', 'moreTime',
  'repliedInPart', 'repliedInFull', 'refused', 'complaintMade', 'complaintAnswered', 'deadlinePassed',
] as const

/** One dated line of a complaint's timeline, with a flag per kind of event for the template's words. */
function timelineEntries(request: Request, facts: FollowUpFacts, deadline: IsoDate | undefined) {
  const f = request.followUp!
  const entries: { sortKey: string; date: string; [flag: string]: string | boolean }[] = []
  const none = Object.fromEntries(TIMELINE_FLAGS.map((flag) => [flag, false]))
  const add = (on: IsoDate, order: number, flags: Record<string, string | boolean>) =>
    entries.push({ sortKey: `${on}-${order}`, date: formatLongDate(on), sentByWords: '', ...none, ...flags })
  add(f.originalSentOn, 0, { sentFirst: true, sentByWords: f.originalSentBy ? SENT_BY_WORDS[f.originalSentBy] : '' })
  facts.events.forEach((e, i) => {
    const flag = e.kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    add(e.on, 1 + i, { [flag]: true })
    if (e.answeredOn !== undefined) {
      const answerFlag = e.kind === 'complaint-made' ? 'complaintAnswered' : e.kind === 'asked-for-id' ? 'sentId' : e.kind === 'asked-what-you-meant' ? 'sentAnswer' : ''
      if (answerFlag) add(e.answeredOn, 50 + i, { [answerFlag]: true })
    }
  })
  // Only where it ran out unanswered: not after a refusal or a full reply within the time.
  const answeredInTime = facts.events.some((e) => (e.kind === 'refused' || e.kind === 'replied-in-full') && deadline !== undefined && e.on <= deadline)
  if (deadline !== undefined && deadline < request.dated && !answeredInTime) add(deadline, 99, { deadlinePassed: true })
  return entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1))
}

/** Follow-up facts as template values: every date said once, from one timeline. */
function followUpView(request: Request, recipient: ResolvedRecipient, regime: Regime) {
  const facts = followUpFacts(request, recipient)
  if (!facts || !request.followUp) return { followUp: false }
  const f = request.followUp
  const t = facts.timeline
  const running = t.state === 'running' ? t : undefined
  const deadline = running?.deadline
  const moreTime = facts.events.find((e) => e.kind === 'more-time')
  const askedWhat = facts.events.find((e) => e.kind === 'asked-what-you-meant')
  const reply = facts.reply
  const law = deadlineLaws(regime, t.oldRules)
  return {
    followUp: true,
    originalSentOn: formatLongDate(f.originalSentOn),
    originalSentBy: f.originalSentBy ? SENT_BY_WORDS[f.originalSentBy] : '',
    originalReceived: formatLongDate(t.received),
    originalReceivedAssumed: t.receivedAssumed,
    originalReceivedSameDay: !t.receivedAssumed,
    idArrived: running?.idArrived ? formatLongDate(running.idArrived) : '',
    pausedDays: running && running.pausedDays > 0 ? running.pausedDays : 0,
    askedWhatOn: askedWhat ? formatLongDate(askedWhat.on) : '',
    extensionCounted: running?.extension === 'counted',
    extensionTooLate: running?.extension === 'too-late',
    moreTimeOn: moreTime ? formatLongDate(moreTime.on) : '',
    monthDeadline: running ? formatLongDate(running.monthDeadline) : '',
    originalDeadline: deadline ? formatLongDate(deadline) : '',
    deadlinePassed: deadline !== undefined && deadline < request.dated,
    deadlineLaw: law.deadline,
    extensionLaw: law.extension,
    eventsKnown: facts.eventsKnown,
    noMoreTimeAsked: facts.eventsKnown && moreTime === undefined,
    nothingHappened: facts.eventsKnown && facts.events.length === 0,
    repliedInPart: reply?.kind === 'replied-in-part',
    repliedInFull: reply?.kind === 'replied-in-full',
    refused: reply?.kind === 'refused',
    refusedOrPartial: reply?.kind === 'refused' || reply?.kind === 'replied-in-part',
    noReply: reply === undefined,
    replyOn: reply ? formatLongDate(reply.on) : '',
    complained: facts.complaint !== undefined,
    complaintOn: facts.complaint ? formatLongDate(facts.complaint.on) : '',
    complaintAnsweredOn: facts.complaint?.answeredOn ? formatLongDate(facts.complaint.answeredOn) : '',
    complaintUnanswered: facts.complaint !== undefined && facts.complaint.answeredOn === undefined,
    noComplaintReason: f.noComplaintReason ?? '',
    whatWentWrong: f.whatWentWrong ?? '',
    howItAffected: f.howItAffected ?? '',
    timeline: timelineEntries(request, facts, deadline),
    lastContact: formatLongDate(facts.lastContact),
    icoMayRefuse: facts.icoMayRefuse,
    theirReference: f.theirReference?.trim() ?? '',
    reminderDue: formatLongDate(addDays(request.dated, REMINDER_DAYS)),
    /** For `missing-parts`: what a full reply holds that the person did not get. */
    missingItems: f.kind === 'missing-parts' ? missingItems(request, recipient, pronouns(request)) : [],
    /** For `ico-check`: how the police held data back, as the person said. */
    withheldNcnd: f.withheld === 'neither-confirm-nor-deny',
    withheldRestricted: f.withheld === 'restricted',
  }
}

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
  const police = regime === 'part3'
  const homeOffice = regime === 'ukgdpr-and-part3'
  const sentBy = sendingFor(request, recipient)?.by
  // Under the UK GDPR an erasure letter also objects (Art 21(1)), so a restriction can rest on the pending objection.
  const objects = has('objection') || (!police && has('erasure'))

  const topicFlags = Object.fromEntries(TOPICS.map((t) => [topicFlag(t), topics.includes(t)]))

  return {
    // The body
    /** As it reads in a sentence: "the Metropolitan Police Service". */
    recipientName: inSentence(recipient.name),
    /** The same at the start of a sentence: "The Metropolitan Police Service". */
    RecipientName: capitalise(inSentence(recipient.name)),
    /** As it is written on its own: "Metropolitan Police Service". */
    recipientTitle: recipient.name,
    recipientAddress: formatPostal(letterPostal(recipient)).join(', '),
    recipientEmail: letterEmail(recipient) ?? '',
    police,
    homeOffice,
    /** Part 3 applies to some of the data: police first, the Home Office in the alternative. */
    part3: police || homeOffice,
    /** Which data the second regime covers: other purposes for police, law enforcement for the Home Office. */
    altScope: police ? 'for any data you hold for other purposes' : homeOffice ? 'for any data you hold for law-enforcement purposes' : '',
    acro: recipient.id === ACRO_ID,
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
    /** The Scottish presumption (DPA 2018 s.208, for under-16s) supports a parent only where a child of 12 to 15 agrees. */
    scotlandChildAgrees: scotland && age >= 12 && age < 16 && parent?.childAgrees === true,
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
    /** On the child's agreement: every request in the letter, in the child's words. */
    childAgreementSummary: requestSummary(requests, 'me', 'it', parent?.fullName.trim() ?? 'them'),
    access: has('access'),
    erasure: has('erasure'),
    rectification: has('rectification'),
    restriction: has('restriction'),
    objection: has('objection'),
    /** Asking for a copy and for a change: the copy must come before anything is deleted or changed. */
    accessFirst: has('access') && (has('erasure') || has('rectification')),
    accessLaw: cite('access').primary,
    accessLawAlt: cite('access').alternative ?? '',
    accessItems: accessItems(regime, p),
    searchLaw: citeSearch(regime),
    restrictionGrounds: PART3_RESTRICTION_GROUNDS,
    requestedByEmail: sentBy === 'email',
    requestedOnline: sentBy === 'online-form',
    schoolParent: recipient.lawKind === 'school' && Boolean(parent) && !scotland,
    educationalRecordLaw: EDUCATIONAL_RECORD,
    erasureLaw: cite('erasure').primary,
    erasureLawAlt: cite('erasure').alternative ?? '',
    rectificationLaw: cite('rectification').primary,
    rectificationLawAlt: cite('rectification').alternative ?? '',
    restrictionLaw: cite('restriction').primary,
    restrictionLawAlt: cite('restriction').alternative ?? '',
    restrictAccuracy: has('rectification'),
    /** Restriction while accuracy is checked: s.47(3) under Part 3, Art 18(1)(a) otherwise. */
    restrictWhileCheckingLaw: police
      ? 'section 47(3) of the Data Protection Act 2018'
      : homeOffice ? `Article 18(1)(a) of ${GDPR}, or section 47(3) of the Data Protection Act 2018 for any data held for law enforcement` : `Article 18(1)(a) of ${GDPR}`,
    icoComplaint: request.followUp?.kind === 'ico-complaint',
    icoCheck: request.followUp?.kind === 'ico-check',
    /** A first letter that follows the reply to an earlier request for a copy. */
    afterReply: request.afterReply !== undefined,
    afterReplyAskedOn: request.afterReply ? formatLongDate(request.afterReply.askedOn) : '',
    afterReplyOn: request.afterReply ? formatLongDate(request.afterReply.repliedOn) : '',
    afterReplyReference: request.afterReply?.theirReference?.trim() ?? '',
    /** Whether the first letter's deadline matters to this follow-up: not once they refused or replied in full. */
    deadlineMatters: !request.followUp?.events?.some((e) => e.kind === 'refused' || e.kind === 'replied-in-full'),
    restrictPendingObjection: !police && objects,
    restrictOnly: !has('rectification') && !objects && !has('erasure'),
    objectionLaw: cite('objection').primary,
    objectionLawAlt: `Article 21(1) of ${GDPR}`,
    objectionSituation: objectionSituation(request, age),
    tellRecipientsLaw: citeTellRecipients(regime),
    corrections: request.corrections ?? '',
    details: request.details ?? '',
    hasTopics: topics.length > 0,
    ...topicFlags,
    // Time limits and complaints
    deadlineLaw: citeDeadline(regime),
    receiptSentence: facts.receiptSentence,
    deadline: formatLongDate(facts.deadline),
    received: formatLongDate(facts.received),
    complaintLaw: COMPLAINT_TO_CONTROLLER,
    icoLaw: COMPLAINT_TO_ICO,
    icoCheckLaw: ICO_CHECK,
    courtLaw: COURT_ORDER,
    destroyingDataLaw: DESTROYING_DATA_OFFENCE,
    acknowledgeBy: formatLongDate(complaintAcknowledgementDue(facts.received)),
    // Follow-ups (their deadlineLaw, for the first letter's rules, replaces the one above)
    ...followUpView(request, recipient, regime),
  }
}

export type LetterView = ReturnType<typeof buildView>
