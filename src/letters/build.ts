/** A validated request → one pack of documents per recipient (cover sheet, letter, forms to sign). */
import { complaintAcknowledgementDue } from '../deadlines/deadline.ts'
import { addDays, ageOn, formatLongDate } from '../dates/iso.ts'
import type { FieldError } from '../request/errors.ts'
import { followUpFacts, followUpProblems } from './follow-up.ts'
import type { FollowUpKind } from '../request/constants.ts'
import type { Request } from '../request/schema.ts'
import { coverFacts } from './cover.ts'
import { followUpEnclosures, requestEnclosures } from './enclosures.ts'
import type { AddressBlock, DocumentKind, LetterModel, RecipientPack } from './model.ts'
import { addressLines } from './phrases.ts'
import { formatPostal, letterEmail, letterPostal, resolveRecipient, slug, type DirectoryLookup, type ResolvedRecipient } from './recipients.ts'
import { renderTemplate, type TemplateSet } from './template.ts'
import { buildView, deadlineFacts, REMINDER_DAYS, type LetterView } from './view.ts'

export interface LetterSources {
  directory: DirectoryLookup
  templates: TemplateSet
}

/** The ICO's postal address (uk-law.md §8: check before use; the online form is preferred). */
export const ICO_ADDRESS: AddressBlock = {
  name: "Information Commissioner's Office",
  lines: ['Wycliffe House', 'Water Lane', 'Wilmslow', 'Cheshire', 'SK9 5AF'],
}

const LETTER_TEMPLATE: Record<'request' | FollowUpKind, string> = {
  request: 'letters/request',
  reminder: 'letters/reminder',
  complaint: 'letters/complaint',
  'ico-complaint': 'letters/ico-complaint',
  'missing-parts': 'letters/missing-parts',
  'ico-check': 'letters/ico-check',
}

/** The letters that go to the ICO rather than to the organisation. */
export function goesToIco(kind: FollowUpKind | undefined): boolean {
  return kind === 'ico-complaint' || kind === 'ico-check'
}

function senderBlock(request: Request): AddressBlock {
  const s = request.sender
  const subject = request.subject
  if (s.kind === 'self') {
    return { name: subject.fullName.trim(), lines: [...addressLines(subject.address), ...[subject.email, subject.phone].filter((x): x is string => Boolean(x))] }
  }
  if (s.kind === 'parent') {
    return { name: s.fullName.trim(), lines: [...addressLines(s.address ?? subject.address), ...[s.email, s.phone].filter((x): x is string => Boolean(x))] }
  }
  return {
    name: s.fullName.trim(),
    lines: [`${s.role.trim()}, ${s.organisation.trim()}`, ...addressLines(s.address), ...[s.email, s.phone].filter((x): x is string => Boolean(x))],
  }
}

function recipientBlock(recipient: ResolvedRecipient): AddressBlock {
  const lines = formatPostal(letterPostal(recipient))
  const first = lines[0]?.trim().toLowerCase() ?? ''
  // Address lines from the directory often begin with the team; only add our heading where they do not.
  const heading = /data protection|information|disclosure|subject access|rights|governance|records/.test(first) ? [] : ['Data Protection Officer']
  return { name: recipient.name, lines: [...heading, ...lines, ...(lines.length === 0 && letterEmail(recipient) ? [letterEmail(recipient)!] : [])] }
}

