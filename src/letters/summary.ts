/**
 * A batch's summary: one row per letter, for the command line's summary.csv and the app's zip (its
 * CSV and its summary sheet). One implementation, so the two never drift apart.
 */
import type { RecipientPack } from './model.ts'
import type { Request } from '../request/schema.ts'
import { slug } from './recipients.ts'

/** One letter of a batch: the folder its client's files are in, the client's request and the letter made for one body. */
export interface BatchLetter {
  folder: string
  request: Request
  pack: RecipientPack
}

/** The columns, in order: folder, client reference, organisation, request, letter date, sent on, reply due. */
export type SummaryRow = [folder: string, reference: string, organisation: string, request: string, dated: string, sentOn: string, replyDue: string]

/** One row per letter: the client's reference, the body, what was asked, when it was dated and sent, and when a reply is due. */
export function summaryRows(letters: readonly BatchLetter[]): SummaryRow[] {
  return letters.map(({ folder, request, pack }) => [
    folder,
    request.sender.kind === 'representative' ? (request.sender.reference ?? '') : '',
    pack.recipientName,
    request.followUp?.kind ?? request.requests.join('; '),
    request.dated,
    request.sent?.on ?? '',
    pack.replyBy?.date ?? '',
  ])
}

/** A CSV cell: quoted, and never read as a formula by a spreadsheet (a name may start with "="). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

/** The summary as CSV: `header` is the first line as it is (the words are the caller's, in its language). */
export function summaryCsv(header: string, rows: readonly SummaryRow[]): string {
  return `${[header, ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n')}\r\n`
}

/** Each client's own folder in a batch: `names` made safe, a blank one `fallback(n)`, never two the same. */
export function folderNames(names: readonly string[], fallback: (n: number) => string): string[] {
  const taken = new Set<string>()
  return names.map((raw, i) => {
    const base = slug(raw) || fallback(i + 1)
    let name = base
    for (let n = 2; taken.has(name); n += 1) name = `${base}-${n}`
    taken.add(name)
    return name
  })
}
