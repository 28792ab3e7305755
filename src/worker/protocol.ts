/** Messages between the page and the PDF worker. Plain data only: it crosses a thread boundary. */
import type { IsoDate } from '../dates/iso.ts'
import type { Request } from '../request/schema.ts'

export interface MakeLettersMessage {
  id: number
  request: Request
  /** The interface's language: what the page says about each letter is in it, whatever the letter's language. */
  locale?: string
}

/**
 * Sent while the person reads their answers: the worker loads the directory and parses the fonts
 * then, so "Make your letters" does not wait for them. Nothing comes back.
 */
export interface WarmUpMessage {
  warmUp: true
}

/** One client of a batch: their checked request, and the folder their letters go in (never their name). */
export interface BatchClient {
  folder: string
  request: Request
}

/** The words of a batch's summary, in the interface's language. */
export interface BatchWords {
  /** The CSV's first line. */
  csvHeader: string
  /** The summary sheet's title, its line under the title (`{letters}` in it becomes how many letters), and its column headings. */
  sheetTitle: string
  sheetLead: string
  sheetHeader: string[]
  /** Each kind of request and follow-up in words, for the sheet ("access" → "Get a copy of your data"). */
  requestWords: Record<string, string>
  /** File names in the zip. */
  csvFileName: string
  sheetFileName: string
}

/** Every chosen client's letters in one zip: each client's in a folder of their own, with a summary sheet and CSV. */
export interface MakeBatchMessage {
  id: number
  batch: BatchClient[]
  words: BatchWords
  /** The day the batch is made, YYYY-MM-DD. */
  today: string
  locale?: string
}

export type ToWorker = MakeLettersMessage | MakeBatchMessage | WarmUpMessage

/** One recipient's PDF (cover sheet, letter, forms) and what the page says about sending it. */
export interface MadeLetter {
  recipientId: string
  recipientName: string
  /** No personal data in it, e.g. "letter-01-greater-manchester-police.pdf". */
  fileName: string
  pdf: Uint8Array
  /** The letter alone as plain text, for "Copy" and the email body. */
  text: string
  /** The letter's subject line, for the email. */
  subject: string
  /** Where to send it. Absent when we do not know. */
  email?: string
  webForm?: string
  /** Name and lines of the postal address, as on the letter. */
  postal?: string[]
  /** The date by which they must reply; absent for complaints. */
  deadline?: IsoDate
  deadlineWords?: string
  /** Whether they must reply by then, or (a complaint) acknowledge it. */
  deadlineKind?: 'reply' | 'acknowledge'
  /** What the deadline assumes (post takes two working days…), in the interface's language. */
  assumption?: string
  /** What to send with it, in the interface's language. */
  enclosures: string[]
  /** The calendar reminder (.ics text), with and without the organisation's name; absent when no answer is due by a date. */
  calendar?: { fileName: string; full: string; plain: string }
}

export interface MadeLetters {
  letters: MadeLetter[]
  /** Every letter in one PDF. */
  all: Uint8Array
  allFileName: string
  /** Time spent in the worker, for measuring. */
  ms: number
}

export interface MadeBatch {
  zip: Uint8Array
  /** How many letters are in it. */
  letters: number
  ms: number
}

export type WorkerReply = { id: number; ok: true; result: MadeLetters | MadeBatch } | { id: number; ok: false; message: string }
