/** What the person's own cover sheet says: where to send the letter, what to enclose, by when they must reply. */
import { formatLongDate } from '../dates/iso.ts'
import { complaintAcknowledgementDue } from '../deadlines/deadline.ts'
import { inSentence } from '../directory/names.ts'
import { sourceNotes } from '../directory/provenance.ts'
import { bestRoutes, identityAdvice, noRouteAdvice, type Route } from '../directory/routes.ts'
import { plain, say } from '../directory/words.ts'
import type { Request } from '../request/schema.ts'
import { followUpEnclosures, requestEnclosures } from './enclosures.ts'
import { SENT_BY_WORDS } from './phrases.ts'
import { asRecipient, routeForMethod, type ResolvedRecipient } from './recipients.ts'
import { deadlineFacts, sendingFor, type LetterView } from './view.ts'

const FOLLOW_UP_NAMES = {
  reminder: 'reminder',
  complaint: 'complaint',
  'ico-complaint': 'complaint to the ICO',
  'missing-parts': 'letter asking for the missing parts',
  'ico-check': 'request to the ICO to check what the police held back',
} as const

/**
 * Where the details on the cover sheet came from, each named by the site's owner ("We found the email
 * address on Kent County Council's website on 1 December 2026"); a detail from another site is said to
 * be so, to be checked on the body's own site.
 */
function provenance(r: ResolvedRecipient, routes: readonly Route[]): string {
  const parts: string[] = []
  if (r.typedByPerson) parts.push(say('source.typed'))
  if (r.record) {
    const notes = sourceNotes(r.record, routes)
    if (notes.length > 0) {
      if (r.typedByPerson) parts.push(say('source.typedOthers'))
      parts.push(...notes.map((n) => plain(n.sentence)), say('source.change', { name: inSentence(r.name) }))
    }
  }
  return parts.join(' ')
}

export function coverFacts(request: Request, recipient: ResolvedRecipient, view: LetterView) {
  const body = asRecipient(recipient)
  const allRoutes = bestRoutes(body)
  const method = sendingFor(request, recipient)?.by
  // A cover sheet speaks of the route this letter takes only; every route where that is unknown or unmatched.
  const chosen = method ? routeForMethod(recipient, method) : undefined
  const routes = chosen ? [chosen] : allRoutes
  const facts = deadlineFacts(request, recipient)
  const followUp = request.followUp?.kind
  const pages = followUp === 'ico-complaint' ? 'Your complaint (the pages after this one)' : 'Your letter (the pages after this one)'
  const nextSteps =
    followUp === 'reminder'
      ? `If nothing arrives by ${view.reminderDue}, make a complaint to ${recipient.name} with this app, then to the Information Commissioner's Office.`
      : followUp === 'missing-parts'
        ? `If the missing parts do not arrive by ${view.reminderDue}, make a complaint to ${recipient.name} with this app, then to the Information Commissioner's Office.`
      : followUp === 'ico-check'
        ? `The ICO will look at what ${inSentence(recipient.name)} held back and write to you. It may take several months. If you are not happy with the result, you can ask a court to order ${inSentence(recipient.name)} to comply: get legal advice first. Citizens Advice, law centres and some charities can help for free.`
      : followUp === 'complaint'
        ? `${recipient.name} must acknowledge your complaint within 30 days, by ${formatLongDate(complaintAcknowledgementDue(facts.received))}, and then tell you the outcome without undue delay. If you are not happy with the answer, or get none, complain to the Information Commissioner's Office within three months of your last contact with ${recipient.name}.`
        : `The ICO will write to you. It may take several months. It cannot award compensation: for that, get legal advice. Citizens Advice, law centres and some charities can help for free.`
  return {
    hasRoutes: routes.length > 0,
    routes,
    routesIntro: chosen
      ? (chosen.kind === 'web-form' ? 'Use their online form. You can upload or paste this letter into it:' : `Send it ${SENT_BY_WORDS[method!].replace('your', 'their')} to:`)
      : routes.some((r) => r.kind === 'web-form')
        ? 'Use any one of these. An online form is often the quickest: you can upload or paste this letter into it.'
        : 'Use any one of these:',
    /** The person's method has no known way in at this body: say so rather than pretend. */
    methodWithoutRoute: method !== undefined && method !== 'hand' && !chosen && allRoutes.length > 0
      ? `You said you would send it ${SENT_BY_WORDS[method].replace('your', 'their')}, but we do not know ${method === 'email' ? 'an email address' : method === 'post' ? 'a postal address' : 'an online form'} for ${inSentence(recipient.name)}. Use one of these instead, or find it on their own website.`
      : '',
    provenance: provenance(recipient, routes),
    noRouteAdvice: noRouteAdvice(body),
    enclosures: [pages, ...(followUp ? followUpEnclosures(request, view, 'cover') : requestEnclosures(request, view, 'cover'))],
    coverReceiptSentence: facts.coverReceiptSentence,
    identityAdvice: identityAdvice(body),
    assumption: facts.assumption ?? '',
    followUpName: followUp ? FOLLOW_UP_NAMES[followUp] : '',
    toIco: followUp === 'ico-complaint',
    icoCheck: followUp === 'ico-check',
    nextSteps,
    /** A warning, never a block: the ICO may not take a complaint made more than three months after the last contact. */
    icoLateWarning: followUp === 'ico-complaint' && view.icoMayRefuse === true
      ? `Your last contact with ${recipient.name} that we know of was on ${view.lastContact}, more than three months ago. The ICO usually asks for complaints within three months of your last contact, so it may not take this one. Send it anyway, and say why it took longer, or contact ${recipient.name} again first.`
      : '',
    /** ACRO's own rule for someone acting for another person (uk-law.md §7). */
    acroRepresentative: view.acro && view.representative,
  }
}
