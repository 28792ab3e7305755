/** What goes in the envelope: papers that exist, in the letter's words or the person's. */
import type { Request } from '../request/schema.ts'
import type { LetterView } from './view.ts'

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
    // ACRO asks for proof of identity of both people (uk-law.md §7).
    ...(view.acro ? [`A copy of ${my} own proof of identity`] : []),
  ]
}

/** Only papers that exist: the first letter, and any reply or complaint the person told us about. */
export function followUpEnclosures(request: Request, view: LetterView, voice: 'letter' | 'cover'): string[] {
  const kind = request.followUp?.kind
  const my = voice === 'letter' ? 'my' : 'your'
  const me = voice === 'letter' ? 'me' : 'you'
  const body = view.recipientName
  const papers = [`A copy of ${my} letter of ${view.originalSentOn} to ${body}`]
  if (kind === 'reminder') return papers
  if (view.replyOn) papers.push(`A copy of the reply from ${body} of ${view.replyOn}`)
  if (kind === 'ico-complaint' || kind === 'ico-check') {
    if (view.complaintOn) papers.push(`A copy of ${my} complaint to ${body} of ${view.complaintOn}`)
    if (view.complaintAnsweredOn) papers.push(`A copy of their answer to ${my} complaint, of ${view.complaintAnsweredOn}`)
    if (request.sender.kind === 'representative') papers.push(`A form signed by ${view.subjectName} giving ${me} permission to act for them`)
    if (request.sender.kind === 'parent') papers.push(`A copy of proof that ${voice === 'letter' ? 'I have' : 'you have'} parental responsibility for ${view.subjectName}`)
  }
  return papers
}

