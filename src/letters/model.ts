/**
 * A document ready to lay out: plain data, no pdf-lib, no React.
 * The letter builder makes these from a request; the PDF renderer and the web page both draw them.
 */
import type { LetterLanguage } from '../i18n/letter-words.ts'

/** One block of body text. Inline `**bold**` is the only markup inside text. */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[]; ordered?: boolean }
  /** A labelled line to fill in by hand on paper (signature, date). */
  | { type: 'field'; label: string; value?: string }

export interface AddressBlock {
  /** First line, printed as is (a person's or a body's name). */
  name: string
  /** Further lines: organisation, street, town, postcode, email. */
  lines: string[]
}

export type DocumentKind =
  | 'cover-sheet'
  | 'request'
  | 'reminder'
  | 'complaint'
  | 'ico-complaint'
  | 'missing-parts'
  | 'ico-check'
  | 'authority-form'

export interface LetterModel {
  kind: DocumentKind
  /** Document title for the PDF metadata and the page heading of a form. */
  title: string
  /** Sender block, top right. Absent on forms and cover sheets. */
  sender?: AddressBlock
  /** Recipient block, top left. Absent on forms and cover sheets. */
  recipient?: AddressBlock
  /** Date line as printed, e.g. "23 November 2026". */
  date?: string
  /** Bold subject line under the salutation, e.g. "Subject access request: Siân Evans". */
  subject?: string
  /** Our reference, printed beside the subject. */
  reference?: string
  salutation?: string
  blocks: Block[]
  /** Closing words and the name under the signature. */
  signOff?: { closing: string; name: string; capacity?: string }
  /** Printed as an "Enclosures" list at the end. */
  enclosures?: string[]
  /** A short line printed above the title of a cover sheet ("Keep this page: do not send it"). */
  banner?: string
  /** The words the PDF prints around the document, in its language: "Enclosures", "Our reference: {reference}", "Page {page} of {pages}". */
  labels: { enclosures: string; ourReference: string; pageOf: string }
}

/** Everything that goes to one recipient, in print order: cover sheet, letter, enclosed forms. */
export interface RecipientPack {
  recipientId: string
  recipientName: string
  /** The letter's language: "en-GB" or "cy". */
  language: LetterLanguage
  /** A safe file name with no personal data, e.g. "letter-01-greater-manchester-police.pdf". */
  fileName: string
  documents: LetterModel[]
  /** What the person must put in with the letter, in their own words ("A copy of proof of your identity"). */
  toEnclose: string[]
  /** The date on the letter (YYYY-MM-DD): the calendar reminder's time stamp, so a pack never reads the clock. */
  dated: string
  /** The date this letter asks them to answer by, the same everywhere it is shown. */
  replyBy?: { date: string; what: 'reply' | 'acknowledge'; assumption?: string }
  /** An ICO complaint more than three months after the last contact: the ICO may not take it. */
  icoMayRefuse?: boolean
}
