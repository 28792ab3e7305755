/**
 * The step table: every page of the app, in order, with what each one owns, and the functions that
 * read it. The router, the journey (Continue and Back), the redirect when a page does not apply, check
 * your answers (steps/check-answers/rows.ts) and the link from a problem to the page that fixes it all
 * come from the table; pure functions of the draft, so every branch is unit-tested (after the Prototype
 * Kit's routes file and Datenanfragen's typed wizard map).
 * The page component itself is listed by id in steps/StepPages.tsx (the table is in the first bundle,
 * the pages are not), and the fields' schema is the draft's own (draft/schema.ts).
 *
 * A new question: its page in a folder of steps/, an entry here, its component in StepPages and its
 * field in draft/schema.ts (and its words in src/content/).
 */
import { ageOn, type IsoDate } from '../dates/iso.ts'
import { isBlank, type AddressDraft, type DateParts, type Draft, type FollowUpEventDraft, type RecipientDraft } from '../draft/draft.ts'
import { currentLocale, DEFAULT_LOCALE } from '../i18n/catalogues.ts'
import { t, type TextKey } from '../i18n/text.ts'
import { nationOfPostcode } from '../deadlines/nation.ts'
import { loadedDirectory } from './directory.ts'
import { defaultLetterLanguage, letterLanguageName } from './letter-language.ts'
import { isoFromParts, partsFromIso } from './date-parts.ts'

export interface FlowContext {
  /** Today in the UK; only ages depend on it. */
  today: IsoDate
  /** The person came from a Change link on check your answers. */
  fromCheck?: boolean
}

/** Every field of the draft by its dotted path, e.g. "subject.fullName"; lists are owned whole. */
type PathsOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]-?: `${Prefix}${K}` | (NonNullable<T[K]> extends readonly unknown[] ? never : NonNullable<T[K]> extends object ? PathsOf<NonNullable<T[K]>, `${Prefix}${K}.`> : never)
}[keyof T & string]
export type DraftPath = PathsOf<Draft>

/** The groups on check your answers, in the order they are shown. */
export type SectionId = 'followUp' | 'who' | 'aboutThem' | 'aboutYou' | 'request' | 'sending'

/** How check your answers shows an answer, given to each step's rows. */
export interface Show {
  /** Typed text, or nothing when blank. */
  text(value: string | undefined): string[]
  /** A date as the letters write it, or the boxes as typed when it is not a real date. */
  date(parts: DateParts | undefined): string[]
  /** An address as the letters print it. */
  address(address: AddressDraft | undefined): string[]
  /** A directory body's name. */
  body(id: string): string
}

export interface AnswerRowDef {
  /** The row's label in the interface catalogue, e.g. "check.row.fullName". */
  label: TextKey
  /** Lines of the answer; none for "Not provided". */
  lines: string[]
}

export type StepId =
  | 'start' | 'follow-up' | 'follow-up-details' | 'follow-up-events' | 'follow-up-received' | 'follow-up-withheld' | 'follow-up-timing'
  | 'who-is-asking' | 'parental-responsibility' | 'no-parental-responsibility'
  | 'follow-up-person' | 'subject-name' | 'other-names' | 'date-of-birth' | 'adult-child' | 'address' | 'previous-addresses' | 'contact'
  | 'parent-details' | 'parent-contact' | 'child-agrees' | 'child-does-not-agree' | 'worker-details' | 'worker-contact'
  | 'what-you-want' | 'corrections' | 'topics' | 'recipients' | 'add-recipient' | 'recipient-details' | 'details'
  | 'what-went-wrong' | 'how-it-affected' | 'no-complaint-reason' | 'letter-language' | 'sending'
  | 'check-answers' | 'before-you-send' | 'letters' | 'privacy' | 'glossary' | 'keep-answers' | 'clear'
  | 'my-requests' | 'tracked-event' | 'clients'

