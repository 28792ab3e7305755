/**
 * Answers that bring a person to each page of the app, in each state (empty: the page's own answers
 * still to give; filled: whole answers), for the walks that check every page: the browser's
 * (test/browser/helpers/page-states.ts) and the pseudo-locale's (test/dom/pseudo-locale.test.tsx).
 * The list of pages is the step table plus the page for an address we do not have, so a page added
 * to the table is walked without anyone adding it here, once some answers below bring a person to it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fromRequest } from '../../src/flow/convert.ts'
import type { Draft } from '../../src/draft/draft.ts'
import { applies, isComplete, pathFor, STEP_IDS, type StepId } from '../../src/flow/steps.ts'
import { TEST_TODAY } from './today.ts'

const ROOT = join(import.meta.dirname, '..', '..')

export type PageId = StepId | 'not-found'
export type StateName = 'empty' | 'filled' | 'error'

export interface Answers {
  name: string
  draft: Draft
  /** Whether the person has said to keep answers; false leaves the question unasked. */
  kept: boolean
}

const fixture = (name: string): Draft => fromRequest(JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'requests', `${name}.json`), 'utf8')))
/** The young person has sent letters before: My requests lists them, one late and one answered in part. */
const young: Draft = {
  ...fixture('young-person'),
  history: [
    { recipient: { id: 'police:south-wales' }, requests: ['access'], sentOn: '2026-09-01', sentBy: 'email', theirReference: 'SAR-1234', events: [{ kind: 'asked-for-id', on: '2026-09-04', answeredOn: '2026-09-07' }] },
    { recipient: { id: 'council:cardiff' }, requests: ['access', 'erasure'], sentOn: '2026-09-01', sentBy: 'post', events: [{ kind: 'replied-in-part', on: '2026-09-28' }] },
  ],
}
const FIRST_LETTER = { originalSentOn: { day: '1', month: '9', year: '2026' }, originalSentBy: 'email' as const, theirReference: 'SAR-1234' }
const parent = fixture('parent')
const worker = fixture('advice-worker')
const ADULT_BIRTHDAY = { day: '1', month: '1', year: '2000' }
const parentWith = (sender: Draft['sender'], subject: Draft['subject'] = {}): Draft => ({ ...parent, sender: { ...parent.sender, ...sender }, subject: { ...parent.subject, ...subject } })

const WELSH_BODY = { name: 'Example Youth Justice Service', kind: 'other' as const, address: { line1: '1 Example Street', line2: '', town: 'Cardiff', county: '', postcode: 'CF10 1AA' }, email: 'dpo@example.org' }

/** Answers with a page's own answers still to give, first that fits (applies and is not complete) wins. */
export const EMPTY: readonly Answers[] = [
  { name: 'nothing yet', draft: {}, kept: true },
  { name: 'a parent', draft: { sender: { kind: 'parent' } }, kept: true },
  { name: 'a worker', draft: { sender: { kind: 'representative' } }, kept: true },
  { name: 'asking to correct', draft: { requests: ['rectification'] }, kept: true },
  { name: 'an ICO complaint', draft: { followUp: { kind: 'ico-complaint' } }, kept: true },
  { name: 'asking for missing parts', draft: { followUp: { kind: 'missing-parts' } }, kept: true },
  { name: 'asking the ICO to check', draft: { followUp: { kind: 'ico-check' } }, kept: true },
  { name: 'a parent without parental responsibility', draft: { sender: { kind: 'parent', parentalResponsibility: 'no' } }, kept: true },
  { name: 'a parent whose child does not agree', draft: { sender: { kind: 'parent', parentalResponsibility: 'yes', childAgrees: 'no' } }, kept: true },
  { name: 'a parent of an adult', draft: { sender: { kind: 'parent', parentalResponsibility: 'yes' }, subject: { dateOfBirth: ADULT_BIRTHDAY } }, kept: true },
  // A body typed in with a Welsh postcode is in Wales without the directory, here and in the page alike.
  { name: 'a body in Wales', draft: { recipients: [WELSH_BODY] }, kept: true },
]

/** A fresh browser: the keep question is still to answer. */
export const UNASKED: Answers = { name: 'a first visit', draft: {}, kept: false }

