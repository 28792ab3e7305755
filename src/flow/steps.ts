/**
 * Every page of the app: its id, its path, the order of the journey and where Continue and Back go.
 * Pure functions of the draft, so every branch is unit-tested (after the Prototype Kit's routes file
 * and Datenanfragen's typed wizard map).
 */
import { ageOn, type IsoDate } from '../dates/iso.ts'
import { isoFromParts } from './date-parts.ts'
import { isBlank, type Draft } from '../draft/draft.ts'

/** Page id → path. A path with ":n" takes a 1-based position in the list of organisations. */
export const STEP_PATHS = {
  start: '/',
  'follow-up': '/follow-up',
  'follow-up-details': '/follow-up/first-letter',
  'follow-up-events': '/follow-up/what-has-happened',
  'follow-up-timing': '/follow-up/when-you-can-send',
  'what-went-wrong': '/follow-up/what-went-wrong',
  'how-it-affected': '/follow-up/how-it-affected',
  'no-complaint-reason': '/follow-up/why-not-complain-to-them-first',
  'who-is-asking': '/who-is-asking',
  'subject-name': '/about-them/name',
  'other-names': '/about-them/other-names',
  'date-of-birth': '/about-them/date-of-birth',
  'adult-child': '/about-them/over-18',
  address: '/about-them/address',
  'previous-addresses': '/about-them/previous-addresses',
  contact: '/about-them/contact-details',
  'parental-responsibility': '/about-you/parent/parental-responsibility',
  'no-parental-responsibility': '/about-you/parent/other-ways-to-ask',
  'parent-details': '/about-you/parent',
  'parent-contact': '/about-you/parent/contact-details',
  'child-agrees': '/about-you/parent/does-your-child-agree',
  'child-does-not-agree': '/about-you/parent/if-your-child-does-not-agree',
  'worker-details': '/about-you/worker',
  'worker-contact': '/about-you/worker/contact-details',
  'what-you-want': '/what-you-want',
  corrections: '/what-is-wrong',
  topics: '/what-it-is-about',
  recipients: '/who-to-send-it-to',
  'add-recipient': '/who-to-send-it-to/add-by-hand',
  'recipient-details': '/who-to-send-it-to/organisation/:n',
  details: '/anything-else',
  sending: '/how-you-will-send',
  'check-answers': '/check-your-answers',
  'before-you-send': '/before-you-send',
  letters: '/your-letters',
  privacy: '/privacy',
  'keep-answers': '/keep-your-answers',
  clear: '/clear-everything',
} as const

export type StepId = keyof typeof STEP_PATHS

/** The main journey in order. Pages that do not apply to the answers are skipped. */
export const JOURNEY = [
  'who-is-asking',
  'parental-responsibility',
  'subject-name',
  'other-names',
  'date-of-birth',
  'address',
  'previous-addresses',
  'contact',
  'parent-details',
  'parent-contact',
  'child-agrees',
  'worker-details',
  'worker-contact',
  'what-you-want',
  'corrections',
  'topics',
  'recipients',
  'details',
  'what-went-wrong',
  'how-it-affected',
  'no-complaint-reason',
  'sending',
  'check-answers',
] as const satisfies readonly StepId[]

export type JourneyStep = (typeof JOURNEY)[number]