export interface Step {
  /** Its address. ":n" takes a 1-based position in the list of organisations. */
  path: string
  /** Part of the main journey, asked in table order; pages without it are reached by a branch or a link. */
  journey?: true
  /** Whether it is part of this person's journey; always, when absent. */
  applies?: (draft: Draft, ctx: FlowContext) => boolean
  /**
   * Whether it has its answer; always, when absent. Optional pages count once visited: a visited page
   * stores '' or [] where nothing was typed, an unvisited one stores nothing.
   */
  complete?: (draft: Draft) => boolean
  /** The draft fields it asks for: a problem with one of them links here. */
  fields?: readonly DraftPath[]
  /** Where someone who opens it when it does not apply is sent (a bookmark, a changed answer); the start page when absent. */
  instead?: StepId
  /** Where Continue goes, when not simply the next page that applies (undefined: carry on as usual). */
  next?: StepId | ((draft: Draft, ctx: FlowContext) => StepId | undefined)
  /** Where Back goes, when not the page before; false for no Back link. */
  back?: StepId | false | ((draft: Draft, ctx: FlowContext) => StepId)
  /** Its rows on check your answers, shown while it applies. */
  answers?: { section: SectionId; rows: (draft: Draft, show: Show) => AnswerRowDef[] }
  /** Its rows show on check your answers even where it is not in this person's journey, so its Change link can open it. */
  alwaysOnCheck?: true
  /** Whether it applies depends on the directory (a body's nation): opened directly, it waits for the directory before deciding. */
  waitsForDirectory?: true
  /**
   * Answered once for many letters (an advice worker's own details, kept in their profile): Continue
   * passes it by once it has its answers. Back and check your answers still open it.
   */
  passedWhenDone?: true
}

/** The person's age today, when a full date of birth is known. */
export function subjectAge(draft: Draft, today: IsoDate): number | undefined {
  const iso = isoFromParts(draft.subject?.dateOfBirth)
  return iso === undefined ? undefined : ageOn(iso, today)
}

function isParentOfAdult(draft: Draft, today: IsoDate): boolean {
  const age = subjectAge(draft, today)
  return draft.sender?.kind === 'parent' && age !== undefined && age >= 18
}

export function hasFollowUp(draft: Draft): boolean {
  const kind = draft.followUp?.kind
  return kind !== undefined && kind !== 'none'
}

/**
 * Pages only a first letter uses (other names, past addresses, what it is about, anything else): a follow-up refers to that letter, enclosed, so it never asks them again.
 */
function firstLetterOnly(draft: Draft): boolean {
  return !hasFollowUp(draft)
}

function isComplaint(draft: Draft): boolean {
  return draft.followUp?.kind === 'complaint' || draft.followUp?.kind === 'ico-complaint'
}

/** Whether the person told us they complained to the organisation first. */
function complainedFirst(draft: Draft): boolean {
  return draft.followUp?.events?.some((e) => e.kind === 'complaint-made') === true
}

/** Whether a body is in Wales: a directory body by its record (once the directory has loaded), a typed-in one by what was typed. */
function inWales(r: RecipientDraft): boolean {
  if (r.id !== undefined) return loadedDirectory()?.byId(r.id)?.nation === 'wales'
  return r.nation === 'wales' || nationOfPostcode(r.address?.postcode) === 'wales'
}

/**
 * Whether the journey asks what language each letter is in: when the interface is not English; for a
 * first letter, also when a body is in Wales or a letter already has a language. A follow-up keeps its
 * path short (issue 10): its language is changed from check your answers, where the row always shows.
 */
export function asksLetterLanguage(draft: Draft): boolean {
  if (currentLocale() !== DEFAULT_LOCALE) return true
  if (hasFollowUp(draft)) return false
  return (draft.recipients ?? []).some((r) => r.language !== undefined || inWales(r))
}


/** What is asked for, in the words of "what do you want them to do?", for check your answers. */
function requestLines(draft: Draft): string[] {
  return (draft.requests ?? []).map((r) => t(`whatYouWant.option.${r}`))
}

/** The follow-up's last question before the main journey: what came back, what was held back, or what has happened since. */
function lastFollowUpQuestion(draft: Draft): StepId {
  const kind = draft.followUp?.kind
  return kind === 'missing-parts' ? 'follow-up-received' : kind === 'ico-check' ? 'follow-up-withheld' : 'follow-up-events'
}

const isParent = (draft: Draft) => draft.sender?.kind === 'parent'
const isWorker = (draft: Draft) => draft.sender?.kind === 'representative'

/** "They asked you for proof of identity on 4 September 2026. You sent the proof on 14 September 2026." */
function eventLine(e: FollowUpEventDraft, show: Show): string {
  const what = t('check.eventOn', { what: t(`followUpEvents.option.${e.kind}`), date: show.date(e.on)[0] ?? '' })
  if (e.kind !== 'asked-for-id' && e.kind !== 'asked-what-you-meant' && e.kind !== 'complaint-made') return what
  const answer = e.answered === 'yes' ? t(`check.answered.${e.kind}`, { date: show.date(e.answeredOn)[0] ?? '' }) : t(`check.notAnswered.${e.kind}`)
  return `${what} ${answer}`
}

