/**
 * A batch's summary sheet: one table, a row per letter, on landscape A4 pages, the header repeated on
 * each page. The rows are the ones the CSV holds (letters/summary.ts); the words are the caller's.
 * Text is laid out as the letters' is (the same font chain, wrapping and right-to-left runs), so a
 * client's reference or an organisation typed in Arabic or Bengali prints as it does in their letter.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import { escapeMarkup } from '../letters/markup.ts'
import { assertPrintable, availableChain, type FontBytes } from './fonts.ts'
import { fontkit2 } from './fontkit2.ts'
import { fontMeasure, type Face } from './measure.ts'
import { embedFaces } from './render.ts'
import { wrapText, type LayoutContext } from './rows.ts'
import type { TypeStyle } from './style.ts'
import { visualRuns } from './visual.ts'
import type { Line } from './wrap.ts'

export interface SummarySheet {
  title: string
  /** A line under the title, such as how many letters and clients. */
  lead: string
  header: readonly string[]
  rows: readonly (readonly string[])[]
  /** The sheet's language, for screen readers. */
  language: string
  /** The day the batch was made (YYYY-MM-DD), as the PDF's own date. */
  createdOn: string
}

const WIDTH = 841.89
const HEIGHT = 595.28
const MARGIN = 40
const PAD = 4
const TITLE: TypeStyle = { size: 16, leading: 20, bold: true }
const LEAD: TypeStyle = { size: 10, leading: 14 }
const HEADER: TypeStyle = { size: 9, leading: 12, bold: true }
const CELL: TypeStyle = { size: 9, leading: 12 }
/** Each column's share of the width: folder, reference, organisation, request, letter date, sent on, reply due. */
const SHARES = [1.1, 1.1, 2.8, 1.9, 0.9, 0.9, 0.9]

export async function renderSummarySheet(sheet: SummarySheet, fonts: FontBytes): Promise<Uint8Array> {
  const chain = availableChain(fonts)
  // As in a letter, a character no font here can draw is refused, never printed as nothing.
  assertPrintable([sheet.title, sheet.lead, ...sheet.header, ...sheet.rows.flat()], chain)
  const ctx: LayoutContext = { measure: fontMeasure(fonts), chain }
  const total = SHARES.reduce((a, b) => a + b, 0)
  const widths = SHARES.map((share) => ((WIDTH - 2 * MARGIN) * share) / total)
  // Cells are what people typed, printed as typed: never read as the letters' bold markup.
  const lay = (text: string, type: TypeStyle, width: number) => wrapText(escapeMarkup(text), type, width, ctx)
  const cells = (row: readonly string[], type: TypeStyle) => widths.map((w, i) => lay(row[i] ?? '', type, w - 2 * PAD))
  const title = lay(sheet.title, TITLE, WIDTH - 2 * MARGIN)
  const lead = lay(sheet.lead, LEAD, WIDTH - 2 * MARGIN)
  const header = cells(sheet.header, HEADER)
  const rows = sheet.rows.map((row) => cells(row, CELL))

  const faces = new Set<Face>()
  for (const line of [title, lead, header.flat(), rows.flat(2)].flat()) for (const run of visualRuns(line)) faces.add(run.face)
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit2)
  const embedded = await embedFaces(doc, faces, fonts)
  let page: PDFPage
  let y = 0

  /** Lines from `top` down, each line's runs left to right. */
  const drawLines = (lines: readonly Line[], x: number, top: number, type: TypeStyle) => {
    lines.forEach((line, n) => {
      for (const run of visualRuns(line)) {
        page.drawText(run.text, { x: x + run.x, y: top - type.size - n * type.leading, size: type.size, font: embedded.get(run.face) as PDFFont })
      }
    })
  }

  const drawRow = (row: readonly (readonly Line[])[], type: TypeStyle, shade: boolean) => {
    const height = Math.max(...row.map((lines) => lines.length)) * type.leading + 2 * PAD
    if (y - height < MARGIN) newPage()
    if (shade) page.drawRectangle({ x: MARGIN, y: y - height, width: WIDTH - 2 * MARGIN, height, color: rgb(0.93, 0.93, 0.93) })
    let x = MARGIN
    row.forEach((lines, i) => {
      drawLines(lines, x + PAD, y - PAD, type)
      x += widths[i] ?? 0
    })
    y -= height
    page.drawLine({ start: { x: MARGIN, y }, end: { x: WIDTH - MARGIN, y }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) })
  }

  const newPage = () => {
    page = doc.addPage([WIDTH, HEIGHT])
    y = HEIGHT - MARGIN
    if (doc.getPageCount() === 1) {
      drawLines(title, MARGIN, y, TITLE)
      y -= title.length * TITLE.leading + 4
      drawLines(lead, MARGIN, y, LEAD)
      y -= lead.length * LEAD.leading + 10
    }
    drawRow(header, HEADER, true)
  }

  newPage()
  for (const row of rows) drawRow(row, CELL, false)
  doc.setTitle(sheet.title, { showInWindowTitleBar: true })
  doc.setLanguage(sheet.language)
  doc.setCreator('What They Hold')
  doc.setProducer('What They Hold')
  const made = new Date(`${sheet.createdOn}T12:00:00Z`)
  doc.setCreationDate(made)
  doc.setModificationDate(made)
  return doc.save()
}