export interface FlowContext {
  /** Today in the UK; only ages depend on it. */
  today: IsoDate
  /** The person came from a Change link on check your answers. */
  fromCheck?: boolean
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

function isComplaint(draft: Draft): boolean {
  return draft.followUp?.kind === 'complaint' || draft.followUp?.kind === 'ico-complaint'
}

/** Whether the person told us they complained to the organisation first. */
function complainedFirst(draft: Draft): boolean {
  return draft.followUp?.events?.some((e) => e.kind === 'complaint-made') === true
}

/** Whether a page is part of this person's journey. */
export function applies(step: StepId, draft: Draft, ctx: FlowContext): boolean {
  const kind = draft.sender?.kind
  switch (step) {
    case 'parental-responsibility':
    case 'parent-details':
    case 'parent-contact':
    case 'child-agrees':
      return kind === 'parent'
    case 'no-parental-responsibility':
      return kind === 'parent' && draft.sender?.parentalResponsibility !== undefined && draft.sender.parentalResponsibility !== 'yes'
    case 'child-does-not-agree':
      return kind === 'parent' && draft.sender?.childAgrees === 'no'
    case 'worker-details':
    case 'worker-contact':
      return kind === 'representative'
    case 'corrections':
      return draft.requests?.includes('rectification') === true
    case 'adult-child':
      return isParentOfAdult(draft, ctx.today)
    case 'follow-up-details':
    case 'follow-up-events':
    case 'follow-up-timing':
      return hasFollowUp(draft)
    case 'what-went-wrong':
      // A reminder loaded from a file may carry these words too: they go in its letter, so they are shown.
      return isComplaint(draft) || (hasFollowUp(draft) && !isBlank(draft.followUp?.whatWentWrong))
    case 'how-it-affected':
      // Only the ICO complaint has a place for it.
      return draft.followUp?.kind === 'ico-complaint'
    case 'no-complaint-reason':
      return draft.followUp?.kind === 'ico-complaint' && !complainedFirst(draft)
    default:
      return true
  }
}

/**
 * Whether a page has its answer. Optional pages count once visited: a visited page stores '' or
 * [] where nothing was typed, an unvisited one stores nothing.
 */
export function isComplete(step: StepId, draft: Draft): boolean {
  const s = draft.subject
  const sender = draft.sender
  switch (step) {
    case 'who-is-asking':
      return sender?.kind !== undefined
    case 'parental-responsibility':
      // Only "yes" lets the journey go on as a parent; anyone else is shown the other ways to ask.
      return sender?.parentalResponsibility === 'yes'
    case 'subject-name':
      return !isBlank(s?.fullName)
    case 'other-names':
      return s?.otherNames !== undefined
    case 'date-of-birth':
      return isoFromParts(s?.dateOfBirth) !== undefined
    case 'address':
      return !isBlank(s?.address?.line1)
    case 'previous-addresses':
      return s?.previousAddresses !== undefined
    case 'contact':
      return s?.email !== undefined
    case 'parent-details':
      return !isBlank(sender?.fullName) && !isBlank(sender?.relationship)
    case 'parent-contact':
      return sender?.email !== undefined
    case 'child-agrees':
      return sender?.childAgrees !== undefined
    case 'worker-details':
      return !isBlank(sender?.fullName) && !isBlank(sender?.organisation) && !isBlank(sender?.role)
    case 'worker-contact':
      return !isBlank(sender?.address?.line1)
    case 'what-you-want':
      return (draft.requests?.length ?? 0) > 0
    case 'corrections':
      return !isBlank(draft.corrections)
    case 'topics':
      return draft.topics !== undefined
    case 'recipients':
      return (draft.recipients?.length ?? 0) > 0
    case 'details':
      return draft.details !== undefined
    case 'sending':
      return draft.sent?.by !== undefined
    case 'follow-up':
      return draft.followUp?.kind !== undefined
    case 'follow-up-details':
      return isoFromParts(draft.followUp?.originalSentOn) !== undefined && draft.followUp?.originalSentBy !== undefined
    case 'follow-up-events':
      return draft.followUp?.events !== undefined
    case 'what-went-wrong':
      // The ICO complaint must say it; elsewhere it may be left empty.
      return draft.followUp?.kind === 'ico-complaint' ? !isBlank(draft.followUp.whatWentWrong) : draft.followUp?.whatWentWrong !== undefined
    case 'how-it-affected':
      return draft.followUp?.howItAffected !== undefined
    case 'no-complaint-reason':
      return !isBlank(draft.followUp?.noComplaintReason)
    default:
      return true
  }
}

/** The first page of the journey still to answer after `after` (or from the start); check answers when all are done. */
export function firstIncomplete(draft: Draft, ctx: FlowContext, after?: JourneyStep): JourneyStep {
  const from = after === undefined ? 0 : JOURNEY.indexOf(after) + 1
  for (const step of JOURNEY.slice(from)) {
    if (step === 'check-answers') break
    if (applies(step, draft, ctx) && !isComplete(step, draft)) return step
  }
  return 'check-answers'
}

function following(step: JourneyStep, draft: Draft, ctx: FlowContext): JourneyStep {
  for (const candidate of JOURNEY.slice(JOURNEY.indexOf(step) + 1)) {
    if (applies(candidate, draft, ctx)) return candidate
  }
  return 'check-answers'
}

function preceding(step: JourneyStep, draft: Draft, ctx: FlowContext): JourneyStep | undefined {
  const before = JOURNEY.slice(0, JOURNEY.indexOf(step)).reverse()
  return before.find((candidate) => applies(candidate, draft, ctx))
}

/** Where Continue goes from `step`, given the answers just saved. */
export function next(step: StepId, draft: Draft, ctx: FlowContext): StepId {
  switch (step) {
    case 'start':
      return 'who-is-asking'
    case 'follow-up':
      return hasFollowUp(draft) ? 'follow-up-details' : firstIncomplete(draft, ctx)
    case 'follow-up-details':
    case 'follow-up-events':
      // The follow-up's own pages come before the main journey, so when it can be sent is said before
      // anything else is asked; a changed date or event can change it, so it is always said again.
      // The complaint's own words are asked near the end, once we know who asks and to whom.
      return step === 'follow-up-details' ? 'follow-up-events' : 'follow-up-timing'
    case 'follow-up-timing':
      return firstIncomplete(draft, ctx)
    case 'parental-responsibility':
      if (draft.sender?.parentalResponsibility !== 'yes') return 'no-parental-responsibility'
      break
    case 'no-parental-responsibility':
      return firstIncomplete(draft, ctx)
    case 'child-agrees':
      if (draft.sender?.childAgrees === 'no') return 'child-does-not-agree'
      break
    case 'child-does-not-agree':
      // The child asking for themselves changes who is writing: any page still unanswered comes next.
      return ctx.fromCheck || draft.sender?.kind !== 'parent' ? firstIncomplete(draft, ctx) : following('child-agrees', draft, ctx)
    case 'adult-child':
      return 'who-is-asking'
    case 'add-recipient':
    case 'recipient-details':
      return 'recipients'
    case 'check-answers':
      return 'before-you-send'
    case 'before-you-send':
    case 'letters':
      return 'letters'
    case 'privacy':
    case 'clear':
      return 'start'
    case 'keep-answers':
      return Object.keys(draft).length === 0 ? 'who-is-asking' : firstIncomplete(draft, ctx)
  }
  if (step === 'date-of-birth' && isParentOfAdult(draft, ctx.today)) return 'adult-child'
  if (ctx.fromCheck) return firstIncomplete(draft, ctx, step)
  return following(step, draft, ctx)
}

/** Where the Back link goes; undefined where a page has none. */
export function previous(step: StepId, draft: Draft, ctx: FlowContext): StepId | undefined {
  switch (step) {
    case 'start':
    case 'privacy':
      return undefined
    case 'keep-answers':
    case 'clear':
      return 'start'
    case 'before-you-send':
      return 'check-answers'
    case 'follow-up':
      return 'start'
    case 'follow-up-details':
      return 'follow-up'
    case 'follow-up-events':
      return 'follow-up-details'
    case 'follow-up-timing':
      return 'follow-up-events'
    case 'no-parental-responsibility':
      return 'parental-responsibility'
    case 'child-does-not-agree':
      return 'child-agrees'
    case 'adult-child':
      return 'date-of-birth'
    case 'add-recipient':
    case 'recipient-details':
      return 'recipients'
    case 'letters':
      return 'check-answers'
    case 'who-is-asking':
      if (ctx.fromCheck) return 'check-answers'
      return hasFollowUp(draft) ? 'follow-up-timing' : 'start'
  }
  if (ctx.fromCheck && step !== 'check-answers') return 'check-answers'
  return preceding(step, draft, ctx)
}

/** The path of a page; `n` is the 1-based position for the organisation page. */
export function pathFor(step: StepId, options: { n?: number; fromCheck?: boolean } = {}): string {
  const path = STEP_PATHS[step].replace(':n', String(options.n ?? 1))
  return options.fromCheck ? `${path}?from=check` : path
}

export interface Match {
  step: StepId
  /** For the organisation page: the 1-based position. */
  n?: number
}

/** Path → page; undefined for a path we do not have. A trailing slash is ignored. */
export function matchPath(pathname: string): Match | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  for (const [step, pattern] of Object.entries(STEP_PATHS) as [StepId, string][]) {
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

/**
 * The page that asks for the answer at a request path, so check-your-answers can link each problem
 * to the page that fixes it. `n` is the 1-based position for an organisation's own page.
 */
export function stepForPath(path: string, draft: Draft): Match | undefined {
  const [top, second, third] = path.split('.')
  switch (top) {
    case 'subject':
      switch (second) {
        case 'fullName':
          return { step: 'subject-name' }
        case 'otherNames':
          return { step: 'other-names' }
        case 'dateOfBirth':
          return { step: 'date-of-birth' }
        case 'address':
          return { step: 'address' }
        case 'previousAddresses':
          return { step: 'previous-addresses' }
        default:
          return { step: 'contact' }
      }
    case 'sender': {
      if (second === undefined || second === 'kind') return { step: 'who-is-asking' }
      const parent = draft.sender?.kind === 'parent'
      if (second === 'childAgrees') return { step: 'child-agrees' }
      if (second === 'parentalResponsibility') return { step: 'parental-responsibility' }
      if (['fullName', 'relationship', 'organisation', 'role'].includes(second)) return { step: parent ? 'parent-details' : 'worker-details' }
      return { step: parent ? 'parent-contact' : 'worker-contact' }
    }
    case 'requests':
      return { step: 'what-you-want' }
    case 'corrections':
      return { step: 'corrections' }
    case 'topics':
      return { step: 'topics' }
    case 'recipients': {
      const index = second === undefined ? Number.NaN : Number(second)
      // A problem with typed details is fixed on that organisation's page; anything else on the list.
      if (Number.isInteger(index) && third !== undefined && third !== 'id') return { step: 'recipient-details', n: index + 1 }
      return { step: 'recipients' }
    }
    case 'details':
      return { step: 'details' }
    case 'sent':
      return { step: 'sending' }
    case 'followUp':
      switch (second) {
        case 'kind':
          return { step: 'follow-up' }
        case 'events':
          return { step: 'follow-up-events' }
        case 'whatWentWrong':
          return { step: 'what-went-wrong' }
        case 'howItAffected':
          return { step: 'how-it-affected' }
        case 'noComplaintReason':
          return { step: 'no-complaint-reason' }
        default:
          return { step: 'follow-up-details' }
      }
    default:
      return undefined
  }
}
