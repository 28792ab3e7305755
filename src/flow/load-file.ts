/** "Load answers from a file": read, check with the real schema and directory, and turn into a draft. */
import type { IsoDate } from '../dates/iso.ts'
import { MAX_REQUEST_FILE_BYTES } from '../request/constants.ts'
import type { FieldError } from '../request/errors.ts'
import { parseRequestText } from '../request/parse.ts'
import { draftFromRequest } from './convert.ts'
import { getDirectory } from './directory.ts'
import type { Draft } from './draft.ts'

/** `notes`: what was tidied without changing an answer (an organisation listed twice gets one letter). */
export type LoadResult = { ok: true; draft: Draft; notes: string[] } | { ok: false; errors: FieldError[] } | { ok: false; tooBig: true }

/**
 * The same checks as the command line's (size, JSON, schema, directory, and with `today` the letter
 * date), so a file one accepts the other accepts too; and refused, never cut down, if a page could not
 * show every answer in it.
 */
export async function readAnswersFile(file: Blob, today?: IsoDate): Promise<LoadResult> {
  // Checked before the file is read at all.
  if (file.size > MAX_REQUEST_FILE_BYTES) return { ok: false, tooBig: true }
  const [text, directory] = await Promise.all([file.text(), getDirectory()])
  const isKnownRecipient = (id: string) => directory.byId(id) !== undefined
  const result = parseRequestText(text, { today, isKnownRecipient })
  if (!result.ok) return { ok: false, errors: result.errors }
  const loaded = draftFromRequest(result.request, { isKnownRecipient })
  if (!loaded.ok) return { ok: false, errors: loaded.errors }
  return { ok: true, draft: loaded.draft, notes: result.notes }
}