/**
 * The table, in order: the follow-up's pages, the main journey, then the pages reached from it.
 * Check your answers shows rows in this order within each section.
 */
export const STEPS: { readonly [K in StepId]: Step } = {
  start: { path: '/', next: 'who-is-asking', back: false },

  'follow-up': {
    path: '/follow-up',
    complete: (d) => d.followUp?.kind !== undefined,
    fields: ['followUp.kind'],
    next: (d, ctx) => (hasFollowUp(d) ? 'follow-up-details' : firstIncomplete(d, ctx)),
    back: 'start',
    answers: {
      section: 'followUp',
      rows: (d) => (d.followUp?.kind && d.followUp.kind !== 'none' ? [{ label: 'check.row.followUp', lines: [t(`followUp.option.${d.followUp.kind}`)] }] : []),
    },
  },
  'follow-up-details': {
    path: '/follow-up/first-letter',
    applies: hasFollowUp,
    // What the first letter asked for is asked here too: a follow-up never replays the first journey.
    complete: (d) => (d.requests?.length ?? 0) > 0 && isoFromParts(d.followUp?.originalSentOn) !== undefined && d.followUp?.originalSentBy !== undefined,
    fields: ['requests', 'followUp.originalSentOn', 'followUp.originalSentBy', 'followUp.theirReference'],
    instead: 'follow-up',
    // The follow-up's own pages come before the main journey, so a letter that cannot be sent yet is
    // stopped before anything else is asked; a changed date or event can change that, so it is always checked again.
    next: 'follow-up-events',
    back: 'follow-up',
    answers: {
      section: 'followUp',
      rows: (d, show) => [
        { label: 'check.row.firstRequests', lines: requestLines(d) },
        {
          label: 'check.row.firstLetter',
          lines: [
            ...show.date(d.followUp?.originalSentOn),
            ...(d.followUp?.originalSentBy ? [t(`followUpDetails.how.${d.followUp.originalSentBy}`)] : []),
            ...(isBlank(d.followUp?.theirReference) ? [] : [t('check.theirReference', { ref: d.followUp?.theirReference ?? '' })]),
          ],
        },
      ],
    },
  },
  'follow-up-events': {
    path: '/follow-up/what-has-happened',
    applies: hasFollowUp,
    complete: (d) => d.followUp?.events !== undefined,
    fields: ['followUp.events'],
    instead: 'follow-up',
    next: (d) => (d.followUp?.kind === 'missing-parts' ? 'follow-up-received' : d.followUp?.kind === 'ico-check' ? 'follow-up-withheld' : 'follow-up-timing'),
    back: 'follow-up-details',
    answers: {
      section: 'followUp',
      rows: (d, show) => {
        const events = d.followUp?.events
        return [{ label: 'check.row.events', lines: events === undefined ? [] : events.length === 0 ? [t('check.event.nothing')] : events.map((e) => eventLine(e, show)) }]
      },
    },
  },
  'follow-up-received': {
    path: '/follow-up/what-their-reply-held',
    applies: (d) => d.followUp?.kind === 'missing-parts',
    complete: (d) => d.followUp?.received !== undefined,
    fields: ['followUp.received'],
    instead: 'follow-up',
    next: 'follow-up-timing',
    back: 'follow-up-events',
    answers: {
      section: 'followUp',
      rows: (d) => [{ label: 'check.row.received', lines: d.followUp?.received === undefined ? [] : d.followUp.received.length === 0 ? [t('check.receivedNothing')] : d.followUp.received.map((i) => t(`followUpReceived.option.${i}`)) }],
    },
  },
  'follow-up-withheld': {
    path: '/follow-up/what-they-held-back',
    applies: (d) => d.followUp?.kind === 'ico-check',
    complete: (d) => d.followUp?.withheld !== undefined,
    fields: ['followUp.withheld'],
    instead: 'follow-up',
    next: 'follow-up-timing',
    back: 'follow-up-events',
    answers: { section: 'followUp', rows: (d) => [{ label: 'check.row.withheld', lines: d.followUp?.withheld ? [t(`followUpWithheld.option.${d.followUp.withheld}`)] : [] }] },
  },
  'follow-up-timing': {
    path: '/follow-up/when-you-can-send',
    applies: hasFollowUp,
    instead: 'follow-up',
    // The complaint's own words are asked near the end, once we know who asks and to whom.
    next: (d, ctx) => firstIncomplete(d, ctx),
    back: lastFollowUpQuestion,
  },

  'who-is-asking': {
    path: '/who-is-asking',
    journey: true,
    complete: (d) => d.sender?.kind !== undefined,
    fields: ['sender.kind'],
    // The page saying when the follow-up can be sent shows only when it stops or warns: Back goes past it.
    back: (d, ctx) => (ctx.fromCheck ? 'check-answers' : hasFollowUp(d) ? lastFollowUpQuestion(d) : 'start'),
    answers: { section: 'who', rows: (d) => [{ label: 'check.row.who', lines: d.sender?.kind ? [t(`whoIsAsking.option.${d.sender.kind}`)] : [] }] },
  },
  'parental-responsibility': {
    path: '/about-you/parent/parental-responsibility',
    journey: true,
    applies: isParent,
    // Only "yes" lets the journey go on as a parent; anyone else is shown the other ways to ask.
    complete: (d) => d.sender?.parentalResponsibility === 'yes',
    fields: ['sender.parentalResponsibility'],
    instead: 'who-is-asking',
    next: (d) => (d.sender?.parentalResponsibility !== 'yes' ? 'no-parental-responsibility' : undefined),
    answers: {
      section: 'aboutYou',
      rows: (d) => [
        { label: 'check.row.parentalResponsibility', lines: d.sender?.parentalResponsibility ? [t(`parentalResponsibility.option.${d.sender.parentalResponsibility}`)] : [] },
      ],
    },
  },
  'no-parental-responsibility': {
    path: '/about-you/parent/other-ways-to-ask',
    applies: (d) => isParent(d) && d.sender?.parentalResponsibility !== undefined && d.sender.parentalResponsibility !== 'yes',
    instead: 'who-is-asking',
    next: (d, ctx) => firstIncomplete(d, ctx),
    back: 'parental-responsibility',
  },

  // A follow-up asks who it is about on one page: the first letter, enclosed, says the rest.
  'follow-up-person': {
    path: '/follow-up/about-them',
    journey: true,
    applies: hasFollowUp,
    instead: 'subject-name',
    complete: (d) => PERSON_PAGES.every((step) => STEPS[step].complete?.(d) ?? true),
    fields: ['subject.fullName', 'subject.dateOfBirth', 'subject.address', 'subject.email', 'subject.phone'],
    next: (d, ctx) => (isParentOfAdult(d, ctx.today) ? 'adult-child' : undefined),
    answers: { section: 'aboutThem', rows: (d, show) => PERSON_PAGES.flatMap((step) => STEPS[step].answers?.rows(d, show) ?? []) },
  },
  'subject-name': {
    path: '/about-them/name',
    journey: true,
    applies: firstLetterOnly,
    instead: 'follow-up-person',
    complete: (d) => !isBlank(d.subject?.fullName),
    fields: ['subject.fullName'],
    answers: { section: 'aboutThem', rows: (d, show) => [{ label: 'check.row.fullName', lines: show.text(d.subject?.fullName) }] },
  },
  'other-names': {
    path: '/about-them/other-names',
    journey: true,
    applies: firstLetterOnly,
    complete: (d) => d.subject?.otherNames !== undefined,
    fields: ['subject.otherNames'],
    answers: { section: 'aboutThem', rows: (d) => [{ label: 'check.row.otherNames', lines: (d.subject?.otherNames ?? []).filter((n) => !isBlank(n)) }] },
  },
  'date-of-birth': {
    path: '/about-them/date-of-birth',
    journey: true,
    applies: firstLetterOnly,
    instead: 'follow-up-person',
    complete: (d) => isoFromParts(d.subject?.dateOfBirth) !== undefined,
    fields: ['subject.dateOfBirth'],
    next: (d, ctx) => (isParentOfAdult(d, ctx.today) ? 'adult-child' : undefined),
    answers: { section: 'aboutThem', rows: (d, show) => [{ label: 'check.row.dateOfBirth', lines: show.date(d.subject?.dateOfBirth) }] },
  },
  'adult-child': {
    path: '/about-them/over-18',
    applies: (d, ctx) => isParentOfAdult(d, ctx.today),
    instead: 'date-of-birth',
    next: 'who-is-asking',
    back: (d) => (hasFollowUp(d) ? 'follow-up-person' : 'date-of-birth'),
  },
  address: {
    path: '/about-them/address',
    journey: true,
    applies: firstLetterOnly,
    instead: 'follow-up-person',
    complete: (d) => !isBlank(d.subject?.address?.line1),
    fields: ['subject.address'],
    answers: { section: 'aboutThem', rows: (d, show) => [{ label: 'check.row.address', lines: show.address(d.subject?.address) }] },
  },
  'previous-addresses': {
    path: '/about-them/previous-addresses',
    journey: true,
    applies: firstLetterOnly,
    complete: (d) => d.subject?.previousAddresses !== undefined,
    fields: ['subject.previousAddresses'],
    answers: {
      section: 'aboutThem',
      rows: (d, show) => [{ label: 'check.row.previousAddresses', lines: (d.subject?.previousAddresses ?? []).map((a) => show.address(a).join(', ')).filter(Boolean) }],
    },
  },
  contact: {
    path: '/about-them/contact-details',
    journey: true,
    applies: firstLetterOnly,
    instead: 'follow-up-person',
    complete: (d) => d.subject?.email !== undefined,
    fields: ['subject.email', 'subject.phone'],
    answers: { section: 'aboutThem', rows: (d, show) => [{ label: 'check.row.contact', lines: [...show.text(d.subject?.email), ...show.text(d.subject?.phone)] }] },
  },

  'parent-details': {
    path: '/about-you/parent',
    journey: true,
    applies: isParent,
    complete: (d) => !isBlank(d.sender?.fullName) && !isBlank(d.sender?.relationship),
    fields: ['sender.fullName', 'sender.relationship'],
    instead: 'who-is-asking',
    answers: {
      section: 'aboutYou',
      rows: (d, show) => [
        { label: 'check.row.yourName', lines: show.text(d.sender?.fullName) },
        { label: 'check.row.relationship', lines: show.text(d.sender?.relationship) },
      ],
    },
  },
  'parent-contact': {
    path: '/about-you/parent/contact-details',
    journey: true,
    applies: isParent,
    complete: (d) => d.sender?.email !== undefined,
    fields: ['sender.address', 'sender.email', 'sender.phone'],
    instead: 'who-is-asking',
    answers: {
      section: 'aboutYou',
      rows: (d, show) => {
        const address = show.address(d.sender?.address)
        return [{ label: 'check.row.yourContact', lines: [...(address.length > 0 ? address : [t('check.sameAsChild')]), ...show.text(d.sender?.email), ...show.text(d.sender?.phone)] }]
      },
    },
  },
  'child-agrees': {
    path: '/about-you/parent/does-your-child-agree',
    journey: true,
    applies: isParent,
    complete: (d) => d.sender?.childAgrees !== undefined,
    fields: ['sender.childAgrees'],
    instead: 'who-is-asking',
    next: (d) => (d.sender?.childAgrees === 'no' ? 'child-does-not-agree' : undefined),
    answers: {
      section: 'aboutYou',
      rows: (d) => {
        const agrees = d.sender?.childAgrees
        return [{ label: 'check.row.childAgrees', lines: agrees ? [t(agrees === 'yes' ? 'childAgrees.option.yes' : agrees === 'no' ? 'childAgrees.option.no' : 'childAgrees.option.tooYoung')] : [] }]
      },
    },
  },
  'child-does-not-agree': {
    path: '/about-you/parent/if-your-child-does-not-agree',
    applies: (d) => isParent(d) && d.sender?.childAgrees === 'no',
    instead: 'child-agrees',
    // The child asking for themselves changes who is writing: any page still unanswered comes next.
    next: (d, ctx) => (ctx.fromCheck || !isParent(d) ? firstIncomplete(d, ctx) : following('child-agrees', d, ctx)),
    back: 'child-agrees',
  },
  'worker-details': {
    path: '/about-you/worker',
    journey: true,
    passedWhenDone: true,
    applies: isWorker,
    complete: (d) => !isBlank(d.sender?.fullName) && !isBlank(d.sender?.organisation) && !isBlank(d.sender?.role),
    fields: ['sender.fullName', 'sender.organisation', 'sender.role'],
    instead: 'who-is-asking',
    answers: {
      section: 'aboutYou',
      rows: (d, show) => [
        { label: 'check.row.yourName', lines: show.text(d.sender?.fullName) },
        { label: 'check.row.organisation', lines: [...show.text(d.sender?.role), ...show.text(d.sender?.organisation)] },
      ],
    },
  },
  'worker-contact': {
    path: '/about-you/worker/contact-details',
    journey: true,
    passedWhenDone: true,
    applies: isWorker,
    complete: (d) => !isBlank(d.sender?.address?.line1),
    fields: ['sender.address', 'sender.email', 'sender.phone', 'sender.reference'],
    instead: 'who-is-asking',
    answers: {
      section: 'aboutYou',
      rows: (d, show) => [
        { label: 'check.row.yourContact', lines: [...show.address(d.sender?.address), ...show.text(d.sender?.email), ...show.text(d.sender?.phone)] },
        { label: 'check.row.reference', lines: show.text(d.sender?.reference) },
      ],
    },
  },

  'what-you-want': {
    path: '/what-you-want',
    journey: true,
    applies: firstLetterOnly,
    instead: 'follow-up-details',
    complete: (d) => (d.requests?.length ?? 0) > 0,
    fields: ['requests'],
    answers: { section: 'request', rows: (d) => [{ label: 'check.row.requests', lines: requestLines(d) }] },
  },
  corrections: {
    path: '/what-is-wrong',
    journey: true,
    applies: (d) => d.requests?.includes('rectification') === true,
    complete: (d) => !isBlank(d.corrections),
    fields: ['corrections'],
    instead: 'what-you-want',
    answers: { section: 'request', rows: (d, show) => [{ label: 'check.row.corrections', lines: show.text(d.corrections) }] },
  },
  topics: {
    path: '/what-it-is-about',
    journey: true,
    applies: firstLetterOnly,
    complete: (d) => d.topics !== undefined,
    fields: ['topics'],
    answers: { section: 'request', rows: (d) => [{ label: 'check.row.topics', lines: (d.topics ?? []).map((topic) => t(`topics.option.${topic}`)) }] },
  },
  recipients: {
    path: '/who-to-send-it-to',
    journey: true,
    complete: (d) => (d.recipients?.length ?? 0) > 0,
    fields: ['recipients'],
    answers: {
      section: 'request',
      rows: (d, show) => [{ label: 'check.row.recipients', lines: (d.recipients ?? []).map((r) => (r.id !== undefined ? show.body(r.id) : (r.name ?? ''))) }],
    },
  },
  'add-recipient': { path: '/who-to-send-it-to/add-by-hand', fields: ['recipients'], next: 'recipients', back: 'recipients' },
  'recipient-details': { path: '/who-to-send-it-to/organisation/:n', fields: ['recipients'], next: 'recipients', back: 'recipients' },
  details: {
    path: '/anything-else',
    journey: true,
    applies: firstLetterOnly,
    complete: (d) => d.details !== undefined,
    fields: ['details'],
    answers: { section: 'request', rows: (d, show) => [{ label: 'check.row.details', lines: show.text(d.details) }] },
  },
  'what-went-wrong': {
    path: '/follow-up/what-went-wrong',
    journey: true,
    // A reminder loaded from a file may carry these words too: they go in its letter, so they are shown.
    applies: (d) => isComplaint(d) || d.followUp?.kind === 'missing-parts' || d.followUp?.kind === 'ico-check' || (hasFollowUp(d) && !isBlank(d.followUp?.whatWentWrong)),
    // The ICO complaint must say it; elsewhere it may be left empty.
    complete: (d) => (d.followUp?.kind === 'ico-complaint' ? !isBlank(d.followUp.whatWentWrong) : d.followUp?.whatWentWrong !== undefined),
    fields: ['followUp.whatWentWrong'],
    instead: 'follow-up',
    answers: { section: 'request', rows: (d, show) => [{ label: 'check.row.whatWentWrong', lines: show.text(d.followUp?.whatWentWrong) }] },
  },
  'how-it-affected': {
    path: '/follow-up/how-it-affected',
    journey: true,
    // Only the ICO complaint has a place for it.
    applies: (d) => d.followUp?.kind === 'ico-complaint',
    complete: (d) => d.followUp?.howItAffected !== undefined,
    fields: ['followUp.howItAffected'],
    instead: 'follow-up',
    answers: { section: 'request', rows: (d, show) => [{ label: 'check.row.howItAffected', lines: show.text(d.followUp?.howItAffected) }] },
  },
  'no-complaint-reason': {
    path: '/follow-up/why-not-complain-to-them-first',
    journey: true,
    applies: (d) => d.followUp?.kind === 'ico-complaint' && !complainedFirst(d),
    complete: (d) => !isBlank(d.followUp?.noComplaintReason),
    fields: ['followUp.noComplaintReason'],
    instead: 'follow-up',
    answers: { section: 'request', rows: (d, show) => [{ label: 'check.row.noComplaintReason', lines: show.text(d.followUp?.noComplaintReason) }] },
  },
  'letter-language': {
    path: '/letter-language',
    journey: true,
    // From a Change link it opens for anyone, so an English letter can be made Welsh.
    applies: (d, ctx) => ctx.fromCheck === true || asksLetterLanguage(d),
    // Never holds up the journey: a letter with no language chosen is in the default one, shown on check your answers.
    fields: ['recipients'],
    alwaysOnCheck: true,
    waitsForDirectory: true,
    answers: {
      section: 'request',
      rows: (d, show) => [{
        label: 'check.row.letterLanguage',
        lines: (d.recipients ?? []).map((r) => t('check.letterLanguage', {
          name: r.id !== undefined ? show.body(r.id) : (r.name ?? ''),
          language: letterLanguageName(r.language ?? defaultLetterLanguage()),
        })),
      }],
    },
  },
  sending: {
    path: '/how-you-will-send',
    journey: true,
    // A follow-up keeps its path short: it says nothing of how it is sent unless the person changes that on check your answers.
    applies: (d, ctx) => firstLetterOnly(d) || ctx.fromCheck === true,
    // Not asked of a follow-up, so never what is left to answer: a Change link elsewhere does not lead here.
    complete: (d) => d.sent?.by !== undefined || hasFollowUp(d),
    fields: ['sent'],
    alwaysOnCheck: true,
    answers: {
      section: 'sending',
      rows: (d, show) => {
        const sent = d.sent
        const lines = !sent?.by ? (hasFollowUp(d) ? [t('check.sendingNotSaid')] : []) : sent.by === 'not-sure' ? [t('sending.option.notSure')] : [t('check.sentOn', { how: t(`sending.option.${sent.by}`), date: show.date(sent.on)[0] ?? '' })]
        return [{ label: 'check.row.sending', lines }]
      },
    },
  },

  'check-answers': { path: '/check-your-answers', journey: true, next: 'before-you-send' },
  'before-you-send': { path: '/before-you-send', next: 'letters', back: 'check-answers' },
  letters: { path: '/your-letters', next: 'letters', back: 'check-answers' },
  privacy: { path: '/privacy', next: 'start', back: false },
  glossary: { path: '/glossary', next: 'start', back: false },
  'keep-answers': {
    path: '/keep-your-answers',
    next: (d, ctx) => (Object.keys(d).length === 0 ? 'who-is-asking' : firstIncomplete(d, ctx)),
    back: 'start',
  },
  clear: { path: '/clear-everything', next: 'start', back: 'start' },
  'my-requests': {
    path: '/my-requests',
    fields: ['history', 'afterReply'],
    next: 'my-requests',
    back: 'start',
    answers: {
      section: 'request',
      rows: (d, show) => (d.afterReply ? [{ label: 'check.row.afterReply', lines: [t('check.afterReply', { asked: show.date(partsFromIso(d.afterReply.askedOn))[0] ?? '', replied: show.date(partsFromIso(d.afterReply.repliedOn))[0] ?? '' })] }] : []),
    },
  },
  'tracked-event': {
    path: '/my-requests/what-happened/:n',
    fields: ['history'],
    next: 'my-requests',
    back: 'my-requests',
  },
  /** An advice worker's client list (issue 12): new client, find, open, delete, and one zip of letters. */
  clients: { path: '/clients', next: 'clients', back: 'start' },
}

