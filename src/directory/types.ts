/** Which body of law a recipient answers under (see uk-law.md §1.2). */
export type LawKind = 'police' | 'council' | 'home-office' | 'school' | 'nhs' | 'other'

export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland' | 'uk'

export interface PostalAddress {
  lines: string[]
  postcode?: string
}

/** One organisation in the directory. Ids are "<kind>:<slug>". */
export interface Recipient {
  id: string
  kind: 'police' | 'council' | 'prevent'
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
  email?: string
  postal?: PostalAddress
  webForm?: string
  dpoEmail?: string
  /** Where the details came from and when they were checked. */
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
