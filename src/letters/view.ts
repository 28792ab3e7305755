/**
 * Answers → template variables, in one place. Every template reads only these names; a test checks
 * that every tag in every template is one of them.
 */
import { addDays, ageOn, type IsoDate } from '../dates/iso.ts'
import { ENGLISH_LETTER_WORDS, type LetterWords } from '../i18n/letter-words.ts'
import { complaintAcknowledgementDue, holidayRegion, nationOfPostcode, receiptFor, replyDeadline } from '../deadlines/deadline.ts'
import {
  accessItems, citeDeadline, citeRestrictWhileChecking, citeRight, citeSearch, citeTellRecipients, complaintToController,
  complaintToIco, courtOrderLaw, deadlineLaws, destroyingDataLaw, educationalRecordLaw, icoCheckLaw, objectionAlternative,
  part3RestrictionGrounds, regimeFor, type Regime,
} from '../law/law.ts'
import { TOPICS, type SentBy, type Topic } from '../request/constants.ts'
import type { Request } from '../request/schema.ts'
import { needsThe } from '../directory/names.ts'
import { addressLines, addressOneLine, pronouns, requestSummary, sentByWords, subjectLine } from './phrases.ts'
import { followUpFacts, missingItems, type FollowUpFacts } from './follow-up.ts'
import { formatPostal, letterEmail, letterPostal, methodFor, type ResolvedRecipient } from './recipients.ts'

/** "gang-database" → "topicGangDatabase". */
export function topicFlag(topic: Topic): string {
  return `topic${topic.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`
}

