/**
 * When a follow-up can be sent, for the pages: the draft's first letter and what has happened since,
 * put through the same rules the letters use (letters/follow-up.ts). Nothing here decides a date.
 */
import type { IsoDate } from '../../dates/iso.ts'
import { recipientToEntry } from '../../flow/convert.ts'
import { isoFromParts } from '../../flow/date-parts.ts'
import type { Draft } from '../../draft/draft.ts'
import { followUpFacts, followUpProblems, type FollowUpFacts } from '../../letters/follow-up.ts'
import { resolveRecipient, type DirectoryLookup, type ResolvedRecipient } from '../../letters/recipients.ts'
import { REQUEST_FORMAT, REQUEST_VERSION } from '../../request/constants.ts'
import type { FollowUp, FollowUpEvent, Request } from '../../request/schema.ts'

export interface BodyTiming {
  /** Undefined for the stand-in used before any organisation is chosen. */
  name?: string
  facts: FollowUpFacts
  /** Why it cannot be sent to this body yet, in the letters' own words; undefined when it can. */
  problem?: string
}

export interface SendTiming {
  bodies: BodyTiming[]
  canSend: boolean
  /** More than three months since the last contact with at least one of them (ICO complaints only). */
  icoMayRefuse: boolean
}

/**
 * The draft's follow-up as the request has it, or undefined while a date in it is not a real date.
 * `assumeNothing`: as if nothing had happened since (for saying when, before that is asked).
 */
export function followUpFromDraft(draft: Draft, assumeNothing = false): FollowUp | undefined {
  const f = draft.followUp
  if (!f?.kind || f.kind === 'none') return undefined
  const originalSentOn = isoFromParts(f.originalSentOn)
  if (originalSentOn === undefined) return undefined
  const events: FollowUpEvent[] = []
  for (const e of assumeNothing ? [] : (f.events ?? [])) {
    const on = isoFromParts(e.on)
    const answeredOn = e.answered === 'yes' ? isoFromParts(e.answeredOn) : undefined
    if (on === undefined || (e.answered === 'yes' && answeredOn === undefined)) return undefined
    events.push(answeredOn === undefined ? { kind: e.kind, on } : { kind: e.kind, on, answeredOn })
  }
  return {
    kind: f.kind,
    originalSentOn,
    ...(f.originalSentBy && f.originalSentBy !== 'not-sure' ? { originalSentBy: f.originalSentBy } : {}),
    events,
  }
}

/** The organisations chosen so far; an unnamed stand-in (every UK nation's bank holidays) when none is. */
function bodiesOf(draft: Draft, directory: DirectoryLookup | undefined): { recipient: ResolvedRecipient; named: boolean }[] {
  const out: { recipient: ResolvedRecipient; named: boolean }[] = []
  for (const r of draft.recipients ?? []) {
    if (r.id !== undefined && !directory?.byId(r.id)) continue
    out.push({ recipient: resolveRecipient(recipientToEntry(r), directory ?? { byId: () => undefined }), named: true })
  }
  if (out.length === 0) out.push({ recipient: resolveRecipient({ name: 'the organisation' }, { byId: () => undefined }), named: false })
  return out
}

/** Whether the draft names directory bodies, so the directory must be loaded first. */
export function needsDirectory(draft: Draft): boolean {
  return (draft.recipients ?? []).some((r) => r.id !== undefined)
}

/** When the follow-up in the draft can be sent, dated today; undefined while its dates are not complete. */
export function sendTiming(draft: Draft, today: IsoDate, directory: DirectoryLookup | undefined, options: { assumeNothing?: boolean } = {}): SendTiming | undefined {
  const followUp = followUpFromDraft(draft, options.assumeNothing)
  if (!followUp) return undefined
  // Only these fields are read by the rules; the rest stands in so the request is whole.
  const request: Request = {
    format: REQUEST_FORMAT,
    version: REQUEST_VERSION,
    dated: today,
    subject: { fullName: 'Stand-in', dateOfBirth: '2000-01-01', address: { lines: ['Stand-in'] } },
    sender: { kind: 'self' },
    // Until the person says, a request for a copy is assumed: a question can then pause the clock, so the date is never too early.
    requests: draft.requests && draft.requests.length > 0 ? [...draft.requests] : ['access'],
    recipients: [],
    followUp,
  }
  const bodies: BodyTiming[] = []
  for (const { recipient, named } of bodiesOf(draft, directory)) {
    const facts = followUpFacts(request, recipient)
    if (!facts) continue
    const problem = followUpProblems(request, [recipient])[0]?.message
    bodies.push({ name: named ? recipient.name : undefined, facts, ...(problem === undefined ? {} : { problem }) })
  }
  return {
    bodies,
    canSend: bodies.every((b) => b.problem === undefined),
    icoMayRefuse: followUp.kind === 'ico-complaint' && bodies.some((b) => b.facts.icoMayRefuse),
  }
}
