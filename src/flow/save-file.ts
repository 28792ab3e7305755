/** "Save your answers to a file": the request file format, named without the person's name. */
import type { IsoDate } from '../dates/iso.ts'
import type { Request } from '../request/schema.ts'
import { createObjectUrl, revokeObjectUrl } from '../storage/index.ts'
import { toRequest } from './convert.ts'
import { getDirectory } from './directory.ts'
import type { Draft } from '../draft/draft.ts'

const ANSWERS_FILE_TYPE = 'application/json'

function requestFileText(request: Request): string {
  return `${JSON.stringify(request, null, 2)}\n`
}

/** Starts a download of bytes or text; the blob URL is revoked once the browser has it. */
function downloadFile(data: BlobPart, fileName: string, type: string): void {
  const url = createObjectUrl(new Blob([data], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started by the next turn; a minute is generous for slow devices.
  setTimeout(() => revokeObjectUrl(url), 60_000)
}

export function saveAnswersFile(request: Request, fileName: string): void {
  downloadFile(requestFileText(request), fileName, ANSWERS_FILE_TYPE)
}

/**
 * The same file locked with a passphrase (README, "Locked answers files"). Locking takes about a
 * second on purpose (the slow key derivation is what makes guessing slow), so it is awaited.
 */
export async function saveLockedAnswersFile(request: Request, fileName: string, passphrase: string): Promise<void> {
  const { lockText } = await import('../request/locked.ts')
  downloadFile(await lockText(requestFileText(request), passphrase), fileName, ANSWERS_FILE_TYPE)
}

/**
 * Saves the answers so far to a file, when they are a whole request (a file must load again as it
 * was saved); 'incomplete' when questions are still to answer.
 */
export async function saveDraftToFile(draft: Draft, today: IsoDate, fileName: string): Promise<'saved' | 'incomplete'> {
  const directory = await getDirectory()
  const result = toRequest(draft, { today, isKnownRecipient: (id) => directory.byId(id) !== undefined })
  if (!result.ok) return 'incomplete'
  saveAnswersFile(result.request, fileName)
  return 'saved'
}