/** A body's name as it reads in a sentence: English puts "the" before some names; Welsh prints names as given. */
export function nameInSentence(name: string, w: LetterWords = ENGLISH_LETTER_WORDS): string {
  return needsThe(name) ? w.t('name.withThe', { name: name.trim() }) : name.trim()
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

export function deadlineFacts(request: Request, recipient: ResolvedRecipient, w: LetterWords = ENGLISH_LETTER_WORDS): DeadlineFacts {
  const region = holidayRegion(recipient.nation)
  const sent = sendingFor(request, recipient)
  const receipt = receiptFor(sent, request.dated, region)
  const deadline = replyDeadline(receipt.received, region)
  const received = w.date(receipt.received)
  let receiptSentence: string
  let coverReceiptSentence: string
  let assumption: string | undefined
  if (!sent) {
    receiptSentence = w.t('receipt.unsent', { received })
    coverReceiptSentence = w.t('coverReceipt.unsent', { received })
    assumption = w.t('assumption.unsent', { received })
  } else if (sent.by === 'post') {
    receiptSentence = w.t('receipt.post', { sentOn: w.date(sent.on), received })
    coverReceiptSentence = w.t('coverReceipt.post', { sentOn: w.date(sent.on), received })
    assumption = w.t('assumption.post')
  } else {
    receiptSentence = w.t('receipt.other', { by: sentByWords(sent.by, w), received })
    coverReceiptSentence = w.t('coverReceipt.other', { by: sentByWords(sent.by, w, 'cover'), received })
  }
  return { received: receipt.received, deadline, receiptSentence, coverReceiptSentence, assumption }
}

function objectionSituation(request: Request, age: number, w: LetterWords): string {
  const p = pronouns(request, w)
  const name = request.subject.fullName.trim()
  const first = age < 18 ? w.t(request.sender.kind === 'self' ? 'objection.childSelf' : 'objection.childOther', { name, age }) : w.t('objection.adult')
  return [first, w.t('objection.affects', { their: p.their }), ...(request.details ? [w.t('objection.moreInformation')] : [])].join(' ')
}

function identityWho(request: Request, w: LetterWords): string {
  return w.t(`identity.${request.sender.kind}`, { name: request.subject.fullName.trim() })
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
function timelineEntries(request: Request, facts: FollowUpFacts, deadline: IsoDate | undefined, w: LetterWords) {
  const f = request.followUp!
  const entries: { sortKey: string; date: string; [flag: string]: string | boolean }[] = []
  const none = Object.fromEntries(TIMELINE_FLAGS.map((flag) => [flag, false]))
  const add = (on: IsoDate, order: number, flags: Record<string, string | boolean>) =>
    entries.push({ sortKey: `${on}-${order}`, date: w.date(on), sentByWords: '', ...none, ...flags })
  add(f.originalSentOn, 0, { sentFirst: true, sentByWords: f.originalSentBy ? sentByWords(f.originalSentBy, w) : '' })
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
function followUpView(request: Request, recipient: ResolvedRecipient, regime: Regime, w: LetterWords) {
  const facts = followUpFacts(request, recipient)
  if (!facts || !request.followUp) return { followUp: false }
  const f = request.followUp
  const t = facts.timeline
  const running = t.state === 'running' ? t : undefined
  const deadline = running?.deadline
  const moreTime = facts.events.find((e) => e.kind === 'more-time')
  const askedWhat = facts.events.find((e) => e.kind === 'asked-what-you-meant')
  const reply = facts.reply
  const law = deadlineLaws(regime, t.oldRules, w)
  return {
    followUp: true,
    originalSentOn: w.date(f.originalSentOn),
    originalSentBy: f.originalSentBy ? sentByWords(f.originalSentBy, w) : '',
    originalReceived: w.date(t.received),
    originalReceivedAssumed: t.receivedAssumed,
    originalReceivedSameDay: !t.receivedAssumed,
    idArrived: running?.idArrived ? w.date(running.idArrived) : '',
    pausedDays: running && running.pausedDays > 0 ? running.pausedDays : 0,
    askedWhatOn: askedWhat ? w.date(askedWhat.on) : '',
    extensionCounted: running?.extension === 'counted',
    extensionTooLate: running?.extension === 'too-late',
    moreTimeOn: moreTime ? w.date(moreTime.on) : '',
    monthDeadline: running ? w.date(running.monthDeadline) : '',
    originalDeadline: deadline ? w.date(deadline) : '',
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
    replyOn: reply ? w.date(reply.on) : '',
    complained: facts.complaint !== undefined,
    complaintOn: facts.complaint ? w.date(facts.complaint.on) : '',
    complaintAnsweredOn: facts.complaint?.answeredOn ? w.date(facts.complaint.answeredOn) : '',
    complaintUnanswered: facts.complaint !== undefined && facts.complaint.answeredOn === undefined,
    noComplaintReason: f.noComplaintReason ?? '',
    whatWentWrong: f.whatWentWrong ?? '',
    howItAffected: f.howItAffected ?? '',
    timeline: timelineEntries(request, facts, deadline, w),
    lastContact: w.date(facts.lastContact),
    icoMayRefuse: facts.icoMayRefuse,
    theirReference: f.theirReference?.trim() ?? '',
    reminderDue: w.date(addDays(request.dated, REMINDER_DAYS)),
    /** For `missing-parts`: what a full reply holds that the person did not get. */
    missingItems: f.kind === 'missing-parts' ? missingItems(request, recipient, pronouns(request, w), w) : [],
    /** For `ico-check`: how the police held data back, as the person said. */
    withheldNcnd: f.withheld === 'neither-confirm-nor-deny',
    withheldRestricted: f.withheld === 'restricted',
  }
}

/** The variables every template may use, for one recipient. */
export function buildView(request: Request, recipient: ResolvedRecipient, w: LetterWords = ENGLISH_LETTER_WORDS) {
  const regime: Regime = regimeFor(recipient.lawKind)
  const requests = request.requests
  const has = (t: (typeof requests)[number]) => requests.includes(t)
  const age = ageOn(request.subject.dateOfBirth, request.dated)
  const p = pronouns(request, w)
  const sender = request.sender
  const parent = sender.kind === 'parent' ? sender : undefined
  const rep = sender.kind === 'representative' ? sender : undefined
  const topics = request.topics ?? []
  const cite = (t: (typeof requests)[number]) => citeRight(t, regime, w)
  const facts = deadlineFacts(request, recipient, w)
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
    recipientName: nameInSentence(recipient.name, w),
    /** The same at the start of a sentence: "The Metropolitan Police Service". */
    RecipientName: capitalise(nameInSentence(recipient.name, w)),
    /** As it is written on its own: "Metropolitan Police Service". */
    recipientTitle: recipient.name,
    recipientAddress: formatPostal(letterPostal(recipient)).join(', '),
    recipientEmail: letterEmail(recipient) ?? '',
    police,
    homeOffice,
    /** Part 3 applies to some of the data: police first, the Home Office in the alternative. */
    part3: police || homeOffice,
    /** Which data the second regime covers: other purposes for police, law enforcement for the Home Office. */
    altScope: police ? w.t('altScope.police') : homeOffice ? w.t('altScope.homeOffice') : '',
    acro: recipient.id === ACRO_ID,
    // The person the records are about
    subjectName: request.subject.fullName.trim(),
    otherNames: (request.subject.otherNames ?? []).map((n) => n.trim()).join('; '),
    dateOfBirth: w.date(request.subject.dateOfBirth),
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
    identityWho: identityWho(request, w),
    requesterWho: w.t(`requester.${sender.kind}`, { name: request.subject.fullName.trim() }),
    replyEmail: replyEmail(request) ?? '',
    // What is asked
    subjectLine: subjectLine(requests, request.subject.fullName.trim(), w.date(request.subject.dateOfBirth), w),
    requestSummary: requestSummary(requests, p.them, 'it', w),
    requestSummaryYou: requestSummary(requests, p.them, 'you', w),
    /** In the client's own words on the authority form: "send them a copy of the personal data it holds about me". */
    authoritySummary: requestSummary(requests, w.t('about.me'), 'it', w, w.t('to.them')),
    /** On the child's agreement: every request in the letter, in the child's words. */
    childAgreementSummary: requestSummary(requests, w.t('about.me'), 'it', w, parent ? w.t('to.named', { name: parent.fullName.trim() }) : w.t('to.them')),
    access: has('access'),
    erasure: has('erasure'),
    rectification: has('rectification'),
    restriction: has('restriction'),
    objection: has('objection'),
    /** Asking for a copy and for a change: the copy must come before anything is deleted or changed. */
    accessFirst: has('access') && (has('erasure') || has('rectification')),
    accessLaw: cite('access').primary,
    accessLawAlt: cite('access').alternative ?? '',
    accessItems: accessItems(regime, p, w),
    searchLaw: citeSearch(regime, w),
    restrictionGrounds: part3RestrictionGrounds(w),
    requestedByEmail: sentBy === 'email',
    requestedOnline: sentBy === 'online-form',
    schoolParent: recipient.lawKind === 'school' && Boolean(parent) && !scotland,
    educationalRecordLaw: educationalRecordLaw(w),
    erasureLaw: cite('erasure').primary,
    erasureLawAlt: cite('erasure').alternative ?? '',
    rectificationLaw: cite('rectification').primary,
    rectificationLawAlt: cite('rectification').alternative ?? '',
    restrictionLaw: cite('restriction').primary,
    restrictionLawAlt: cite('restriction').alternative ?? '',
    restrictAccuracy: has('rectification'),
    /** Restriction while accuracy is checked: s.47(3) under Part 3, Art 18(1)(a) otherwise. */
    restrictWhileCheckingLaw: citeRestrictWhileChecking(regime, w),
    icoComplaint: request.followUp?.kind === 'ico-complaint',
    icoCheck: request.followUp?.kind === 'ico-check',
    /** A first letter that follows the reply to an earlier request for a copy. */
    afterReply: request.afterReply !== undefined,
    afterReplyAskedOn: request.afterReply ? w.date(request.afterReply.askedOn) : '',
    afterReplyOn: request.afterReply ? w.date(request.afterReply.repliedOn) : '',
    afterReplyReference: request.afterReply?.theirReference?.trim() ?? '',
    /** Whether the first letter's deadline matters to this follow-up: not once they refused or replied in full. */
    deadlineMatters: !request.followUp?.events?.some((e) => e.kind === 'refused' || e.kind === 'replied-in-full'),
    restrictPendingObjection: !police && objects,
    restrictOnly: !has('rectification') && !objects && !has('erasure'),
    objectionLaw: cite('objection').primary,
    objectionLawAlt: objectionAlternative(w),
    objectionSituation: objectionSituation(request, age, w),
    tellRecipientsLaw: citeTellRecipients(regime, w),
    corrections: request.corrections ?? '',
    details: request.details ?? '',
    hasTopics: topics.length > 0,
    ...topicFlags,
    // Time limits and complaints
    deadlineLaw: citeDeadline(regime, w),
    receiptSentence: facts.receiptSentence,
    deadline: w.date(facts.deadline),
    received: w.date(facts.received),
    complaintLaw: complaintToController(w),
    icoLaw: complaintToIco(w),
    icoCheckLaw: icoCheckLaw(w),
    courtLaw: courtOrderLaw(w),
    destroyingDataLaw: destroyingDataLaw(w),
    acknowledgeBy: w.date(complaintAcknowledgementDue(facts.received)),
    // Follow-ups (their deadlineLaw, for the first letter's rules, replaces the one above)
    ...followUpView(request, recipient, regime, w),
  }
}

export type LetterView = ReturnType<typeof buildView>
