/** Reading a request from untrusted input (a file, storage, the command line): never throws. */
import { MAX_JSON_DEPTH, MAX_REQUEST_FILE_BYTES, REQUEST_FORMAT } from './constants.ts'
import { displaySafe } from './clean.ts'
import { describeIssues, dotted, knownFieldLabel, message, type FieldError } from './errors.ts'
import { scanJson } from './json-scan.ts'
import { makeRequestSchema, type Request, type RecipientEntry, type SchemaOptions } from './schema.ts'

/** `notes`: what was tidied without changing any answer (an organisation listed twice), for the person to read. */
export type ParseResult = { ok: true; request: Request; notes: string[] } | { ok: false; errors: FieldError[] }

const fileError = (text: string): ParseResult => ({ ok: false, errors: [{ path: '', message: text }] })

export function parseRequest(input: unknown, options: SchemaOptions = {}): ParseResult {
  // A file that is not ours at all gets one message, not fifty.
  if (typeof input !== 'object' || input === null || Array.isArray(input) || (input as { format?: unknown }).format !== REQUEST_FORMAT) {
    return { ok: false, errors: [{ path: 'format', message: message('wrongFormat') }] }
  }
  const result = makeRequestSchema(options).safeParse(input, { reportInput: true })
  if (!result.success) return { ok: false, errors: describeIssues(result.error.issues) }
  return tidy(result.data)
}

/** The size of the text as UTF-8, counted only when it could be near the limit. */
function tooBig(text: string): boolean {
  if (text.length > MAX_REQUEST_FILE_BYTES) return true
  if (text.length * 3 <= MAX_REQUEST_FILE_BYTES) return false
  return new TextEncoder().encode(text).length > MAX_REQUEST_FILE_BYTES
}

/** "1 MB": the size limit in words. */
export const MAX_FILE_SIZE_WORDS = `${MAX_REQUEST_FILE_BYTES / 1_000_000} MB`

/**
 * Parses the text of a saved answers file: too big, not JSON, nested too deep or with a key written
 * twice each get one plain message. A UTF-8 byte order mark (Windows Notepad adds one) is allowed.
 */
export function parseRequestText(text: string, options: SchemaOptions = {}): ParseResult {
  if (tooBig(text)) return fileError(message('fileTooBig', { max: MAX_FILE_SIZE_WORDS }))
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const scan = scanJson(body, MAX_JSON_DEPTH)
  if (scan.tooDeep) return fileError(message('tooDeep'))
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return fileError(message('notJson'))
  }
  if (scan.duplicates.length > 0) {
    return {
      ok: false,
      errors: scan.duplicates.map((path) => ({
        path: dotted(path),
        message: message('duplicateKey', { label: knownFieldLabel(path) ?? `The field "${displaySafe(String(path[path.length - 1]))}"` }),
      })),
    }
  }
  return parseRequest(json, options)
}

/** Leaves out what says nothing (an empty list, an organisation given as `{ id }` alone), so each request has one way to be written. */
function withoutEmptyLists<T extends object>(object: T, keys: readonly (keyof T)[]): T {
  const out = { ...object }
  for (const key of keys) {
    const value = out[key]
    if (Array.isArray(value) && value.length === 0) delete out[key]
  }
  return out
}

function entryId(entry: RecipientEntry): string | undefined {
  return typeof entry === 'string' ? entry : entry.id
}

/**
 * The checked request in its one written form, with an organisation listed more than once sent one
 * letter. The same body twice with different details cannot be merged without choosing for the
 * person, so that is refused.
 */
function tidy(request: Request): ParseResult {
  const recipients: RecipientEntry[] = []
  const counts = new Map<string, { label: string; count: number }>()
  const errors: FieldError[] = []
  request.recipients.forEach((raw, i) => {
    const entry: RecipientEntry = typeof raw !== 'string' && raw.id !== undefined && Object.keys(raw).length === 1 ? raw.id : raw
    const id = entryId(entry)
    const key = id ?? JSON.stringify(entry)
    const label = id ?? (typeof entry === 'string' ? entry : (entry.name ?? ''))
    const seen = counts.get(key)
    if (!seen) {
      counts.set(key, { label, count: 1 })
      recipients.push(entry)
      return
    }
    seen.count += 1
    const at = recipients.findIndex((r) => (entryId(r) ?? JSON.stringify(r)) === key)
    const kept = recipients[at]!
    if (JSON.stringify(kept) === JSON.stringify(entry) || typeof entry === 'string') return
    // A directory id alone, then the same body with the person's own details: keep the details.
    if (typeof kept === 'string') recipients[at] = entry
    else errors.push({ path: `recipients.${i}`, message: message('recipientTwice', { value: displaySafe(label) }) })
  })
  if (errors.length > 0) return { ok: false, errors }
  const notes = [...counts.values()].filter((c) => c.count > 1).map((c) => message('sameRecipientNote', { value: displaySafe(c.label), count: c.count }))

  const subject = withoutEmptyLists(request.subject, ['otherNames', 'previousAddresses'])
  // An empty list of events says something: the person told us nothing has happened since. It stays.
  const followUp = request.followUp
  const tidied: Request = withoutEmptyLists({ ...request, subject, recipients }, ['topics'])
  if (followUp) tidied.followUp = followUp
  return { ok: true, request: tidied, notes }
}
