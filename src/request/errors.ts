/** Turns schema issues into plain-English messages that name the field, from one catalogue. */
import type { z } from 'zod'
import english from '../content/errors.en-GB.json'
import { addCatalogue, catalogue as messages, currentLocale, DEFAULT_LOCALE } from '../i18n/catalogues.ts'
import { formatMessage } from '../i18n/format.ts'
import { displaySafe, MAX_LISTED_PROBLEMS } from './clean.ts'

export interface FieldError {
  /** Dotted path into the request, e.g. "subject.dateOfBirth" or "recipients.2.email". */
  path: string
  message: string
}

addCatalogue('errors', DEFAULT_LOCALE, english)

type ErrorsCatalogue = typeof english
export type MessageKey = keyof ErrorsCatalogue['errors']

/** The error messages in the language the person reads the interface in. */
function catalogue(): ErrorsCatalogue {
  return messages('errors', currentLocale()) as ErrorsCatalogue
}

export function message(key: MessageKey, values: Record<string, string | number> = {}): string {
  return formatMessage(currentLocale(), catalogue().errors[key], values)
}

/** The first `max` problems, and how many more there are ("and 35 more problems"). */
export function firstProblems<T>(errors: readonly T[], max = MAX_LISTED_PROBLEMS): { listed: T[]; more: number } {
  return { listed: errors.slice(0, max), more: Math.max(0, errors.length - max) }
}

/** Values a file supplied, made safe to repeat: hidden characters named, long values cut short. */
function safeValues(values: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(values)) out[name] = typeof value === 'number' ? value : displaySafe(String(value))
  return out
}

/** The field's name for people ("Date of birth"), or undefined for a field the format does not have. */
export function knownFieldLabel(path: readonly PropertyKey[]): string | undefined {
  const pattern = path.map((p) => (typeof p === 'number' ? '*' : String(p))).join('.')
  const labels = catalogue().fields as Record<string, string | undefined>
  return Object.hasOwn(labels, pattern) ? labels[pattern] : Object.hasOwn(labels, pattern.replace(/\.\*$/, '')) ? labels[pattern.replace(/\.\*$/, '')] : undefined
}

/** The field's name for people: "Date of birth". Array positions match the "*" entries. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  return knownFieldLabel(path) ?? 'A field'
}

/** The path as "subject.address.lines.2"; a key from the file is shown safely (it may hold anything). */
export function dotted(path: readonly PropertyKey[]): string {
  return path.map((p) => displaySafe(String(p))).join('.')
}

function lowerFirst(label: string): string {
  // Keep "Your" and proper nouns readable: only the first letter of a common word is lowered.
  return label.charAt(0).toLowerCase() + label.slice(1)
}

/** A value from the file as JSON, cut short; never throws (a value may be nested too deep to write out). */
function shownInput(input: unknown): string {
  if (input === undefined) return '"missing"'
  if (typeof input === 'object' && input !== null) return Array.isArray(input) ? 'a list' : 'a group of fields'
  return displaySafe(JSON.stringify(input) ?? String(input))
}

function describe(issue: z.core.$ZodIssue): FieldError[] {
  const label = fieldLabel(issue.path)
  const base = { label, lower: lowerFirst(label) }
  const at = (msg: string, path = issue.path) => [{ path: dotted(path), message: msg }]
  const top = issue.path[0]

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: dotted([...issue.path, key]), message: message('unknownField', { key: displaySafe(key) }) }))
  }
  if (top === 'format' && issue.path.length === 1) return at(message('wrongFormat'))
  if (top === 'version' && issue.path.length === 1) {
    return at(message('wrongVersion', { received: shownInput((issue as { input?: unknown }).input) }))
  }
  if (issue.code === 'custom') {
    const { key, ...params } = (issue.params ?? {}) as Record<string, unknown>
    return at(message(String(key) as MessageKey, { ...base, ...safeValues(params) }))
  }
  if (issue.code === 'invalid_type') {
    const input = (issue as { input?: unknown }).input
    if (input === undefined) return at(message('missing', base))
    if (issue.expected === 'string') return at(message('notText', base))
    if (issue.expected === 'array') return at(message('notList', base))
    if (issue.expected === 'boolean') return at(message('notYesNo', base))
    return at(message('wrongType', base))
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map((v) => String(v)).join(', ')
    return at(message('unknownOption', { ...base, options }))
  }
  if (issue.code === 'invalid_union') {
    // A sender or recipient that matches none of its shapes: report the closest shape's problems.
    const discriminator = (issue as { note?: string }).note
    if (discriminator === 'No matching discriminator') {
      const path = issue.path[issue.path.length - 1] === 'kind' ? issue.path : [...issue.path, 'kind']
      return at(message('unknownOption', { ...base, label: fieldLabel(path), options: 'self, parent, representative' }), path)
    }
    // A shape the value is not even the type of (text, for a recipient given as an object) is never the closest.
    const typed = issue.errors.filter((branch) => !branch.some((sub) => sub.code === 'invalid_type' && sub.path.length === 0))
    const branches = typed.length > 0 ? typed : issue.errors
    const best = branches.reduce((a, b) => (b.length < a.length ? b : a), branches[0] ?? [])
    return best.flatMap((sub) => describe({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue))
  }
  if (issue.code === 'too_big') return at(message(issue.origin === 'array' ? 'tooMany' : 'tooLong', { ...base, max: Number(issue.maximum) }))
  if (issue.code === 'too_small') return at(message('missing', base))
  return at(message('wrongType', base))
}

/** Every problem, once each, in the order of the file. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const seen = new Set<string>()
  return issues.flatMap(describe).filter((e) => {
    const key = `${e.path}|${e.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
