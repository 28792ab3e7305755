/** A validated request → one pack of documents per recipient (cover sheet, letter, forms to sign). */
import { complaintAcknowledgementDue } from '../deadlines/deadline.ts'
import { addDays, ageOn } from '../dates/iso.ts'
import { DEFAULT_LETTER_LANGUAGE, type LetterLanguage, type LetterWords } from '../i18n/letter-words.ts'
import type { FieldError } from '../request/errors.ts'
import { followUpFacts, followUpProblems } from './follow-up.ts'
import { goesToIco, type FollowUpKind } from '../request/constants.ts'
import type { RecipientEntry, Request } from '../request/schema.ts'
import { coverFacts } from './cover.ts'
import { followUpEnclosures, requestEnclosures } from './enclosures.ts'
import type { AddressBlock, DocumentKind, LetterModel, RecipientPack } from './model.ts'
import { addressLines } from './phrases.ts'
import { formatPostal, letterEmail, letterPostal, resolveRecipient, slug, type DirectoryLookup, type ResolvedRecipient } from './recipients.ts'
import { renderTemplate, type TemplateSet } from './template.ts'
import { templatesFor, wordsFor } from './languages.ts'
import { buildView, deadlineFacts, REMINDER_DAYS, type LetterView } from './view.ts'

export interface LetterSources {
  directory: DirectoryLookup
  templates: TemplateSet
}

/** The ICO's postal address (uk-law.md §8: check before use; the online form is preferred), under its name in the letter's language. */
export function icoAddress(w: LetterWords): AddressBlock {
  return { name: w.t('letter.icoName'), lines: ['Wycliffe House', 'Water Lane', 'Wilmslow', 'Cheshire', 'SK9 5AF'] }
}

