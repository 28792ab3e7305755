/**
 * A pack of documents → positioned draw commands, page by page. Pure: no pdf-lib, so it can be tested
 * quickly and the result drawn by render.ts (or anything else).
 */
import { escapeMarkup } from '../letters/markup.ts'
import type { LetterModel } from '../letters/model.ts'
import { bodyRows } from './blocks.ts'
import { paginate, type PlacedRow } from './paginate.ts'
import { headRows, signOffRows } from './parts.ts'
import { keepTogether, textRows, type DrawCommand, type LayoutContext, type Row } from './rows.ts'
import { CONTENT_WIDTH, FOOTER_BASELINE, GAP, MARGIN, TYPE } from './style.ts'

export type { DrawCommand, LayoutContext } from './rows.ts'

export interface LaidOutPage {
  /** Index of the document in the pack. */
  document: number
  /** 1-based, counted within the document. */
  pageInDocument: number
  pagesInDocument: number
  commands: DrawCommand[]
  rows: PlacedRow[]
}

function enclosureRows(enclosures: readonly string[], ctx: LayoutContext): Row[] {
  const label = textRows('Enclosures', { ...TYPE.body, bold: true }, ctx, {
    x: MARGIN.left,
    width: CONTENT_WIDTH,
    role: 'heading',
    spaceBefore: GAP.beforeEnclosures,
  })
  // Enclosures are plain text (they may hold a name); list items are markup.
  const list = bodyRows([{ type: 'list', items: enclosures.map(escapeMarkup) }], ctx)
  if (list[0]) list[0].spaceBefore = GAP.afterHeading
  keepTogether(label)
  label[label.length - 1]!.keepWithNext = true
  if (list.length >= 2) list[0]!.keepWithNext = true
  return [...label, ...list]
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
  if (doc.enclosures && doc.enclosures.length > 0) rows.push(...enclosureRows(doc.enclosures, ctx))
  return rows
}

function footer(pageInDocument: number, pagesInDocument: number, ctx: LayoutContext): DrawCommand {
  const text = `Page ${pageInDocument} of ${pagesInDocument}`
  const width = ctx.measure('regular', text, TYPE.footer.size)
  return { kind: 'text', x: MARGIN.left + (CONTENT_WIDTH - width) / 2, y: FOOTER_BASELINE, text, face: 'regular', size: TYPE.footer.size, colour: 'muted' }
}

export function layoutDocument(doc: LetterModel, ctx: LayoutContext, index = 0): LaidOutPage[] {
  const bodies = paginate(documentRows(doc, ctx))
  return bodies.map((body, i) => ({
    document: index,
    pageInDocument: i + 1,
    pagesInDocument: bodies.length,
    commands: [...body.commands, footer(i + 1, bodies.length, ctx)],
    rows: body.rows,
  }))
}

/** Each document starts on a new page; page numbers restart with each. */
export function layoutPack(documents: readonly LetterModel[], ctx: LayoutContext): LaidOutPage[] {
  return documents.flatMap((doc, i) => layoutDocument(doc, ctx, i))
}
