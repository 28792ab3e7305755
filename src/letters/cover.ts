/** What the person's own cover sheet says: where to send the letter, what to enclose, by when they must reply. */
import { inSentence } from '../directory/names.ts'
import { sourceNotes } from '../directory/provenance.ts'
import { bestRoutes, identityAdvice, noRouteAdvice } from '../directory/routes.ts'
import { plain, say } from '../directory/words.ts'
import type { Recipient } from '../directory/types.ts'
import type { Request } from '../request/schema.ts'
import { requestEnclosures } from './build.ts'
import type { LetterModel } from './model.ts'
import type { ResolvedRecipient } from './recipients.ts'
import { deadlineFacts, type LetterView } from './view.ts'
import { formatLongDate } from '../dates/iso.ts'

/** The directory's view of a body, with anything the person typed in place of its details. */
export function asRecipient(r: ResolvedRecipient): Recipient {
  const base: Recipient = r.record ?? {
    id: r.id,
    kind: r.lawKind === 'police' ? 'police' : r.lawKind === 'home-office' ? 'prevent' : 'council',
    name: r.name,
    officialName: r.name,
    nation: r.nation,
    lawKind: r.lawKind,
    aliases: [],
    source: { checked: '' },
  }
  return { ...base, officialName: r.name, postal: r.postal, email: r.email, webForm: r.webForm }
}

const FOLLOW_UP_NAMES = { reminder: 'reminder', complaint: 'complaint', 'ico-complaint': 'complaint to the ICO' } as const

/**
 * Where the details on the cover sheet came from, each named by the site's owner ("We found the email
 * address on Kent County Council's website on 1 December 2026"); a detail from another site is said to
 * be so, to be checked on the body's own site.
 */
function provenance(r: ResolvedRecipient): string {
  const parts: string[] = []
  if (r.typedByPerson) parts.push(say('source.typed'))
  if (r.record) {
    const notes = sourceNotes(r.record, bestRoutes(asRecipient(r)))
    if (notes.length > 0) {
      if (r.typedByPerson) parts.push(say('source.typedOthers'))
      parts.push(...notes.map((n) => plain(n.sentence)), say('source.change', { name: inSentence(r.name) }))
    }
  }
  return parts.join(' ')
}

export function coverFacts(request: Request, recipient: ResolvedRecipient, letter: LetterModel, view: LetterView) {
  const body = asRecipient(recipient)
  const routes = bestRoutes(body)
  const facts = deadlineFacts(request, recipient)
  const followUp = request.followUp?.kind
  const pages = followUp === 'ico-complaint' ? 'Your complaint (the pages after this one)' : 'Your letter (the pages after this one)'
  const nextSteps =
    followUp === 'reminder'
      ? `If nothing arrives by ${formatLongDate(facts.deadline)}, make a complaint to ${recipient.name} with this app, then to the Information Commissioner's Office.`
      : followUp === 'complaint'
        ? `${recipient.name} must acknowledge your complaint within 30 days and then tell you the outcome without undue delay. If you are not happy with the answer, or get none, complain to the Information Commissioner's Office within three months of your last contact with ${recipient.name}.`
        : `The ICO will write to you. It may take several months. It cannot award compensation: for that, get legal advice. Citizens Advice, law centres and some charities can help for free.`
  return {
    hasRoutes: routes.length > 0,
    routes,
    routesIntro: routes.some((r) => r.kind === 'web-form')
      ? 'Use any one of these. An online form is often the quickest: you can upload or paste this letter into it.'
      : 'Use any one of these:',
    provenance: provenance(recipient),
    noRouteAdvice: noRouteAdvice(body),
    enclosures: [pages, ...(followUp ? (letter.enclosures ?? []) : requestEnclosures(request, view, 'cover'))],
    coverReceiptSentence: facts.coverReceiptSentence,
    identityAdvice: identityAdvice(body),
    assumption: facts.assumption ?? '',
    followUpName: followUp ? FOLLOW_UP_NAMES[followUp] : '',
    toIco: followUp === 'ico-complaint',
    nextSteps,
  }
}
