/** A validated request → one pack of documents per recipient (cover sheet, letter, forms to sign). */
import { ageOn, formatLongDate } from '../dates/iso.ts'
import type { Request } from '../request/schema.ts'
import { coverFacts } from './cover.ts'
import type { AddressBlock, DocumentKind, LetterModel, RecipientPack } from './model.ts'
import { addressLines } from './phrases.ts'
import { formatPostal, resolveRecipient, slug, type DirectoryLookup, type ResolvedRecipient } from './recipients.ts'
import { renderTemplate, type TemplateSet } from './template.ts'
import { buildView, type LetterView } from './view.ts'

export interface LetterSources {
  directory: DirectoryLookup
  templates: TemplateSet
}

/** The ICO's postal address (uk-law.md §8: check before use; the online form is preferred). */
export const ICO_ADDRESS: AddressBlock = {
  name: "Information Commissioner's Office",
  lines: ['Wycliffe House', 'Water Lane', 'Wilmslow', 'Cheshire', 'SK9 5AF'],
}

const LETTER_TEMPLATE: Record<'request' | 'reminder' | 'complaint' | 'ico-complaint', string> = {
  request: 'letters/request',
  reminder: 'letters/reminder',
  complaint: 'letters/complaint',
  'ico-complaint': 'letters/ico-complaint',
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
  const lines = formatPostal(recipient.postal)
  const first = lines[0]?.trim().toLowerCase() ?? ''
  // Address lines from the directory often begin with the team; only add our heading where they do not.
  const heading = /data protection|information|disclosure|subject access|rights|governance|records/.test(first) ? [] : ['Data Protection Officer']
  return { name: recipient.name, lines: [...heading, ...lines, ...(lines.length === 0 && recipient.email ? [recipient.email] : [])] }
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
 * What goes in the envelope with a first letter, in the letter's words ("my") or, for the
 * person's cover sheet, in theirs ("your").
 */
export function requestEnclosures(request: Request, view: LetterView, voice: 'letter' | 'cover'): string[] {
  const s = request.sender
  const name = view.subjectName
  const my = voice === 'letter' ? 'my' : 'your'
  const me = voice === 'letter' ? 'me' : 'you'
  const I = voice === 'letter' ? 'I' : 'you'
  if (s.kind === 'self') return [`A copy of proof of ${my} identity`, `A copy of proof of ${my} address`]
  if (s.kind === 'parent') {
    return [
      `A copy of proof of ${my} identity`,
      `A copy of proof of ${name}'s identity`,
      `A copy of proof that ${I} have parental responsibility${voice === 'cover' ? ', such as their birth certificate naming you, or a court order' : ''}`,
      ...(view.childAgrees && view.childTwelveOrOver ? [`${name}'s signed agreement${voice === 'cover' ? ' (the last page)' : ''}`] : []),
    ]
  }
  return [
    `A form signed by ${name} giving ${me} permission to act for them${voice === 'cover' ? ' (the last pages: ask them to sign it)' : ''}`,
    `A copy of ${name}'s proof of identity`,
  ]
}

function followUpEnclosures(request: Request, view: LetterView, recipientName: string): string[] {
  const first = `A copy of my letter of ${view.originalSentOn} to ${recipientName}`
  const kind = request.followUp?.kind
  if (kind === 'reminder') return [first]
  if (kind === 'complaint') return [first, 'Copies of any replies']
  return [
    first,
    'Proof of the date I sent it',
    `Copies of any replies from ${recipientName}`,
    `A copy of my complaint to ${recipientName}, and any reply`,
    ...(request.sender.kind === 'representative' ? [`A form signed by ${view.subjectName} giving me permission to act for them`] : []),
  ]
}

function letter(request: Request, recipient: ResolvedRecipient, view: LetterView, templates: TemplateSet): LetterModel {
  const kind = request.followUp?.kind ?? 'request'
  const toIco = kind === 'ico-complaint'
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
    enclosures: kind === 'request' ? requestEnclosures(request, view, 'letter') : followUpEnclosures(request, view, recipient.name),
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
  const cover = coverFacts(request, recipient, main, view)
  const coverSheet = form('cover-sheet', followUp ? 'forms/follow-up-cover-sheet' : 'forms/cover-sheet', { ...view, ...cover }, templates)
  const documents: LetterModel[] = [coverSheet, main]
  const needsAuthority = request.sender.kind === 'representative' && (followUp === undefined || followUp === 'ico-complaint')
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
  }
}

export function buildPacks(request: Request, sources: LetterSources): RecipientPack[] {
  return request.recipients.map((entry, i) => buildPack(request, resolveRecipient(entry, sources.directory), i, sources.templates))
}