/** The first letter's pages about the person that a follow-up asks on one page (follow-up-person): its answers and rows are theirs. */
const PERSON_PAGES = ['subject-name', 'date-of-birth', 'address', 'contact'] as const satisfies readonly StepId[]

export const STEP_IDS = Object.keys(STEPS) as StepId[]

/** The main journey in order. Pages that do not apply to the answers are skipped. */
export const JOURNEY: readonly StepId[] = STEP_IDS.filter((id) => STEPS[id].journey)

/** Whether a page is part of this person's journey. */
export function applies(step: StepId, draft: Draft, ctx: FlowContext): boolean {
  return STEPS[step].applies?.(draft, ctx) ?? true
}

/** Whether a page has its answer. */
export function isComplete(step: StepId, draft: Draft): boolean {
  return STEPS[step].complete?.(draft) ?? true
}

/** The first page of the journey still to answer after `after` (or from the start); check answers when all are done. */
export function firstIncomplete(draft: Draft, ctx: FlowContext, after?: StepId): StepId {
  const from = after === undefined ? 0 : JOURNEY.indexOf(after) + 1
  for (const step of JOURNEY.slice(from)) {
    if (step === 'check-answers') break
    if (applies(step, draft, ctx) && !isComplete(step, draft)) return step
  }
  return 'check-answers'
}

