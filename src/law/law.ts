/**
 * Which law each letter cites, as at November 2026 (after the Data (Use and Access) Act 2025).
 * Source: shared/reference/uk-law.md §1.2, §4, §5, §8 and the checklist in §11. Pure data and lookups.
 */
import type { LawKind } from '../directory/types.ts'
import type { ReplyItem, RequestType } from '../request/constants.ts'
import { ENGLISH_LETTER_WORDS, type LetterWordKey, type LetterWords } from '../i18n/letter-words.ts'

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

/** Whether each right exists under Part 3 (it has no right to object: s.43(1) lists the Chapter 3 rights and objection is not among them). */
const PART3_HAS: Record<RequestType, boolean> = { access: true, erasure: true, rectification: true, restriction: true, objection: false }

export interface Citation {
  /** The law the letter relies on first, in words: "section 45 of the Data Protection Act 2018". */
  primary: string
  /** The law relied on for any data the first does not cover; absent where there is none. */
  alternative?: string
  /** False where this body's main regime has no such right (objection to police). */
  available: boolean
}

// Every citation's words are in templates/words.json ("law.…"), per letter language: only the choice of provision is here.
const inDpa = (w: LetterWords, key: LetterWordKey) => w.t('law.inDpa', { provision: w.t(key) })
const inGdpr = (w: LetterWords, key: LetterWordKey) => w.t('law.inGdpr', { provision: w.t(key) })
const orNotLawEnforcement = (w: LetterWords, first: string, second: string) => w.t('law.orNotLawEnforcement', { first, second })
const orLawEnforcement = (w: LetterWords, first: string, second: string) => w.t('law.orLawEnforcement', { first, second })

export function citeRight(type: RequestType, regime: Regime, w: LetterWords = ENGLISH_LETTER_WORDS): Citation {
  const gdpr = inGdpr(w, `law.${type}.ukgdpr`)
  const part3 = PART3_HAS[type] ? inDpa(w, `law.${type}.part3` as LetterWordKey) : undefined
  if (regime === 'ukgdpr') return { primary: gdpr, available: true }
  if (regime === 'ukgdpr-and-part3') return { primary: gdpr, alternative: part3, available: true }
  if (!part3) return { primary: gdpr, available: false }
  return { primary: part3, alternative: gdpr, available: true }
}

/** The time limit: one month from receipt (Art 12(3) and 12A UK GDPR; s.54 DPA 2018 for Part 3). */
export function citeDeadline(regime: Regime, w: LetterWords = ENGLISH_LETTER_WORDS): string {
  const gdpr = inGdpr(w, 'law.deadline.ukgdpr')
  const part3 = inDpa(w, 'law.deadline.part3')
  if (regime === 'part3') return orNotLawEnforcement(w, part3, gdpr)
  if (regime === 'ukgdpr-and-part3') return orLawEnforcement(w, gdpr, part3)
  return gdpr
}

/**
 * The time limit and the extension rule a follow-up cites for the first letter. Requests received
 * before 5 February 2026 keep the old rules (SI 2026/82 reg 4): never Article 12A or s.54(3A)–(3D).
 * Part 3 had no extension before then (old s.54(2): only by regulations, none seen), so none is cited.
 */
export function deadlineLaws(regime: Regime, oldRules: boolean, w: LetterWords = ENGLISH_LETTER_WORDS): { deadline: string; extension: string } {
  if (!oldRules) {
    const gdpr = inGdpr(w, 'law.extension.ukgdpr')
    const part3 = inDpa(w, 'law.extension.part3')
    const extension = {
      part3: orNotLawEnforcement(w, part3, gdpr),
      ukgdpr: gdpr,
      'ukgdpr-and-part3': orLawEnforcement(w, gdpr, part3),
    }[regime]
    return { deadline: citeDeadline(regime, w), extension }
  }
  const gdpr = inGdpr(w, 'law.deadline.oldUkgdpr')
  const part3 = inDpa(w, 'law.deadline.part3')
  if (regime === 'part3') return { deadline: orNotLawEnforcement(w, part3, gdpr), extension: w.t('law.onlyNotLawEnforcement', { law: gdpr }) }
  if (regime === 'ukgdpr-and-part3') return { deadline: orLawEnforcement(w, gdpr, part3), extension: gdpr }
  return { deadline: gdpr, extension: gdpr }
}

