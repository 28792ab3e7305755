/** Turns schema issues into plain-English messages that name the field, from one catalogue. */
import type { z } from 'zod'
import catalogue from '../content/errors.en-GB.json'

export interface FieldError {
  /** Dotted path into the request, e.g. "subject.dateOfBirth" or "recipients.2.email". */
  path: string
  message: string
}

type MessageKey = keyof typeof catalogue.errors

export function message(key: MessageKey, values: Record<string, string | number> = {}): string {
  return catalogue.errors[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}

/** The field's name for people: "Date of birth". Array positions match the "*" entries. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const pattern = path.map((p) => (typeof p === 'number' ? '*' : String(p))).join('.')
  const labels = catalogue.fields as Record<string, string>
  return labels[pattern] ?? labels[pattern.replace(/\.\*$/, '')] ?? 'A field'
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}

function lowerFirst(label: string): string {
  // Keep "Your" and proper nouns readable: only the first letter of a common word is lowered.
  return label.charAt(0).toLowerCase() + label.slice(1)
}

function describe(issue: z.core.$ZodIssue): FieldError[] {
  const label = fieldLabel(issue.path)
  const base = { label, lower: lowerFirst(label) }
  const at = (msg: string, path = issue.path) => [{ path: dotted(path), message: msg }]
  const top = issue.path[0]

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: dotted([...issue.path, key]), message: message('unknownField', { key }) }))
  }
  if (top === 'format' && issue.path.length === 1) return at(message('wrongFormat'))
  if (top === 'version' && issue.path.length === 1) {
    return at(message('wrongVersion', { received: JSON.stringify((issue as { input?: unknown }).input ?? 'missing') }))
  }
  if (issue.code === 'custom') {
    const params = (issue.params ?? {}) as Record<string, string | number>
    return at(message(String(params.key) as MessageKey, { ...base, ...params }))
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
    const branches = issue.errors
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
