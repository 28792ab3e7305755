/** "Load answers from a file": read, check with the real schema and directory, and turn into a draft. */
import type { IsoDate } from '../dates/iso.ts'
import { MAX_REQUEST_FILE_BYTES } from '../request/constants.ts'
import type { FieldError } from '../request/errors.ts'
import { isLocked, unlockText } from '../request/locked.ts'
import { parseRequestText } from '../request/parse.ts'
import { draftFromRequest } from './convert.ts'
import { moveSendDateToToday, type SendDateMove } from './dates-moved.ts'
import { getDirectory } from './directory.ts'
import type { Draft } from '../draft/draft.ts'

/**
 * `notes`: what was tidied without changing an answer (an organisation listed twice gets one letter).
 * `sendDateMoved`: the planned sending day had passed, so it is today now, for the page to say so.
 * `locked`: the file is locked and needs its passphrase; with `wrongPassphrase`, the one given did not
 * open it (or the file was changed), in one plain sentence.
 */
export type LoadResult =
  | { ok: true; draft: Draft; notes: string[]; sendDateMoved?: SendDateMove }
  | { ok: false; errors: FieldError[] }
  | { ok: false; tooBig: true }
  | { ok: false; locked: true; wrongPassphrase?: string }

/**
 * The same checks as the command line's (size, JSON, schema, directory, and with `today` the letter
 * date), so a file one accepts the other accepts too; and refused, never cut down, if a page could not
 * show every answer in it. A file saved weeks ago still makes letters: with `today`, a planned sending
 * day that has passed moves to it. A locked file is opened with `passphrase` first, then checked the same way.
 */
export async function readAnswersFile(file: Blob, today?: IsoDate, passphrase?: string): Promise<LoadResult> {
  // Checked before the file is read at all.
  if (file.size > MAX_REQUEST_FILE_BYTES) return { ok: false, tooBig: true }
  const [fileText, directory] = await Promise.all([file.text(), getDirectory()])
  let text = fileText
  if (isLocked(fileText)) {
    if (passphrase === undefined) return { ok: false, locked: true }
    const opened = await unlockText(fileText, passphrase)
    if (!opened.ok) return opened.reason === 'wrong-passphrase' ? { ok: false, locked: true, wrongPassphrase: opened.message } : { ok: false, errors: [{ path: '', message: opened.message }] }
    text = opened.text
  }
  const isKnownRecipient = (id: string) => directory.byId(id) !== undefined
  const result = parseRequestText(text, { today, isKnownRecipient })
  if (!result.ok) return { ok: false, errors: result.errors }
  const loaded = draftFromRequest(result.request, { isKnownRecipient })
  if (!loaded.ok) return { ok: false, errors: loaded.errors }
  if (today === undefined) return { ok: true, draft: loaded.draft, notes: result.notes }
  const { draft, moved } = moveSendDateToToday(loaded.draft, today)
  return moved ? { ok: true, draft, notes: result.notes, sendDateMoved: moved } : { ok: true, draft, notes: result.notes }
}
