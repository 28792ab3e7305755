/**
 * How to send a letter to a body, best way first, and what proof of identity it is known to ask for.
 * Pure functions of one record, used by the pages and the cover sheet alike; the words are in
 * src/content/directory.en-GB.json.
 *
 * A request is valid when it reaches any part of the body (uk-law.md §3, "Where to send it"), so
 * after the body's own request routes come the fallbacks (its Data Protection Officer's email, its
 * general postal address), each labelled as what it is. Identity advice comes from uk-law.md §3
 * ("Identity — police practice", "Identity — councils", "Home Office practice") and §11.3, and from a
 * body's own notes where they say what it asks for.
 */
import { hostOf, isPublicSector, sameSite } from './sites.ts'
import type { ContactField, PostalAddress, Recipient } from './types.ts'
import { nameInSentence, plain, say, sayIfAny, type Sentence } from './words.ts'
import { currentLocale } from '../i18n/catalogues.ts'

export type RouteKind = 'web-form' | 'email' | 'post'

/** What a fallback is: the Data Protection Officer, a data protection or information team, or the main office. */
export type FallbackKind = 'dpo' | 'team' | 'office'

export interface Route {
  kind: RouteKind
  /** A URL, an email address, or the postal address on one line. */
  value: string
  label: string
  /** Which of the record's details this is. */
  field: ContactField
  /** Set when this is not the body's own request route but a valid way in. */
  fallback?: FallbackKind
  /** For a fallback: what it is and why it still works, in plain words. */
  note?: string
}

function oneLine(postal: PostalAddress): string {
  return [...postal.lines, ...(postal.postcode ? [postal.postcode] : [])].join(', ')
}

/** Whose desk a general postal address reaches, from its own first lines. */
function postalFallback(postal: PostalAddress): FallbackKind {
  const text = postal.lines.join(' ')
  if (/data protection officer/i.test(text)) return 'dpo'
  if (/data protection|information governance|information management|information rights|information compliance|records management/i.test(text)) return 'team'
  return 'office'
}

const POST_LABEL = { dpo: 'route.dpoPost', team: 'route.teamPost', office: 'route.officePost' } as const

/**
 * Web form first where there is one (many forces and ACRO prefer it), then email, then post: the
 * body's own request routes. Then, for a way of sending it has no request route for, its fallback.
 */
export function bestRoutes(r: Recipient, locale = currentLocale()): Route[] {
  const routes: Route[] = []
  if (r.webForm) routes.push({ kind: 'web-form', value: r.webForm, label: say('route.web-form', {}, locale), field: 'webForm' })
  if (r.email) routes.push({ kind: 'email', value: r.email, label: say('route.email', {}, locale), field: 'email' })
  if (r.postal && r.postal.lines.length > 0) routes.push({ kind: 'post', value: oneLine(r.postal), label: say('route.post', {}, locale), field: 'postal' })
  if (!r.email && r.dpoEmail) {
    routes.push({ kind: 'email', value: r.dpoEmail, label: say('route.dpoEmail', {}, locale), field: 'dpoEmail', fallback: 'dpo', note: say('fallback.dpo', {}, locale) })
  }
  if (!(r.postal && r.postal.lines.length > 0) && r.generalPostal && r.generalPostal.lines.length > 0) {
    const fallback = postalFallback(r.generalPostal)
    routes.push({ kind: 'post', value: oneLine(r.generalPostal), label: say(POST_LABEL[fallback], {}, locale), field: 'generalPostal', fallback, note: say(`fallback.${fallback}`, {}, locale) })
  }
  return routes
}

/**
 * Plain-English sentences on the proof of identity this body is known to ask for. They describe the
 * documents, not whose they are: the list of what to send says that (the person's own, or their
 * child's or client's), so the two never disagree.
 */
export function identityAdvice(r: Recipient, locale = currentLocale()): string {
  return sayIfAny(`identity.body.${r.sameAs ?? r.id}`, locale) ?? sayIfAny(`identity.${r.lawKind}`, locale) ?? say('identity.default', {}, locale)
}

/** The address when it is on an official government or police site; never a copy on another site. */
export function officialPage(url: string | undefined): string | undefined {
  if (!url) return undefined
  return url.startsWith('https:') && isPublicSector(url) ? url : undefined
}

/**
 * What to do when we have no way at all to send to this body, as sentences that may hold a link (the
 * body's own page about personal information, its website). Empty when there is a route.
 */
export function noRouteHelp(r: Recipient, locale = currentLocale()): Sentence[] {
  if (bestRoutes(r, locale).length > 0) return []
  const name = nameInSentence(r.officialName || r.name, locale)
  const sentences: Sentence[] = [{ text: say('noRoute.none', { name }, locale) }]
  const page = r.source.url
  // Only the body's own page, or an official one: a copy on another site is never where we send people.
  if (page && (sameSite(page, r.website) || officialPage(page))) {
    // Only the body's own site is "their page"; another official site (a force's FOI answer about CTP) is named as such.
    const key = sameSite(page, r.website) ? 'noRoute.page' : 'noRoute.officialPage'
    sentences.push({ text: say(key, { page: '{link}' }, locale), link: { url: page, label: page, follow: true } })
  }
  if (r.website) {
    sentences.push({ text: say('noRoute.website', { website: '{link}' }, locale), link: { url: r.website, label: hostOf(r.website) ?? r.website, follow: true } })
  } else {
    sentences.push({ text: say('noRoute.noWebsite', {}, locale) })
  }
  if (r.id === 'prevent:counter-terrorism-policing') sentences.push({ text: say('noRoute.ctp', {}, locale) })
  sentences.push({ text: say('noRoute.anyWay', {}, locale) })
  return sentences
}

/** The same, as one paragraph of plain text for the cover sheet. Empty when there is a route. */
export function noRouteAdvice(r: Recipient, locale = currentLocale()): string {
  return noRouteHelp(r, locale).map(plain).join(' ')
}
