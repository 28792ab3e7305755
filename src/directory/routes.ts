/**
 * How to send a letter to a body, best way first, and what proof of identity it is known to ask for.
 * Pure functions of one record, used by the pages and the cover sheet alike.
 *
 * Identity advice comes from uk-law.md §3 ("Identity — police practice", "Identity — councils",
 * "Home Office practice") and §11.3, and from a body's own notes in the directory where they say
 * what it asks for. It is always a complete sentence or two ending in a full stop.
 */
import type { Recipient } from './types.ts'
import { inSentence } from './names.ts'

export type RouteKind = 'web-form' | 'email' | 'post'

export interface Route {
  kind: RouteKind
  /** A URL, an email address, or the postal address on one line. */
  value: string
  label: string
}

/** Web form first where there is one (many forces and ACRO prefer it), then email, then post. */
export function bestRoutes(r: Recipient): Route[] {
  const routes: Route[] = []
  if (r.webForm) routes.push({ kind: 'web-form', value: r.webForm, label: 'Online form' })
  if (r.email) routes.push({ kind: 'email', value: r.email, label: 'Email' })
  if (r.postal && r.postal.lines.length > 0) {
    routes.push({ kind: 'post', value: [...r.postal.lines, ...(r.postal.postcode ? [r.postal.postcode] : [])].join(', '), label: 'Post' })
  }
  // A data protection officer's email is a lawful way in, but only worth offering when there is nothing better.
  if (routes.length === 0 && r.dpoEmail) routes.push({ kind: 'email', value: r.dpoEmail, label: 'Email (data protection officer)' })
  return routes
}

const DEFAULT_ADVICE =
  'They may ask for proof of who you are, such as a copy of your passport or driving licence and a recent letter or bill with your address. They can only ask for what they need to be sure it is you.'

const POLICE_ADVICE =
  'Police forces usually ask for copies of documents that together show your full name, date of birth and current address, such as a passport or driving licence and a recent bill.'

const COUNCIL_ADVICE =
  'Councils usually ask for one photo ID, such as a passport or driving licence, and one document that shows your address, such as a recent bill or bank statement.'

const HOME_OFFICE_ADVICE =
  'The Home Office has asked some people for a certified copy of photo ID. The law says it may only ask for what it needs to be sure who you are.'

/** What particular bodies say they ask for (uk-law.md §3 and §11.3, or the body's own notes). */
const BODY_ADVICE: Record<string, string> = {
  'police:metropolitan': 'The Metropolitan Police asks for copies, scans or photos of official documents that together show your full name, date of birth and current address.',
  'police:police-scotland': 'Police Scotland asks for copies of two official documents which between them show your date of birth and current address.',
  'prevent:police-scotland-pmap': 'Police Scotland asks for copies of two official documents which between them show your date of birth and current address.',
  'police:acro':
    'ACRO asks for one photo ID: a driving licence, passport or national identity card (if you have none of these, documents that show your full name and date of birth). It also asks for a list of your addresses over the last 10 years.',
  'council:birmingham': 'Birmingham City Council asks for its request form with proof of identity and proof of your address.',
  'council:city-of-bristol': 'Bristol City Council asks for certified proof of identity.',
  'council:county-durham': 'Durham County Council asks for proof of identity and proof of your address.',
  'council:sheffield': 'Sheffield City Council asks for copies of two forms of ID.',
  'council:thurrock': 'Thurrock Council asks for photo ID.',
}

/** Plain-English sentences on the proof of identity this body is known to ask for. */
export function identityAdvice(r: Recipient): string {
  const target = r.sameAs ?? r.id
  const known = BODY_ADVICE[target]
  if (known) return known
  switch (r.lawKind) {
    case 'police':
      return POLICE_ADVICE
    case 'council':
      return COUNCIL_ADVICE
    case 'home-office':
      return HOME_OFFICE_ADVICE
    default:
      return DEFAULT_ADVICE
  }
}

/** Official sites we are happy to send people to look at; mirrors and third-party copies are not. */
/** The address when it is on an official government or police site; never a copy on another site. */
export function officialPage(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const { protocol, hostname } = new URL(url)
    if (protocol !== 'https:') return undefined
    return /(^|\.)(gov\.uk|police\.uk|gov\.scot|gov\.wales|llyw\.cymru)$/.test(hostname) ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * What to do when we have no checked way to send to this body. Empty when there is a route.
 * Plain words, for the cover sheet and the organisation page.
 */
export function noRouteAdvice(r: Recipient): string {
  if (bestRoutes(r).length > 0) return ''
  const name = inSentence(r.officialName || r.name)
  const parts = [`We have no checked address for ${name}.`]
  const page = officialPage(r.source.url)
  if (page) parts.push(`Their page about personal information was at ${page}: look there first.`)
  parts.push(`Search their website for 'subject access request', 'data protection' or 'privacy' to find where to send your letter, or phone them and ask.`)
  if (r.id === 'prevent:counter-terrorism-policing') {
    parts.push('The Metropolitan Police controls the national Prevent database that Counter Terrorism Policing runs, so you can also send your letter to the Metropolitan Police.')
  }
  parts.push('Your letter counts whichever way you send it: email, post or their own online form.')
  return parts.join(' ')
}
