/** The parts of a document around its body: address blocks, date, subject, sign-off, enclosures, banner, title. */
import { formatMessage } from '../i18n/format.ts'
import { escapeMarkup } from '../letters/markup.ts'
import type { AddressBlock, LetterModel } from '../letters/model.ts'
import { keepTogether, spaceRow, textRows as markupRows, wrapText, lineCommands, lineText, type LayoutContext, type Row, type TextRowOptions } from './rows.ts'
import { BANNER_PADDING, CONTENT_WIDTH, GAP, MARGIN, PAGE, TYPE, type TypeStyle } from './style.ts'

const SENDER_WIDTH = CONTENT_WIDTH * 0.55
const BOLD_BODY: TypeStyle = { ...TYPE.body, bold: true }
const BOLD_ADDRESS: TypeStyle = { ...TYPE.address, bold: true }

/** Everything here is plain text (names, addresses, the date): printed exactly, never read as markup. */
function textRows(text: string, type: TypeStyle, ctx: LayoutContext, opts: TextRowOptions): Row[] {
  return markupRows(escapeMarkup(text), type, ctx, opts)
}

/** Sender: top right, each line ending at the right margin, name in bold. */
function senderRows(sender: AddressBlock, ctx: LayoutContext): Row[] {
  const at = { x: MARGIN.left + CONTENT_WIDTH - SENDER_WIDTH, width: SENDER_WIDTH, align: 'right' as const, role: 'address' as const }
  return [
    ...textRows(sender.name, BOLD_ADDRESS, ctx, at),
    ...sender.lines.flatMap((line) => textRows(line, TYPE.address, ctx, at)),
  ]
}

function recipientRows(recipient: AddressBlock, spaceBefore: number, ctx: LayoutContext): Row[] {
  const at = { x: MARGIN.left, width: SENDER_WIDTH, role: 'address' as const }
  const rows = [recipient.name, ...recipient.lines].flatMap((line) => textRows(line, TYPE.address, ctx, at))
  if (rows[0]) rows[0].spaceBefore = spaceBefore
  return rows
}

/** Everything above the body, in reading order. */
export function headRows(doc: LetterModel, ctx: LayoutContext): Row[] {
  const rows: Row[] = []
  const full = { x: MARGIN.left, width: CONTENT_WIDTH }
  if (doc.banner) rows.push(bannerRow(doc.banner, ctx))
  if (doc.sender) rows.push(...senderRows(doc.sender, ctx))
  if (doc.recipient) rows.push(...recipientRows(doc.recipient, rows.length > 0 ? GAP.afterAddress : 0, ctx))
  if (doc.date) {
    const align = doc.sender || doc.recipient ? ('right' as const) : ('left' as const)
    rows.push(...textRows(doc.date, TYPE.body, ctx, { ...full, align, spaceBefore: rows.length > 0 ? GAP.beforeDate : 0 }))
  }
  if (!doc.sender && doc.title) {
    rows.push(...textRows(doc.title, TYPE.title, ctx, { ...full, role: 'title', spaceBefore: rows.length > 0 ? 14 : 0 }))
    rows.push(spaceRow(GAP.afterTitle))
  }
  if (doc.salutation) {
    rows.push(...textRows(`${doc.salutation},`, TYPE.body, ctx, { ...full, spaceBefore: rows.length > 0 ? GAP.beforeSalutation : 0 }))
  }
  if (doc.subject) {
    rows.push(...textRows(doc.subject, BOLD_BODY, ctx, { ...full, role: 'heading', spaceBefore: GAP.beforeSubject }))
  }
  if (doc.reference) {
    rows.push(...textRows(formatMessage('en-GB', doc.labels.ourReference, { reference: doc.reference }), TYPE.body, ctx, { ...full, spaceBefore: doc.subject ? 0 : GAP.beforeSubject }))
  }
  if (doc.subject || doc.reference) rows.push(spaceRow(GAP.afterSubject - GAP.paragraph))
  // The head is short and belongs together on the first page.
  return keepTogether(rows)
}

function bannerRow(text: string, ctx: LayoutContext): Row {
  const type = TYPE.banner
  const inner = CONTENT_WIDTH - 2 * BANNER_PADDING
  const lines = wrapText(escapeMarkup(text), type, inner, ctx)
  const height = lines.length * type.leading + 2 * BANNER_PADDING
  return {
    role: 'banner',
    text: lines.map(lineText).join(' '),
    height,
    spaceBefore: 0,
    keepWithNext: true,
    draw: (top) => [
      { kind: 'box', x: MARGIN.left, y: PAGE.height - top - height, width: CONTENT_WIDTH, height, colour: 'shade' },
      ...lines.flatMap((line, i) =>
        lineCommands(line, MARGIN.left + BANNER_PADDING, top + BANNER_PADDING + i * type.leading + type.leading / 2 + type.size * 0.36, type.size),
      ),
    ],
  }
}

/** Closing, room to sign, name and capacity: one unit, never split over two pages. */
export function signOffRows(signOff: NonNullable<LetterModel['signOff']>, ctx: LayoutContext): Row[] {
  const full = { x: MARGIN.left, width: CONTENT_WIDTH }
  const rows = [
    ...textRows(`${signOff.closing},`, TYPE.body, ctx, { ...full, spaceBefore: GAP.beforeSignOff }),
    { ...spaceRow(GAP.signature), role: 'signature' as const },
    ...textRows(signOff.name, TYPE.body, ctx, full),
    ...(signOff.capacity ? textRows(signOff.capacity, TYPE.body, ctx, full) : []),
  ]
  return keepTogether(rows)
}