/** Only what a reasonable and proportionate search finds (DUAA 2025 s.78). */
export function citeSearch(regime: Regime, w: LetterWords = ENGLISH_LETTER_WORDS): string {
  const gdpr = inGdpr(w, 'law.search.ukgdpr')
  const part3 = inDpa(w, 'law.search.part3')
  if (regime === 'part3') return part3
  if (regime === 'ukgdpr-and-part3') return w.t('law.both', { first: gdpr, second: part3 })
  return gdpr
}

/** The right to complain to the organisation itself, in force from 19 June 2026. */
export const complaintToController = (w: LetterWords = ENGLISH_LETTER_WORDS) => inDpa(w, 'law.complaintToController')
/** The basis of every complaint to the ICO from 19 June 2026 (Art 77 UK GDPR was omitted). */
export const complaintToIco = (w: LetterWords = ENGLISH_LETTER_WORDS) => inDpa(w, 'law.complaintToIco')
/** Asking the ICO to check a police restriction or refusal (Part 3 only). */
export const icoCheckLaw = (w: LetterWords = ENGLISH_LETTER_WORDS) => inDpa(w, 'law.icoCheck')
export const courtOrderLaw = (w: LetterWords = ENGLISH_LETTER_WORDS) => inDpa(w, 'law.courtOrder')
/** Altering or destroying data to stop it being disclosed after a request is an offence. */
export const destroyingDataLaw = (w: LetterWords = ENGLISH_LETTER_WORDS) => inDpa(w, 'law.destroyingData')
/** Restriction while accuracy is checked: s.47(3) under Part 3, Art 18(1)(a) otherwise. */
export function citeRestrictWhileChecking(regime: Regime, w: LetterWords = ENGLISH_LETTER_WORDS): string {
  const gdpr = inGdpr(w, 'law.restrictWhileChecking.ukgdpr')
  const part3 = inDpa(w, 'law.restrictWhileChecking.part3')
  if (regime === 'part3') return part3
  return regime === 'ukgdpr-and-part3' ? orLawEnforcement(w, gdpr, part3) : gdpr
}
/** Objecting under the UK GDPR, for a police force's data held for other purposes. */
export const objectionAlternative = (w: LetterWords = ENGLISH_LETTER_WORDS) => inGdpr(w, 'law.objection.ukgdpr')

const PART3_ITEMS = ['copy', 'purposes', 'categories', 'recipients', 'retention', 'source', 'rights', 'ico', 'reasons'] as const
const GDPR_ITEMS = ['copy', 'purposes', 'categories', 'recipients', 'retention', 'rights', 'ico', 'source', 'automated', 'reasons'] as const

/**
 * What a full access reply holds, in plain words, with the provision it comes from: the copy, the
 * data's details, the rights information (Art 15(1)(e), (ea), (f); s.45(2)(e), (ea), (f)), and the
 * reasons for anything held back (s.45(5) under Part 3; Art 12(4) otherwise). One list serves the
 * first letter (which asks for the details) and the "they replied" checklist (which checks them all).
 * `who` is the writer's words for the person ("my" and "me", or their name).
 */
export function replyItems(regime: Regime, who?: { their: string; them: string }, w: LetterWords = ENGLISH_LETTER_WORDS): { id: ReplyItem; text: string }[] {
  const values = who ?? { their: w.t('pronoun.self.their'), them: w.t('pronoun.self.them') }
  const part3 = regime === 'part3'
  return (part3 ? PART3_ITEMS : GDPR_ITEMS).map((id) => ({ id, text: w.t(`reply.${part3 ? 'part3' : 'ukgdpr'}.${id}` as LetterWordKey, values) }))
}

/** What the first letter asks for beside the copy: the details and the rights information. */
export function accessItems(regime: Regime, who?: { their: string; them: string }, w: LetterWords = ENGLISH_LETTER_WORDS): string[] {
  return replyItems(regime, who, w).filter((i) => i.id !== 'copy' && i.id !== 'reasons').map((i) => i.text)
}

/** The law that makes a body tell others it shared the data with about a correction or erasure. */
export function citeTellRecipients(regime: Regime, w: LetterWords = ENGLISH_LETTER_WORDS): string {
  if (regime === 'part3') return inDpa(w, 'law.tellRecipients.part3')
  return inGdpr(w, 'law.tellRecipients.ukgdpr')
}

/** Grounds a police force may use to hold back data; national security (old s.45(4)(d)) was repealed by DUAA s.88. */
export const part3RestrictionGrounds = (w: LetterWords = ENGLISH_LETTER_WORDS) => w.t('law.restrictionGrounds')

/** A parent of a child at a maintained school in England also has this separate right. */
export const educationalRecordLaw = (w: LetterWords = ENGLISH_LETTER_WORDS) => w.t('law.educationalRecord')
