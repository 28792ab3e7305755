/**
 * Checking one page's answers with the real request schema. The draft (with the page's new answers)
 * becomes a request; anything not answered yet is filled with stand-in values so the schema's
 * cross-field rules still run; then only the problems in the page's own fields are kept.
 * So a page never has a rule of its own that the letter engine does not also apply.
 */
import { addDays, type IsoDate } from '../dates/iso.ts'
import { REQUEST_FORMAT, REQUEST_VERSION } from '../request/constants.ts'
import { describeIssues, fieldLabel, message, type FieldError } from '../request/errors.ts'
import { makeRequestSchema } from '../request/schema.ts'
import { draftToCandidate } from './convert.ts'
import { parseDateParts, type DatePart } from './date-parts.ts'
import type { DateParts, Draft } from '../draft/draft.ts'

export interface ValidateOptions {
  today: IsoDate
  isKnownRecipient?: (id: string) => boolean
}

type Json = Record<string, unknown>

const STAND_IN_ADDRESS = { lines: ['1 Example Street', 'Example Town'], postcode: 'AA1 1AA' }

/** A complete, valid request to fill the gaps; the sender's shape follows the kind chosen. */
function standIn(today: IsoDate, kind: unknown): Json {
  const sender =
    kind === 'parent'
      ? { kind, fullName: 'Example', relationship: 'parent' }
      : kind === 'representative'
        ? { kind, fullName: 'Example', organisation: 'Example', role: 'Example', address: STAND_IN_ADDRESS }
        : { kind: 'self' }
  return {
    format: REQUEST_FORMAT,
    version: REQUEST_VERSION,
    dated: today,
    // A child's age, so a parent is never told they are asking for an adult's records by a stand-in.
    subject: { fullName: 'Example', dateOfBirth: addDays(today, -3650), address: STAND_IN_ADDRESS },
    sender,
    requests: ['access'],
    recipients: ['police:example'],
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isOwned(path: string, owned: readonly string[]): boolean {
  return owned.some((p) => path === p || path.startsWith(`${p}.`))
}

function hasOwnedBelow(path: string, owned: readonly string[]): boolean {
  return owned.some((p) => p.startsWith(`${path}.`))
}

function present(value: unknown): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0)
}

/**
 * The candidate over the stand-in: owned fields always come from the candidate (even when empty);
 * other fields only when answered, merged field by field so a half-answered part keeps its stand-ins.
 */
function overlay(base: Json, candidate: Json, prefix: string, owned: readonly string[]): Json {
  const out: Json = { ...base }
  for (const key of new Set([...Object.keys(base), ...Object.keys(candidate)])) {
    const path = prefix ? `${prefix}.${key}` : key
    const value = candidate[key]
    const inner = base[key]
    if (isOwned(path, owned)) {
      if (value === undefined) delete out[key]
      else out[key] = value
    } else if (isObject(inner) && (isObject(value) || (value === undefined && hasOwnedBelow(path, owned)))) {
      out[key] = overlay(inner, isObject(value) ? value : {}, path, owned)
    } else if (present(value) || (value !== undefined && hasOwnedBelow(path, owned))) {
      out[key] = value
    }
  }
  return out
}

/**
 * The problems with the fields a page owns, as plain messages from the catalogue.
 * `owned` are dotted request paths, e.g. ["subject.fullName"] or ["recipients.2"].
 */
export function validateFields(draft: Draft, owned: readonly string[], options: ValidateOptions): FieldError[] {
  const today = options.today
  const candidate = draftToCandidate(draft, today)
  const kind = isObject(candidate.sender) ? candidate.sender.kind : undefined
  const probe = overlay(standIn(today, kind), candidate, '', owned)
  const result = makeRequestSchema({ isKnownRecipient: options.isKnownRecipient }).safeParse(probe, { reportInput: true })
  if (result.success) return []
  return describeIssues(result.error.issues).filter((e) => isOwned(e.path, owned))
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

export interface DateProblem {
  /** The first box to put right: the error summary links to it. */
  part: DatePart
  /** The boxes to mark as wrong; undefined for all three. */
  parts?: DatePart[]
  message: string
}

/**
 * The date boxes' own problems (missing, incomplete, not real), named with the field's label from the
 * catalogue. `partWords` are the words for "day", "month" and "year" in the message.
 */
export function dateProblem(parts: DateParts | undefined, path: string, partWords: Record<DatePart, string>): DateProblem | undefined {
  const label = fieldLabel(path.split('.'))
  const result = parseDateParts(parts)
  if (result.ok) return undefined
  switch (result.problem) {
    case 'empty':
      return { part: 'day', message: message('dateEmpty', { lower: lowerFirst(label) }) }
    case 'missing': {
      const [first, second] = result.parts
      if (first === undefined) return undefined
      if (result.parts.length === 1 || second === undefined) return { part: first, parts: result.parts, message: message('dateMissingPart', { label, part: partWords[first] }) }
      return { part: first, parts: result.parts, message: message('dateMissingTwoParts', { label, part: partWords[first], part2: partWords[second] }) }
    }
    case 'year':
      return { part: 'year', parts: ['year'], message: message('dateYear', { label }) }
    case 'notReal':
      return { part: result.parts[0] ?? 'day', parts: result.parts, message: message('dateNotReal', { label }) }
  }
}