/** The next page of the journey after `step` that applies (and is not passed by for having its answers). */
function following(step: StepId, draft: Draft, ctx: FlowContext): StepId {
  for (const candidate of JOURNEY.slice(JOURNEY.indexOf(step) + 1)) {
    if (applies(candidate, draft, ctx) && !(STEPS[candidate].passedWhenDone && isComplete(candidate, draft))) return candidate
  }
  return 'check-answers'
}

/** Where Continue goes from `step`, given the answers just saved. */
export function next(step: StepId, draft: Draft, ctx: FlowContext): StepId {
  const own = STEPS[step].next
  const target = typeof own === 'function' ? own(draft, ctx) : own
  if (target !== undefined) return target
  if (ctx.fromCheck) return firstIncomplete(draft, ctx, step)
  return following(step, draft, ctx)
}

/** Where the Back link goes; undefined where a page has none. */
export function previous(step: StepId, draft: Draft, ctx: FlowContext): StepId | undefined {
  const own = STEPS[step].back
  if (own === false) return undefined
  if (own !== undefined) return typeof own === 'function' ? own(draft, ctx) : own
  if (ctx.fromCheck && step !== 'check-answers') return 'check-answers'
  return JOURNEY.slice(0, JOURNEY.indexOf(step)).reverse().find((candidate) => applies(candidate, draft, ctx))
}

