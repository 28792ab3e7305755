/**
 * The kinds of organisation a letter can go to, each declared once: which law it answers under, where
 * the directory lists it, whether a person may type one in, and the everyday words that mean it in a
 * search box. Everything else about kinds is derived from this table, so a new kind is one new entry
 * here, its name in the interface words (`addRecipient.kind.<kind>`, both languages) and, where its
 * law differs, its letters' words in templates/.
 */
export const RECIPIENT_KINDS = {
  police: {
    /** The law a body of this kind answers under (law/law.ts: police are Part 3 competent authorities). */
    law: 'police',
    /** The directory lists bodies of this kind (ids "police:…"). */
    listed: true,
    /**
     * Words in a search that mean this kind: for a listed kind they put its bodies first ("cardiff
     * police") and make "my local police" the person's own force; for an unlisted one they open
     * "add it yourself" with the kind chosen ("my school"). Lower case, English and Welsh (with its
     * mutated forms).
     */
    searchWords: ['police', 'constabulary', 'heddlu', 'force', 'cops'],
  },
  council: { law: 'council', listed: true, searchWords: ['council', 'councils', 'cyngor', 'gyngor', 'nghyngor', 'borough', 'district'] },
  // A Prevent team typed in by hand is most often a council's or a school's: UK GDPR only. The Home
  // Office itself is in the directory, with the Home Office's law on its record.
  prevent: { law: 'other', listed: true, searchWords: [] },
  school: {
    law: 'school',
    listed: false,
    searchWords: ['school', 'schools', 'college', 'colleges', 'academy', 'university', 'uni', 'sixth', 'pru', 'ysgol', 'coleg', 'prifysgol'],
  },
  nhs: {
    law: 'nhs',
    listed: false,
    searchWords: ['nhs', 'hospital', 'gp', 'doctor', 'doctors', 'surgery', 'camhs', 'clinic', 'health', 'gig', 'ysbyty', 'meddyg', 'hscni'],
  },
  other: { law: 'other', listed: false, searchWords: [] },
} as const satisfies Record<string, { law: string; listed: boolean; searchWords: readonly string[] }>

/** A kind of organisation a person may choose for one typed in by hand: every kind, directory kinds first. */
export type RecipientKind = keyof typeof RECIPIENT_KINDS
export const RECIPIENT_KIND_IDS = Object.keys(RECIPIENT_KINDS) as [RecipientKind, ...RecipientKind[]]

/** Kinds the directory lists. */
export type ListedKind = { [K in RecipientKind]: (typeof RECIPIENT_KINDS)[K]['listed'] extends true ? K : never }[RecipientKind]

/** Kinds the directory does not list but a search can recognise ("my school", "NHS"). */
export type UnlistedKind = { [K in RecipientKind]: (typeof RECIPIENT_KINDS)[K] extends { listed: false; searchWords: readonly [string, ...string[]] } ? K : never }[RecipientKind]

/** The search words of one kind, as a set. */
export function searchWordsOf(kind: RecipientKind): ReadonlySet<string> {
  return new Set<string>(RECIPIENT_KINDS[kind].searchWords)
}

/**
 * Which law a body answers under. Each kind's own, plus the Home Office's: a directory record can
 * carry it (the Home Office answers under both regimes), though no one types it in as a kind.
 */
export type LawKind = (typeof RECIPIENT_KINDS)[RecipientKind]['law'] | 'home-office'

/** The law for a body typed in by hand of this kind. */
export function lawOfKind(kind: RecipientKind): LawKind {
  return RECIPIENT_KINDS[kind].law
}
