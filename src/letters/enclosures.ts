/** What goes in the envelope: papers that exist, in the letter's words or the person's. */
import type { LetterWordKey, LetterWords } from '../i18n/letter-words.ts'
import type { Request } from '../request/schema.ts'
import type { LetterView } from './view.ts'

type Voice = 'letter' | 'cover'

/** A paper's name said by the letter ("my") or, on the person's cover sheet, to them ("your"). */
function paper(w: LetterWords, voice: Voice, key: string, values: Record<string, string> = {}): string {
  return w.t(`enclose.${voice}.${key}` as LetterWordKey, values)
}

/**
 * What goes in the envelope with a first letter, in the letter's words or, for the person's cover
 * sheet, in theirs.
 */
export function requestEnclosures(request: Request, view: LetterView, voice: Voice, w: LetterWords): string[] {
  const s = request.sender
  const name = view.subjectName
  if (s.kind === 'self') return [paper(w, voice, 'ownId'), paper(w, voice, 'ownAddress')]
  if (s.kind === 'parent') {
    return [
      paper(w, voice, 'ownId'),
      w.t('enclose.childId', { name }),
      paper(w, voice, 'parentalResponsibility'),
      ...(view.childAgrees && view.childTwelveOrOver ? [paper(w, voice, 'childAgreement', { name })] : []),
    ]
  }
  return [
    paper(w, voice, 'authority', { name }),
    w.t('enclose.clientId', { name }),
    // ACRO asks for proof of identity of both people (uk-law.md §7).
    ...(view.acro ? [paper(w, voice, 'ownIdToo')] : []),
  ]
}

/** Only papers that exist: the first letter, and any reply or complaint the person told us about. */
export function followUpEnclosures(request: Request, view: LetterView, voice: Voice, w: LetterWords): string[] {
  const kind = request.followUp?.kind
  const body = view.recipientName
  const papers = [paper(w, voice, 'firstLetter', { date: view.originalSentOn ?? '', body })]
  if (kind === 'reminder') return papers
  if (view.replyOn) papers.push(w.t('enclose.reply', { body, date: view.replyOn }))
  if (kind === 'ico-complaint' || kind === 'ico-check') {
    if (view.complaintOn) papers.push(paper(w, voice, 'complaint', { body, date: view.complaintOn }))
    if (view.complaintAnsweredOn) papers.push(paper(w, voice, 'complaintAnswer', { date: view.complaintAnsweredOn }))
    if (request.sender.kind === 'representative') papers.push(paper(w, voice, 'followUpAuthority', { name: view.subjectName }))
    if (request.sender.kind === 'parent') papers.push(paper(w, voice, 'parentalResponsibilityFor', { name: view.subjectName }))
  }
  return papers
}
