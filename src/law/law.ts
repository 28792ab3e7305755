/**
 * Which law each letter cites, as at November 2026 (after the Data (Use and Access) Act 2025).
 * Source: shared/reference/uk-law.md §1.2, §4, §5, §8 and the checklist in §11. Pure data and lookups.
 */
import type { LawKind } from '../directory/types.ts'
import type { ReplyItem, RequestType } from '../request/constants.ts'

/**
 * part3: police law-enforcement data (DPA 2018 Part 3), with the UK GDPR in the alternative.
 * ukgdpr: councils, schools, NHS and other bodies; never Part 3.
 * ukgdpr-and-part3: the Home Office, a Part 3 "competent authority" (DPA Sch 7 para 1) that mostly
 * processes under the UK GDPR: UK GDPR first, Part 3 in the alternative.
 */
export type Regime = 'part3' | 'ukgdpr' | 'ukgdpr-and-part3'

export function regimeFor(lawKind: LawKind): Regime {
  if (lawKind === 'police') return 'part3'
  if (lawKind === 'home-office') return 'ukgdpr-and-part3'
  return 'ukgdpr'
}

export const DPA = 'the Data Protection Act 2018'
export const GDPR = 'the UK GDPR'

/** The provisions behind one right, under each regime. `undefined`: the regime has no such right. */
interface RightLaw {
  part3?: string
  ukgdpr: string
}

const RIGHTS: Record<RequestType, RightLaw> = {
  access: { part3: 'section 45', ukgdpr: 'Article 15' },
  erasure: { part3: 'section 47(1) and (4)', ukgdpr: 'Article 17' },
  rectification: { part3: 'section 46', ukgdpr: 'Article 16' },
  restriction: { part3: 'section 47(2) to (4)', ukgdpr: 'Article 18' },
  // Part 3 has no right to object: s.43(1) lists the Chapter 3 rights and objection is not among them.
  objection: { ukgdpr: 'Article 21(1)' },
}

export interface Citation {
  /** The law the letter relies on first, in words: "section 45 of the Data Protection Act 2018". */
  primary: string
  /** The law relied on for any data the first does not cover; absent where there is none. */
  alternative?: string
  /** False where this body's main regime has no such right (objection to police). */
  available: boolean
}

const inDpa = (s: string) => `${s} of ${DPA}`
const inGdpr = (a: string) => `${a} of ${GDPR}`

export function citeRight(type: RequestType, regime: Regime): Citation {
  const law = RIGHTS[type]
  if (regime === 'ukgdpr') return { primary: inGdpr(law.ukgdpr), available: true }
  if (regime === 'ukgdpr-and-part3') {
    return { primary: inGdpr(law.ukgdpr), alternative: law.part3 ? inDpa(law.part3) : undefined, available: true }
  }
  if (!law.part3) return { primary: inGdpr(law.ukgdpr), available: false }
  return { primary: inDpa(law.part3), alternative: inGdpr(law.ukgdpr), available: true }
}

/** The time limit: one month from receipt (Art 12(3) and 12A UK GDPR; s.54 DPA 2018 for Part 3). */
export function citeDeadline(regime: Regime): string {
  const gdpr = `Articles 12(3) and 12A of ${GDPR}`
  const part3 = `section 54 of ${DPA}`
  if (regime === 'part3') return `${part3}, or ${gdpr} for any data not held for law enforcement`
  if (regime === 'ukgdpr-and-part3') return `${gdpr}, or ${part3} for any data held for law enforcement`
  return gdpr
}

/**
 * The time limit and the extension rule a follow-up cites for the first letter. Requests received
 * before 5 February 2026 keep the old rules (SI 2026/82 reg 4): never Article 12A or s.54(3A)–(3D).
 * Part 3 had no extension before then (old s.54(2): only by regulations, none seen), so none is cited.
 */
export function deadlineLaws(regime: Regime, oldRules: boolean): { deadline: string; extension: string } {
  if (!oldRules) {
    const extension = {
      part3: `section 54(3A) and (3B) of ${DPA}, or Article 12A(3) and (4) of ${GDPR} for any data not held for law enforcement`,
      ukgdpr: `Article 12A(3) and (4) of ${GDPR}`,
      'ukgdpr-and-part3': `Article 12A(3) and (4) of ${GDPR}, or section 54(3A) and (3B) of ${DPA} for any data held for law enforcement`,
    }[regime]
    return { deadline: citeDeadline(regime), extension }
  }
  const gdpr = `Article 12(3) of ${GDPR}`
  if (regime === 'part3') return { deadline: `section 54 of ${DPA}, or ${gdpr} for any data not held for law enforcement`, extension: `${gdpr} for any data not held for law enforcement` }
  if (regime === 'ukgdpr-and-part3') return { deadline: `${gdpr}, or section 54 of ${DPA} for any data held for law enforcement`, extension: gdpr }
  return { deadline: gdpr, extension: gdpr }
}

