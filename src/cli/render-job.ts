/**
 * One letter's files, made from its pack: the PDF and, when the letter asks for an answer by a date,
 * the calendar reminder. The same code runs in the command line's own thread and in its workers
 * (render-worker.ts), so a letter is the same wherever it was made.
 */
import { deflateSync } from 'node:zlib'
import { calendarFor, type CalendarWords } from '../letters/calendar.ts'
import type { RecipientPack } from '../letters/model.ts'
import type { FallbackFont } from '../pdf/fonts.ts'
import { loadFontsFromDisk } from '../pdf/fonts.node.ts'
import { renderPack } from '../pdf/render.ts'

export interface RenderJob {
  pack: RecipientPack
  /** The fallback fonts the pack's file needs (see fontsNeeded): every letter of one file gets the same. */
  fallbacks: FallbackFont[]
  /** The letter's date, recorded as the PDF's creation date. */
  createdOn: string
  /** The calendar reminder's words, in the letter's language (a worker has no content files loaded). */
  calendarWords: CalendarWords
}

export interface Rendered {
  pdf: Uint8Array
  calendar?: string
}

/** Node's zlib, at the level pdf-lib's own deflate uses (zlib's default, 6). */
const deflate = (bytes: Uint8Array): Uint8Array => deflateSync(bytes)

export async function renderJob(job: RenderJob, fontsDir: string): Promise<Rendered> {
  const fonts = loadFontsFromDisk(job.fallbacks, fontsDir)
  const pdf = await renderPack(job.pack, fonts, { createdOn: job.createdOn, deflate })
  const calendar = calendarFor(job.pack, { words: job.calendarWords })
  return calendar === undefined ? { pdf } : { pdf, calendar }
}