/** The path of a page; `n` is the 1-based position for the organisation page; `kind` the kind of body to add by hand. */
export function pathFor(step: StepId, options: { n?: number; fromCheck?: boolean; kind?: string } = {}): string {
  const path = STEPS[step].path.replace(':n', String(options.n ?? 1))
  const query = new URLSearchParams()
  if (options.fromCheck) query.set('from', 'check')
  // Adding a body by hand from a search for "my school": the kind of body comes already chosen.
  if (options.kind) query.set('kind', options.kind)
  const text = query.toString()
  return text ? `${path}?${text}` : path
}

export interface Match {
  step: StepId
  /** For the organisation page: the 1-based position. */
  n?: number
}

/** Path → page; undefined for a path we do not have. A trailing slash is ignored. */
export function matchPath(pathname: string): Match | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  for (const step of STEP_IDS) {
    const pattern = STEPS[step].path
    if (!pattern.includes(':n')) {
      if (pattern === path) return { step }
      continue
    }
    const [head] = pattern.split(':n')
    if (head !== undefined && path.startsWith(head)) {
      const rest = path.slice(head.length)
      if (/^[1-9]\d{0,2}$/.test(rest)) return { step, n: Number(rest) }
    }
  }
  return undefined
}

const covers = (field: string, path: string) => path === field || path.startsWith(`${field}.`)

/**
 * The page that asks for the answer at a request path (the draft's fields have the request's paths),
 * so check-your-answers can link each problem to the page that fixes it: the first page in the table
 * that owns the field and is part of this person's journey. `n` is the 1-based position for an
 * organisation's own page.
 */
export function stepForPath(path: string, draft: Draft, ctx: FlowContext): Match | undefined {
  const [top, second, third] = path.split('.')
  // A problem with typed details is fixed on that organisation's page; anything else on the list.
  if (top === 'recipients' && second !== undefined && /^\d+$/.test(second) && third !== undefined && third !== 'id') return { step: 'recipient-details', n: Number(second) + 1 }
  const owners = STEP_IDS.filter((id) => STEPS[id].fields?.some((field) => covers(field, path)))
  // A problem with a whole part ("subject") goes to the first page that asks about it.
  const candidates = owners.length > 0 ? owners : STEP_IDS.filter((id) => STEPS[id].fields?.some((field) => covers(path, field)))
  const step = candidates.find((id) => applies(id, draft, ctx)) ?? candidates[0]
  return step === undefined ? undefined : { step }
}