/** Only what a reasonable and proportionate search finds (DUAA 2025 s.78). */
export function citeSearch(regime: Regime): string {
  if (regime === 'part3') return `section 45(2A) of ${DPA}`
  if (regime === 'ukgdpr-and-part3') return `Article 15(1A) of ${GDPR} and section 45(2A) of ${DPA}`
  return `Article 15(1A) of ${GDPR}`
}

/** The right to complain to the organisation itself, in force from 19 June 2026. */
export const COMPLAINT_TO_CONTROLLER = `section 164A of ${DPA}`
/** The basis of every complaint to the ICO from 19 June 2026 (Art 77 UK GDPR was omitted). */
export const COMPLAINT_TO_ICO = `section 165 of ${DPA}`
/** Asking the ICO to check a police restriction or refusal (Part 3 only). */
export const ICO_CHECK = `section 51 of ${DPA}`
export const COURT_ORDER = `section 167 of ${DPA}`
/** Altering or destroying data to stop it being disclosed after a request is an offence. */
export const DESTROYING_DATA_OFFENCE = `section 173 of ${DPA}`

/**
 * What a full access reply holds, in plain words, with the provision it comes from: the copy, the
 * data's details, the rights information (Art 15(1)(e), (ea), (f); s.45(2)(e), (ea), (f)), and the
 * reasons for anything held back (s.45(5) under Part 3; Art 12(4) otherwise). One list serves the
 * first letter (which asks for the details) and the "they replied" checklist (which checks them all).
 */
export function replyItems(regime: Regime, who: { their: string; them: string } = { their: 'my', them: 'me' }): { id: ReplyItem; text: string }[] {
  if (regime === 'part3') {
    return [
      { id: 'copy', text: `a copy of the data itself (section 45(1)(b))` },
      { id: 'purposes', text: `the purposes of using ${who.their} data and the legal basis for it (section 45(2)(a))` },
      { id: 'categories', text: 'the kinds of data you hold (section 45(2)(b))' },
      { id: 'recipients', text: 'who you have shared it with or shown it to, including anyone outside the UK (section 45(2)(c))' },
      { id: 'retention', text: 'how long you plan to keep it, or how you decide (section 45(2)(d))' },
      { id: 'source', text: 'where the data came from (section 45(2)(g))' },
      { id: 'rights', text: `the right to ask you to correct, erase or restrict it (section 45(2)(e)), and the right to complain to you (section 45(2)(ea))` },
      { id: 'ico', text: `the right to complain to the Information Commissioner, with the Commissioner's contact details (section 45(2)(f))` },
      { id: 'reasons', text: `if you held anything back: that you did, why, and the right to ask the Information Commissioner to check it (section 45(5))` },
    ]
  }
  return [
    { id: 'copy', text: 'a copy of the data itself (Article 15(1) and (3))' },
    { id: 'purposes', text: `why you use ${who.their} data (Article 15(1)(a))` },
    { id: 'categories', text: 'the kinds of data you hold (Article 15(1)(b))' },
    { id: 'recipients', text: 'who you have shared it with or shown it to, including anyone outside the UK (Article 15(1)(c))' },
    { id: 'retention', text: 'how long you plan to keep it, or how you decide (Article 15(1)(d))' },
    { id: 'rights', text: `the right to ask you to correct, erase or restrict it, and to object to its use (Article 15(1)(e)), and the right to complain to you (Article 15(1)(ea))` },
    { id: 'ico', text: 'the right to complain to the Information Commissioner (Article 15(1)(f))' },
    { id: 'source', text: `where the data came from, if not from ${who.them} (Article 15(1)(g))` },
    { id: 'automated', text: `whether any automated decision-making or profiling was used, how it works and what it means for ${who.them} (Article 15(1)(h))` },
    { id: 'reasons', text: 'if you held anything back: the reasons, and the right to complain to the Information Commissioner (Article 12(4))' },
  ]
}

/** What the first letter asks for beside the copy: the details and the rights information. */
export function accessItems(regime: Regime, who: { their: string; them: string } = { their: 'my', them: 'me' }): string[] {
  return replyItems(regime, who).filter((i) => i.id !== 'copy' && i.id !== 'reasons').map((i) => i.text)
}

/** The law that makes a body tell others it shared the data with about a correction or erasure. */
export function citeTellRecipients(regime: Regime): string {
  if (regime === 'part3') return `section 48(9) of ${DPA}`
  return `Article 19 of ${GDPR}`
}

/** Grounds a police force may use to hold back data; national security (old s.45(4)(d)) was repealed by DUAA s.88. */
export const PART3_RESTRICTION_GROUNDS = 'section 45(4)(a), (b), (c) or (e)'

/** A parent of a child at a maintained school in England also has this separate right. */
export const EDUCATIONAL_RECORD = 'regulation 5 of the Education (Pupil Information) (England) Regulations 2005'
