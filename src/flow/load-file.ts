/** "Load answers from a file": read, check with the real schema and directory, and turn into a draft. */
import { MAX_REQUEST_FILE_BYTES } from '../request/constants.ts'
import type { FieldError } from '../request/errors.ts'
import { parseRequestText } from '../request/parse.ts'
import { fromRequest } from './convert.ts'
import { getDirectory } from './directory.ts'
import type { Draft } from './draft.ts'

export type LoadResult = { ok: true; draft: Draft } | { ok: false; errors: FieldError[] } | { ok: false; tooBig: true }

export async function readAnswersFile(file: Blob): Promise<LoadResult> {
  // The same limit as the command line's, checked before the file is read at all.
  if (file.size > MAX_REQUEST_FILE_BYTES) return { ok: false, tooBig: true }
  const [text, directory] = await Promise.all([file.text(), getDirectory()])
  const result = parseRequestText(text, { isKnownRecipient: (id) => directory.byId(id) !== undefined })
  if (!result.ok) return { ok: false, errors: result.errors }
  return { ok: true, draft: fromRequest(result.request) }
}