function signOff(request: Request, salutation: string) {
  const closing = salutation === 'Dear Sir or Madam' || salutation === 'Dear Data Protection Officer' ? 'Yours faithfully' : 'Yours sincerely'
  const s = request.sender
  if (s.kind === 'self') return { closing, name: request.subject.fullName.trim() }
  if (s.kind === 'parent') return { closing, name: s.fullName.trim(), capacity: `${capitalise(s.relationship.trim())} of ${request.subject.fullName.trim()}` }
  return { closing, name: s.fullName.trim(), capacity: `${s.role.trim()}, ${s.organisation.trim()}, for ${request.subject.fullName.trim()}` }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * The one date this letter asks for an answer by, for the cover sheet, the letters page and the
 * calendar: the legal deadline for a first letter, the date a reminder or a request for missing parts
 * gives, or the 30 days a body has to acknowledge a complaint. None for a letter to the ICO.
 */
export function replyByFor(request: Request, recipient: ResolvedRecipient): RecipientPack['replyBy'] {
  const kind = request.followUp?.kind
  if (goesToIco(kind)) return undefined
  if (kind === 'reminder' || kind === 'missing-parts') return { date: addDays(request.dated, REMINDER_DAYS), what: 'reply' }
  const facts = deadlineFacts(request, recipient)
  if (kind === 'complaint') return { date: complaintAcknowledgementDue(facts.received), what: 'acknowledge' }
  return { date: facts.deadline, what: 'reply', assumption: facts.assumption }
}

/** What stops these letters being made: today, only a follow-up sent before its time. */
export function letterProblems(request: Request, sources: LetterSources): FieldError[] {
  return followUpProblems(request, request.recipients.map((entry) => resolveRecipient(entry, sources.directory)))
}

function letter(request: Request, recipient: ResolvedRecipient, view: LetterView, templates: TemplateSet): LetterModel {
  const kind = request.followUp?.kind ?? 'request'
  const toIco = kind !== 'request' && goesToIco(kind)
  const rendered = renderTemplate(LETTER_TEMPLATE[kind], view, templates)
  const salutation = toIco ? 'Dear Sir or Madam' : 'Dear Data Protection Officer'
  const reference = request.sender.kind === 'representative' ? request.sender.reference?.trim() : undefined
  return {
    kind: kind as DocumentKind,
    title: rendered.front.title ?? 'Letter',
    sender: senderBlock(request),
    recipient: toIco ? ICO_ADDRESS : recipientBlock(recipient),
    date: formatLongDate(request.dated),
    subject: rendered.front.subject,
    reference: reference || undefined,
    salutation,
    blocks: rendered.blocks,
    signOff: signOff(request, salutation),
    enclosures: kind === 'request' ? requestEnclosures(request, view, 'letter') : followUpEnclosures(request, view, 'letter'),
  }
}

function form(kind: DocumentKind, templateName: string, view: object, templates: TemplateSet): LetterModel {
  const rendered = renderTemplate(templateName, view, templates)
  return { kind, title: rendered.front.title ?? '', banner: rendered.front.banner, blocks: rendered.blocks }
}

/** Everything for one recipient, in print order. */
export function buildPack(request: Request, recipient: ResolvedRecipient, index: number, templates: TemplateSet): RecipientPack {
  const view = buildView(request, recipient)
  const main = letter(request, recipient, view, templates)
  const followUp = request.followUp?.kind
  const cover = coverFacts(request, recipient, view)
  const coverSheet = form('cover-sheet', followUp ? 'forms/follow-up-cover-sheet' : 'forms/cover-sheet', { ...view, ...cover }, templates)
  const documents: LetterModel[] = [coverSheet, main]
  const needsAuthority = request.sender.kind === 'representative' && (followUp === undefined || goesToIco(followUp))
  if (needsAuthority) documents.push(form('authority-form', 'forms/authority-form', view, templates))
  const childSigns = followUp === undefined && view.parent && view.childAgrees && ageOn(request.subject.dateOfBirth, request.dated) >= 12
  if (childSigns) documents.push(form('authority-form', 'forms/child-agreement', view, templates))
  const prefix = followUp ?? 'letter'
  return {
    recipientId: recipient.id,
    recipientName: recipient.name,
    fileName: `${prefix}-${String(index + 1).padStart(2, '0')}-${slug(recipient.name)}.pdf`,
    documents,
    toEnclose: cover.enclosures.slice(1),
    dated: request.dated,
    replyBy: replyByFor(request, recipient),
    icoMayRefuse: followUp === 'ico-complaint' && followUpFacts(request, recipient)?.icoMayRefuse === true,
  }
}

export function buildPacks(request: Request, sources: LetterSources): RecipientPack[] {
  return request.recipients.map((entry, i) => buildPack(request, resolveRecipient(entry, sources.directory), i, sources.templates))
}