/** Whole answers; the first that fits (applies and is complete) wins. */
export const FILLED: readonly Answers[] = [
  { name: 'the young person', draft: young, kept: true },
  { name: 'the parent', draft: parentWith({ parentalResponsibility: 'yes' }), kept: true },
  { name: 'the advice worker', draft: worker, kept: true },
  {
    name: "the young person's ICO complaint",
    draft: {
      ...young,
      followUp: {
        kind: 'ico-complaint',
        // Over three months before the test day, so the page saying when it can be sent warns, and shows.
        originalSentOn: { day: '1', month: '7', year: '2026' },
        originalSentBy: 'email',
        theirReference: 'SAR-1234',
        events: [],
        whatWentWrong: 'They did not answer my letter.',
        howItAffected: 'I worry about what the records say.',
        noComplaintReason: 'I do not think they would listen.',
      },
    },
    kept: true,
  },
  {
    name: "the young person's letter asking for what is missing",
    draft: { ...young, recipients: [{ id: 'police:south-wales' }], followUp: { kind: 'missing-parts', ...FIRST_LETTER, events: [{ kind: 'replied-in-part', on: { day: '28', month: '9', year: '2026' }, answered: 'not-yet' }], received: ['copy', 'purposes'], whatWentWrong: '' } },
    kept: true,
  },
  {
    name: "the young person's request to the ICO to check",
    draft: { ...young, recipients: [{ id: 'police:south-wales' }], followUp: { kind: 'ico-check', ...FIRST_LETTER, events: [], withheld: 'neither-confirm-nor-deny', whatWentWrong: '' } },
    kept: true,
  },
  { name: 'a parent without parental responsibility', draft: parentWith({ parentalResponsibility: 'no' }), kept: true },
  { name: 'a parent whose child does not agree', draft: parentWith({ parentalResponsibility: 'yes', childAgrees: 'no' }), kept: true },
  { name: 'a parent of an adult', draft: parentWith({ parentalResponsibility: 'yes' }, { dateOfBirth: ADULT_BIRTHDAY }), kept: true },
  { name: 'the young person, to a body in Wales typed in', draft: { ...young, recipients: [WELSH_BODY] }, kept: true },
]

/** Pages whose empty state is special. */
export const EMPTY_FOR: Partial<Record<PageId, Answers>> = { 'keep-answers': UNASKED }

/**
 * Where the app rightly sends a person instead of the page, in a state that has no page of its
 * own: any other landing place fails the walk.
 */
export const SENT_INSTEAD: Partial<Record<PageId, Partial<Record<StateName, PageId>>>> = {
  // Letters are only made from answers that pass every check.
  letters: { empty: 'check-answers' },
  // When the first letter's details are missing, they are asked first.
  'follow-up-timing': { empty: 'follow-up-details' },
  // A request that is not in the list: the list itself.
  'tracked-event': { empty: 'my-requests' },
}

export const NOT_FOUND_PATH = '/this-page-does-not-exist'
const FLOW = { today: TEST_TODAY }

/** Every page: the step table, and the one for an address we do not have. */
export const PAGE_IDS: readonly PageId[] = [...STEP_IDS, 'not-found']

export function pathOf(id: PageId, answers: Answers): string {
  if (id === 'not-found') return NOT_FOUND_PATH
  if (id !== 'recipient-details') return pathFor(id)
  // The organisation page of a body typed in by hand, where there is one.
  const typed = (answers.draft.recipients ?? []).findIndex((r) => r.id === undefined)
  return pathFor(id, { n: typed >= 0 ? typed + 1 : 1 })
}

export function answersFor(id: PageId, state: 'empty' | 'filled'): Answers {
  if (id === 'not-found') return state === 'empty' ? EMPTY[0]! : FILLED[0]!
  if (state === 'empty' && EMPTY_FOR[id]) return EMPTY_FOR[id]
  const list = state === 'empty' ? EMPTY : FILLED
  const fits = list.filter((a) => applies(id, a.draft, FLOW))
  const found = fits.find((a) => isComplete(id, a.draft) === (state === 'filled')) ?? fits[0]
  if (!found) throw new Error(`no answers in test/browser/helpers/page-states.ts bring a person to the page "${id}" (${state}): add some`)
  return found
}
