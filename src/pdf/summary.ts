/**
 * A batch's summary sheet: one table, a row per letter, on landscape A4 pages, the header repeated on
 * each page. The rows are the ones the CSV holds (letters/summary.ts); the words are the caller's.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import type { FontBytes } from './fonts.ts'
import { fontkit2 } from './fontkit2.ts'

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
const SIZE = 9
const LEADING = 12
const PAD = 4
/** Each column's share of the width: folder, reference, organisation, request, letter date, sent on, reply due. */
const SHARES = [1.1, 1.1, 2.8, 1.9, 0.9, 0.9, 0.9]

/** The text broken into lines no wider than `width`; a word too long for a line is broken too. */
function wrap(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word
    if (font.widthOfTextAtSize(tried, SIZE) <= width) {
      line = tried
      continue
    }
    if (line) lines.push(line)
    line = ''
    let rest = word
    while (font.widthOfTextAtSize(rest, SIZE) > width && rest.length > 1) {
      let cut = rest.length - 1
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), SIZE) > width) cut -= 1
      lines.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    line = rest
  }
  if (line) lines.push(line)
  return lines.length > 0 ? lines : ['']
}

export async function renderSummarySheet(sheet: SummarySheet, fonts: Pick<FontBytes, 'regular' | 'bold'>): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit2)
  const regular = await doc.embedFont(fonts.regular, { subset: true })
  const bold = await doc.embedFont(fonts.bold, { subset: true })
  const total = SHARES.reduce((a, b) => a + b, 0)
  const widths = SHARES.map((share) => ((WIDTH - 2 * MARGIN) * share) / total)
  let page: PDFPage
  let y = 0

  const drawRow = (cells: readonly string[], font: PDFFont, shade: boolean) => {
    const wrapped = widths.map((w, i) => wrap(cells[i] ?? '', font, w - 2 * PAD))
    const height = Math.max(...wrapped.map((l) => l.length)) * LEADING + 2 * PAD
    if (y - height < MARGIN) {
      newPage()
    }
    if (shade) page.drawRectangle({ x: MARGIN, y: y - height, width: WIDTH - 2 * MARGIN, height, color: rgb(0.93, 0.93, 0.93) })
    let x = MARGIN
    wrapped.forEach((lines, i) => {
      lines.forEach((line, n) => page.drawText(line, { x: x + PAD, y: y - PAD - SIZE - n * LEADING, size: SIZE, font }))
      x += widths[i] ?? 0
    })
    y -= height
    page.drawLine({ start: { x: MARGIN, y }, end: { x: WIDTH - MARGIN, y }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) })
  }

  const newPage = () => {
    page = doc.addPage([WIDTH, HEIGHT])
    y = HEIGHT - MARGIN
    if (doc.getPageCount() === 1) {
      page.drawText(sheet.title, { x: MARGIN, y: y - 16, size: 16, font: bold })
      page.drawText(sheet.lead, { x: MARGIN, y: y - 36, size: 10, font: regular })
      y -= 50
    }
    drawRow(sheet.header, bold, true)
  }

  newPage()
  for (const row of sheet.rows) drawRow(row, regular, false)
  doc.setTitle(sheet.title, { showInWindowTitleBar: true })
  doc.setLanguage(sheet.language)
  doc.setCreator('What They Hold')
  doc.setProducer('What They Hold')
  const made = new Date(`${sheet.createdOn}T12:00:00Z`)
  doc.setCreationDate(made)
  doc.setModificationDate(made)
  return doc.save()
}
