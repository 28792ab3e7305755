/** Which body of law a recipient answers under (see uk-law.md §1.2). */
import type { LawKind, ListedKind } from '../request/kinds.ts'

export type { LawKind }

export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland' | 'uk'

export interface PostalAddress {
  lines: string[]
  postcode?: string
}

/** The contact details a record can hold: request routes first, then the fallbacks. */
export type ContactField = 'webForm' | 'email' | 'postal' | 'dpoEmail' | 'generalPostal'

/**
 * Whose site a page is on. `own`: the body's own website. `official`: a public-sector site (gov.uk,
 * police.uk and the like) that we cannot tie to this body. `other`: anyone else's site, such as a
 * campaign group, a volunteer database or a copy of the page: never to be shown as official.
 */
export type SiteKind = 'own' | 'official' | 'other'

/** Where one detail was seen. */
export interface DetailSource {
  url: string
  /** The date our data pass read the page (YYYY-MM-DD). */
  checked: string
  site: SiteKind
  /** Who runs the site, when it is another body in the directory ("Gloucestershire Constabulary"). */
  owner?: string
  licence?: string
}

/** One organisation in the directory. Ids are "<kind>:<slug>". */
export interface Recipient {
  id: string
  kind: ListedKind
  /** Short name people search for, e.g. "Manchester". */
  name: string
  /** Formal name for the letter, e.g. "Manchester City Council". */
  officialName: string
  nation: Nation
  lawKind: LawKind
  /** Council type or police kind from the source data, e.g. "metropolitan district", "territorial". */
  subtype?: string
  /** Other names people use: "GMP", "the Met". */
  aliases: string[]
  /** Request routes: the body's own page gives them as the way to make a request. */
  email?: string
  postal?: PostalAddress
  webForm?: string
  /**
   * Fallbacks: a request is valid when it reaches any part of the body (uk-law.md §3), so the Data
   * Protection Officer's email and the body's own head-office (or data protection) postal address
   * can be used, and are labelled as what they are.
   */
  dpoEmail?: string
  generalPostal?: PostalAddress
  /** The body's own website (its home page), for "search their site" advice. */
  website?: string
  /** Where each contact detail above was seen: one entry for every detail the record has. */
  sources?: Partial<Record<ContactField, DetailSource>>
  /** The record's main page (where its notes start) and when the data was compiled. */
  source: { url?: string; checked: string; licence?: string }
  /** What the source says about this body, in the data's own words. */
  notes?: string
  /** For councils: the police force covering the area. */
  policeId?: string
  /** For districts in two-tier areas: the county council. */
  countyId?: string
  /** For councils: the GSS code (from mySociety), e.g. "E08000003". */
  gssCode?: string
  /** For councils: where the police force match came from (ONS lookup, derived, or national force). */
  policeIdNote?: string
  /**
   * The same organisation as another record (e.g. ACRO is listed under both police and Prevent).
   * Kept so nothing in the data is lost; the directory sends anyone who asks for this id to that record.
   */
  sameAs?: string
  /**
   * Not one organisation you can write to, but a pointer to others (its notes say which), e.g.
   * "local authority Channel panels" points to each council. Searchable for its note, never a letter recipient.
   */
  pointer?: true
}

/** The kinds of formal action the ICO takes against a body over late replies. */
export type IcoActionKind = 'enforcement notice' | 'reprimand'

/**
 * One action the Information Commissioner's Office took against a body over late subject access
 * replies (../shared/data/ico-actions.csv), to set a person's expectations honestly.
 */
export interface IcoAction {
  bodyId: string
  action: IcoActionKind
  /** YYYY-MM-DD or YYYY-MM; absent where the source did not show it. */
  date?: string
  /** What happened, in our own words. */
  summary: string
  source: {
    url: string
    site: SiteKind
    /** Where the stored copy was read, and how sure we are ("ICO news item", "third-party report ..."). */
    seenAt: string
  }
}
