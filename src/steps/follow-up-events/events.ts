/**
 * "What has happened since?" as boxes: one checkbox per kind of event, each with its dates, and
 * "Nothing has happened" on its own. Pure, so the page's own checks are tested without a browser.
 */
import type { SummaryError } from '../../components/ErrorSummary/ErrorSummary.tsx'
import type { DatePart } from '../../flow/date-parts.ts'
import { isoFromParts } from '../../flow/date-parts.ts'
import { EMPTY_DATE, isBlank, type DateParts, type FollowUpEventDraft } from '../../draft/draft.ts'
import { FOLLOW_UP_EVENTS, type FollowUpEventKind } from '../../request/constants.ts'
import { message } from '../../request/errors.ts'
import { checkDate } from '../shared/fields.ts'

/** Events with a second date: when the person sent what was asked for, or when they answered the complaint. */
const ANSWERED_KINDS = ['asked-for-id', 'asked-what-you-meant', 'complaint-made'] as const satisfies readonly FollowUpEventKind[]
export type AnsweredKind = (typeof ANSWERED_KINDS)[number]

export function hasAnswer(kind: FollowUpEventKind): kind is AnsweredKind {
  return (ANSWERED_KINDS as readonly string[]).includes(kind)
}

export const NOTHING = 'nothing'
/** The checkboxes' id: the first box has it, the error summary links to it. */
export const EVENTS_ID = 'happened'
export type Happened = FollowUpEventKind | typeof NOTHING

export interface EventBoxes {
  on: DateParts
  answeredOn: DateParts
}

export interface EventValues {
  happened: Happened[]
  boxes: Record<FollowUpEventKind, EventBoxes>
}

/** Box ids: "event-<kind>-on-day", "event-<kind>-answeredOn-year"… */
export function eventFieldId(kind: FollowUpEventKind, which: 'on' | 'answeredOn'): string {
  return `event-${kind}-${which}`
}

/** The answers as boxes. One event of each kind is shown (the first); a second of the same kind is not asked about. */
export function eventValues(events: readonly FollowUpEventDraft[] | undefined): EventValues {
  const boxes = Object.fromEntries(FOLLOW_UP_EVENTS.map((kind) => [kind, { on: { ...EMPTY_DATE }, answeredOn: { ...EMPTY_DATE } }])) as EventValues['boxes']
  const happened: Happened[] = []
  for (const e of events ?? []) {
    if (happened.includes(e.kind)) continue
    happened.push(e.kind)
    boxes[e.kind] = { on: { ...EMPTY_DATE, ...e.on }, answeredOn: { ...EMPTY_DATE, ...(e.answered === 'yes' ? e.answeredOn : undefined) } }
  }
  if (events !== undefined && events.length === 0) happened.push(NOTHING)
  return { happened, boxes }
}

function blankDate(parts: DateParts): boolean {
  return isBlank(parts.day) && isBlank(parts.month) && isBlank(parts.year)
}

/** The events ticked, oldest first (as the request keeps them); [] for "Nothing has happened". */
export function eventsFromValues(values: EventValues): FollowUpEventDraft[] {
  const ticked = FOLLOW_UP_EVENTS.filter((kind) => values.happened.includes(kind))
  const events = ticked.map((kind): FollowUpEventDraft => {
    const b = values.boxes[kind]
    if (!hasAnswer(kind)) return { kind, on: { ...b.on } }
    return blankDate(b.answeredOn) ? { kind, on: { ...b.on }, answered: 'not-yet' } : { kind, on: { ...b.on }, answered: 'yes', answeredOn: { ...b.answeredOn } }
  })
  // Stable: events on the same day keep the order of the list.
  return events
    .map((e, i) => ({ e, i, on: isoFromParts(e.on) ?? '' }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.i - b.i))
    .map(({ e }) => e)
}

/** The page's own checks, in page order: something chosen, then each date's boxes. `parts`: the boxes to mark, by date id. */
export function checkEventValues(values: EventValues): { errors: SummaryError[]; parts: Record<string, DatePart[] | undefined> } {
  const parts: Record<string, DatePart[] | undefined> = {}
  if (values.happened.length === 0) return { errors: [{ field: EVENTS_ID, message: message('chooseEvents') }], parts }
  const errors: SummaryError[] = []
  for (const kind of FOLLOW_UP_EVENTS) {
    if (!values.happened.includes(kind)) continue
    const b = values.boxes[kind]
    const dates: ('on' | 'answeredOn')[] = hasAnswer(kind) && !blankDate(b.answeredOn) ? ['on', 'answeredOn'] : ['on']
    for (const which of dates) {
      const id = eventFieldId(kind, which)
      const result = checkDate(b[which], id, `followUp.events.${kind}.${which}`)
      parts[id] = result.parts
      errors.push(...result.errors)
    }
  }
  return { errors, parts }
}

/** The box a schema problem at "followUp.events.<i>.<field>" belongs to, given the events the page saved. */
export function eventFieldFor(path: string, events: readonly FollowUpEventDraft[]): string {
  const [, , index, field] = path.split('.')
  const event = events[Number(index)]
  if (!event) return EVENTS_ID
  return `${eventFieldId(event.kind, field === 'answeredOn' ? 'answeredOn' : 'on')}-day`
}
