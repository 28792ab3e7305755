/**
 * A pack of documents → positioned draw commands, page by page. Pure: no pdf-lib, so it can be tested
 * quickly and the result drawn by render.ts (or anything else).
 */
import { formatMessage } from '../i18n/format.ts'
import { escapeMarkup } from '../letters/markup.ts'
import type { LetterModel } from '../letters/model.ts'
import { bodyRows } from './blocks.ts'
import { BODY_TOP, paginate, type PlacedRow } from './paginate.ts'
import { headRows, signOffRows } from './parts.ts'
import { keepTogether, lineCommands, lineText, textRows, wrapText, type DrawCommand, type LayoutContext, type Row } from './rows.ts'
import { CONTENT_WIDTH, FOOTER_BASELINE, GAP, MARGIN, TYPE } from './style.ts'
import type { Line } from './wrap.ts'

export type { DrawCommand, LayoutContext } from './rows.ts'

export interface LaidOutPage {
  /** Index of the document in the pack. */
  document: number
  /** 1-based, counted within the document. */
  pageInDocument: number
  pagesInDocument: number
  commands: DrawCommand[]
  rows: PlacedRow[]
  /** The running head's text as drawn, on continuation pages of a letter. */
  runningHead?: string
}

const HEAD_LINES = 2
/** From the running head's last baseline down to the top of the body. */
const HEAD_GAP = 14
const HEAD_COLUMN_GAP = 18

function enclosureRows(enclosures: readonly string[], heading: string, ctx: LayoutContext): Row[] {
  const label = textRows(escapeMarkup(heading), { ...TYPE.body, bold: true }, ctx, {
    x: MARGIN.left,
    width: CONTENT_WIDTH,
    role: 'heading',
    spaceBefore: GAP.beforeEnclosures,
  })
  // Enclosures are plain text (they may hold a name); list items are markup.
  const list = bodyRows([{ type: 'list', items: enclosures.map(escapeMarkup) }], ctx)
  if (list[0]) list[0].spaceBefore = GAP.afterHeading
  // The heading never stands alone: it moves with its whole list (a few short lines).
  return keepTogether([...label, ...list])
}

/** Every row of one document, top to bottom. */
export function documentRows(doc: LetterModel, ctx: LayoutContext): Row[] {
  const head = headRows(doc, ctx)
  const body = bodyRows(doc.blocks, ctx)
  if (body[0] && head.length > 0) body[0].spaceBefore = Math.max(body[0].spaceBefore, GAP.paragraph)
  const rows = [...head, ...body]
  if (doc.signOff) {
    // The signature never stands alone on a page: the end of the last paragraph comes with it.
    const last = rows.at(-1)
    if (last) last.keepWithNext = true
    rows.push(...signOffRows(doc.signOff, ctx))
  }
  if (doc.enclosures && doc.enclosures.length > 0) {
    // Nor do the enclosures: the sign-off (or the last lines before them) comes onto their page too.
    const last = rows.at(-1)
    if (last) last.keepWithNext = true
    rows.push(...enclosureRows(doc.enclosures, doc.labels.enclosures, ctx))
  }
  return rows
}

/**
 * The subject in at most two lines of `width`. A longer one loses words from its end before the last ": ",
 * never the name and birth date after it (every subject line ends "…: name, born date").
 */
function fitSubject(subject: string, width: number, ctx: LayoutContext): Line[] {
  const fit = (t: string) => wrapText(escapeMarkup(t), TYPE.footer, width, ctx)
  const whole = fit(subject)
  if (whole.length <= HEAD_LINES) return whole
  const colon = subject.lastIndexOf(': ')
  const words = (colon < 0 ? subject : subject.slice(0, colon)).split(' ')
  const tail = colon < 0 ? '' : subject.slice(colon)
  const cut = (n: number) => fit(`${words.slice(0, n).join(' ').replace(/[,;]$/, '')}…${tail}`)
  let lo = 0
  let hi = words.length - 1
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (cut(mid).length <= HEAD_LINES) lo = mid
    else hi = mid - 1
  }
  return cut(lo).slice(0, HEAD_LINES)
}

/**
 * Whose letter a loose page belongs to, small in the top margin of every page after the first: the subject
 * line (what is asked, the person's name and birth date) from the left, the reference ending at the right.
 */
function runningHead(doc: LetterModel, ctx: LayoutContext): { commands: DrawCommand[]; text: string } | undefined {
  if (!doc.subject && !doc.reference) return undefined
  const reference = doc.reference
    ? wrapText(escapeMarkup(formatMessage('en-GB', doc.labels.ourReference, { reference: doc.reference })), TYPE.footer, CONTENT_WIDTH * 0.45, ctx).slice(0, HEAD_LINES)
    : []
  const referenceWidth = reference.length > 0 ? Math.max(...reference.map((l) => l.width)) + HEAD_COLUMN_GAP : 0
  const subject = doc.subject ? fitSubject(doc.subject, CONTENT_WIDTH - referenceWidth, ctx) : []
  // Both start on the same line; the last line sits a fixed distance above the body.
  const lines = Math.max(subject.length, reference.length)
  const baseline = (i: number) => BODY_TOP - HEAD_GAP - (lines - 1 - i) * TYPE.footer.leading
  const commands = [
    ...subject.flatMap((line, i) => lineCommands(line, MARGIN.left, baseline(i), TYPE.footer.size, 'muted')),
    ...reference.flatMap((line, i) => lineCommands(line, MARGIN.left + CONTENT_WIDTH - line.width, baseline(i), TYPE.footer.size, 'muted')),
  ]
  return { commands, text: [...subject, ...reference].map(lineText).join(' ') }
}

function footer(pageOf: string, pageInDocument: number, pagesInDocument: number, ctx: LayoutContext): DrawCommand {
  // Numbers are given as text: the message only places them.
  const text = formatMessage('en-GB', pageOf, { page: String(pageInDocument), pages: String(pagesInDocument) })
  const width = ctx.measure('regular', text, TYPE.footer.size)
  return { kind: 'text', x: MARGIN.left + (CONTENT_WIDTH - width) / 2, y: FOOTER_BASELINE, text, face: 'regular', size: TYPE.footer.size, colour: 'muted' }
}

export function layoutDocument(doc: LetterModel, ctx: LayoutContext, index = 0): LaidOutPage[] {
  const bodies = paginate(documentRows(doc, ctx))
  const head = bodies.length > 1 ? runningHead(doc, ctx) : undefined
  return bodies.map((body, i) => ({
    document: index,
    pageInDocument: i + 1,
    pagesInDocument: bodies.length,
    commands: [...(i > 0 && head ? head.commands : []), ...body.commands, footer(doc.labels.pageOf, i + 1, bodies.length, ctx)],
    rows: body.rows,
    ...(i > 0 && head ? { runningHead: head.text } : {}),
  }))
}

/** Each document starts on a new page; page numbers restart with each. */
export function layoutPack(documents: readonly LetterModel[], ctx: LayoutContext): LaidOutPage[] {
  return documents.flatMap((doc, i) => layoutDocument(doc, ctx, i))
}
