/** Reading a request from untrusted input (a file, storage, the command line): never throws. */
import { REQUEST_FORMAT } from './constants.ts'
import { describeIssues, message, type FieldError } from './errors.ts'
import { makeRequestSchema, type Request, type SchemaOptions } from './schema.ts'

export type ParseResult = { ok: true; request: Request } | { ok: false; errors: FieldError[] }

export function parseRequest(input: unknown, options: SchemaOptions = {}): ParseResult {
  // A file that is not ours at all gets one message, not fifty.
  if (typeof input !== 'object' || input === null || Array.isArray(input) || (input as { format?: unknown }).format !== REQUEST_FORMAT) {
    return { ok: false, errors: [{ path: 'format', message: message('wrongFormat') }] }
  }
  const result = makeRequestSchema(options).safeParse(input, { reportInput: true })
  if (result.success) return { ok: true, request: result.data }
  return { ok: false, errors: describeIssues(result.error.issues) }
}

/** Parses the text of a saved answers file. */
export function parseRequestText(text: string, options: SchemaOptions = {}): ParseResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, errors: [{ path: '', message: message('notJson') }] }
  }
  return parseRequest(json, options)
}
