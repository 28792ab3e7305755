/** What the person's own cover sheet says: where to send the letter, what to enclose, by when they must reply. */
import { complaintAcknowledgementDue } from '../deadlines/deadline.ts'
import { sourceNotes } from '../directory/provenance.ts'
import { bestRoutes, identityAdvice, noRouteAdvice, type Route } from '../directory/routes.ts'
import { plain, say } from '../directory/words.ts'
import type { LetterWordKey, LetterWords } from '../i18n/letter-words.ts'
import type { Request } from '../request/schema.ts'
import { followUpEnclosures, requestEnclosures } from './enclosures.ts'
import { sentByWords } from './phrases.ts'
import { asRecipient, routeForMethod, type ResolvedRecipient } from './recipients.ts'
import { deadlineFacts, nameInSentence, sendingFor, type LetterView } from './view.ts'

/**
 * Where the details on the cover sheet came from, each named by the site's owner ("We found the email
 * address on Kent County Council's website on 1 December 2026"); a detail from another site is said to
 * be so, to be checked on the body's own site.
 */
function provenance(r: ResolvedRecipient, routes: readonly Route[], w: LetterWords): string {
  const locale = w.language
  const parts: string[] = []
  if (r.typedByPerson) parts.push(say('source.typed', {}, locale))
  if (r.record) {
    const notes = sourceNotes(r.record, routes, locale, w.date)
    if (notes.length > 0) {
      if (r.typedByPerson) parts.push(say('source.typedOthers', {}, locale))
      parts.push(...notes.map((n) => plain(n.sentence)), say('source.change', { name: nameInSentence(r.name, w) }, locale))
    }
  }
  return parts.join(' ')
}

export function coverFacts(request: Request, recipient: ResolvedRecipient, view: LetterView, w: LetterWords) {
  const locale = w.language
  const body = asRecipient(recipient)
  const allRoutes = bestRoutes(body, locale)
  const method = sendingFor(request, recipient)?.by
  // A cover sheet speaks of the route this letter takes only; every route where that is unknown or unmatched.
  const chosen = method ? routeForMethod(recipient, method, locale) : undefined
  const routes = chosen ? [chosen] : allRoutes
  const facts = deadlineFacts(request, recipient, w)
  const followUp = request.followUp?.kind
  const pages = w.t(followUp === 'ico-complaint' ? 'cover.pages.complaint' : 'cover.pages.letter')
  const name = recipient.name
  const nextSteps = w.t(`cover.next.${followUp ?? 'ico-complaint'}` as LetterWordKey, {
    due: view.reminderDue ?? '',
    name,
    body: nameInSentence(name, w),
    acknowledgeBy: w.date(complaintAcknowledgementDue(facts.received)),
  })
  return {
    hasRoutes: routes.length > 0,
    routes,
    routesIntro: chosen
      ? (chosen.kind === 'web-form' ? w.t('cover.routes.webForm') : w.t('cover.routes.method', { by: sentByWords(method!, w, 'cover') }))
      : routes.some((r) => r.kind === 'web-form')
        ? w.t('cover.routes.anyWithForm')
        : w.t('cover.routes.any'),
    /** The person's method has no known way in at this body: say so rather than pretend. */
    methodWithoutRoute: method !== undefined && method !== 'hand' && !chosen && allRoutes.length > 0
      ? w.t('cover.noRouteForMethod', { by: sentByWords(method, w, 'cover'), what: w.t(`cover.route.${method}`), body: nameInSentence(name, w) })
      : '',
    provenance: provenance(recipient, routes, w),
    noRouteAdvice: noRouteAdvice(body, locale),
    enclosures: [pages, ...(followUp ? followUpEnclosures(request, view, 'cover', w) : requestEnclosures(request, view, 'cover', w))],
    coverReceiptSentence: facts.coverReceiptSentence,
    identityAdvice: identityAdvice(body, locale),
    assumption: facts.assumption ?? '',
    followUpName: followUp ? w.t(`followUpName.${followUp}`) : '',
    toIco: followUp === 'ico-complaint',
    icoCheck: followUp === 'ico-check',
    nextSteps,
    /** A warning, never a block: the ICO may not take a complaint made more than three months after the last contact. */
    icoLateWarning: followUp === 'ico-complaint' && view.icoMayRefuse === true
      ? w.t('cover.icoLate', { name, lastContact: view.lastContact ?? '' })
      : '',
    /** ACRO's own rule for someone acting for another person (uk-law.md §7). */
    acroRepresentative: view.acro && view.representative,
  }
}