const LETTER_TEMPLATE: Record<'request' | FollowUpKind, string> = {
  request: 'letters/request',
  reminder: 'letters/reminder',
  complaint: 'letters/complaint',
  'ico-complaint': 'letters/ico-complaint',
  'missing-parts': 'letters/missing-parts',
  'ico-check': 'letters/ico-check',
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

function recipientBlock(recipient: ResolvedRecipient, w: LetterWords): AddressBlock {
  const lines = formatPostal(letterPostal(recipient))
  const first = lines[0]?.trim().toLowerCase() ?? ''
  // Address lines from the directory often begin with the team; only add our heading where they do not.
  const heading = /data protection|information|disclosure|subject access|rights|governance|records/.test(first) ? [] : [w.t('letter.dpoHeading')]
  return { name: recipient.name, lines: [...heading, ...lines, ...(lines.length === 0 && letterEmail(recipient) ? [letterEmail(recipient)!] : [])] }
}

/** Both salutations are to no one by name, so the closing is the one that goes with them. */
function signOff(request: Request, w: LetterWords) {
  const closing = w.t('letter.closing')
  const s = request.sender
  const name = request.subject.fullName.trim()
  if (s.kind === 'self') return { closing, name }
  if (s.kind === 'parent') return { closing, name: s.fullName.trim(), capacity: capitalise(w.t('letter.capacity.parent', { relationship: s.relationship.trim(), name })) }
  return { closing, name: s.fullName.trim(), capacity: w.t('letter.capacity.representative', { role: s.role.trim(), organisation: s.organisation.trim(), name }) }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * The one date this letter asks for an answer by, for the cover sheet, the letters page and the
 * calendar: the legal deadline for a first letter, the date a reminder or a request for missing parts
 * gives, or the 30 days a body has to acknowledge a complaint. None for a letter to the ICO.
 */
export function replyByFor(request: Request, recipient: ResolvedRecipient, w?: LetterWords): RecipientPack['replyBy'] {
  const kind = request.followUp?.kind
  if (goesToIco(kind)) return undefined
  if (kind === 'reminder' || kind === 'missing-parts') return { date: addDays(request.dated, REMINDER_DAYS), what: 'reply' }
  const facts = deadlineFacts(request, recipient, w)
  if (kind === 'complaint') return { date: complaintAcknowledgementDue(facts.received), what: 'acknowledge' }
  return { date: facts.deadline, what: 'reply', assumption: facts.assumption }
}

/** What stops these letters being made: today, only a follow-up sent before its time. */
export function letterProblems(request: Request, sources: LetterSources): FieldError[] {
  return followUpProblems(request, request.recipients.map((entry) => resolveRecipient(entry, sources.directory)))
}

function letter(request: Request, recipient: ResolvedRecipient, view: LetterView, templates: TemplateSet, w: LetterWords): LetterModel {
  const kind = request.followUp?.kind ?? 'request'
  const toIco = kind !== 'request' && goesToIco(kind)
  const rendered = renderTemplate(LETTER_TEMPLATE[kind], view, templates)
  const reference = request.sender.kind === 'representative' ? request.sender.reference?.trim() : undefined
  return {
    kind: kind as DocumentKind,
    title: rendered.front.title ?? w.t('letter.title'),
    sender: senderBlock(request),
    recipient: toIco ? icoAddress(w) : recipientBlock(recipient, w),
    date: w.date(request.dated),
    subject: rendered.front.subject,
    reference: reference || undefined,
    salutation: w.t(toIco ? 'letter.salutation.ico' : 'letter.salutation.dpo'),
    blocks: rendered.blocks,
    signOff: signOff(request, w),
    enclosures: kind === 'request' ? requestEnclosures(request, view, 'letter', w) : followUpEnclosures(request, view, 'letter', w),
    labels: documentLabels(w),
  }
}

/** The few words the PDF prints around a document's own text. */
export function documentLabels(w: LetterWords): LetterModel['labels'] {
  return { enclosures: w.t('letter.enclosures'), ourReference: w.t('letter.ourReference'), pageOf: w.t('letter.pageOf') }
}

function form(kind: DocumentKind, templateName: string, view: object, templates: TemplateSet, w: LetterWords): LetterModel {
  const rendered = renderTemplate(templateName, view, templates)
  return { kind, title: rendered.front.title ?? '', banner: rendered.front.banner, blocks: rendered.blocks, labels: documentLabels(w) }
}

/** The language a recipient's letter is written in: its own where the file says, else English. */
export function letterLanguage(entry: RecipientEntry): LetterLanguage {
  return (typeof entry === 'string' ? undefined : entry.language) ?? DEFAULT_LETTER_LANGUAGE
}

/**
 * Everything for one recipient, in print order, in `language`: its templates (templates/<language>/,
 * falling back to English file by file) and its words.
 */
export function buildPack(request: Request, recipient: ResolvedRecipient, index: number, allTemplates: TemplateSet, language: LetterLanguage = DEFAULT_LETTER_LANGUAGE): RecipientPack {
  const templates = templatesFor(allTemplates, language)
  const w = wordsFor(allTemplates, language)
  const view = buildView(request, recipient, w)
  const main = letter(request, recipient, view, templates, w)
  const followUp = request.followUp?.kind
  const cover = coverFacts(request, recipient, view, w)
  const coverSheet = form('cover-sheet', followUp ? 'forms/follow-up-cover-sheet' : 'forms/cover-sheet', { ...view, ...cover }, templates, w)
  const documents: LetterModel[] = [coverSheet, main]
  const needsAuthority = request.sender.kind === 'representative' && (followUp === undefined || goesToIco(followUp))
  if (needsAuthority) documents.push(form('authority-form', 'forms/authority-form', view, templates, w))
  const childSigns = followUp === undefined && view.parent && view.childAgrees && ageOn(request.subject.dateOfBirth, request.dated) >= 12
  if (childSigns) documents.push(form('authority-form', 'forms/child-agreement', view, templates, w))
  const prefix = followUp ?? 'letter'
  return {
    recipientId: recipient.id,
    recipientName: recipient.name,
    language,
    fileName: `${prefix}-${String(index + 1).padStart(2, '0')}-${slug(recipient.name)}.pdf`,
    documents,
    toEnclose: cover.enclosures.slice(1),
    dated: request.dated,
    replyBy: replyByFor(request, recipient, w),
    icoMayRefuse: followUp === 'ico-complaint' && followUpFacts(request, recipient)?.icoMayRefuse === true,
  }
}

export function buildPacks(request: Request, sources: LetterSources): RecipientPack[] {
  return request.recipients.map((entry, i) => buildPack(request, resolveRecipient(entry, sources.directory), i, sources.templates, letterLanguage(entry)))
}
