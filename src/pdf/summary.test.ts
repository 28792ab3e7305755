/**
 * The batch's summary sheet (issue 12 §2): every row, the header on each page, and text in any script
 * the letters can print, printed as typed. Read back with pdftotext, drawn with pdftoppm, checked by qpdf.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadFontsFromDisk } from './fonts.node.ts'
import { ARABIC_NAME, BENGALI_NAME } from './fixtures.ts'
import { collapse, darkPixels, pdfToText, qpdfCheck, rasterise } from './poppler.ts'
import { renderSummarySheet, type SummarySheet } from './summary.ts'
import { UnsupportedCharactersError } from './fonts.ts'

const HEADER = ['Folder', 'Reference', 'Organisation', 'Request', 'Letter date', 'Sent on', 'Reply due']
const row = (n: number, reference = `YW-${String(n).padStart(3, '0')}`, organisation = 'South Wales Police'): string[] => [`client-${n}`, reference, organisation, 'See what they hold', '2026-11-23', '2026-11-23', '2026-12-23']
const sheet = (rows: string[][]): SummarySheet => ({ title: 'Letters made', lead: `${rows.length} letters`, header: HEADER, rows, language: 'en-GB', createdOn: '2026-11-23' })

describe('the summary sheet', () => {
  it('prints a reference and an organisation in Arabic and Bengali with their own fonts, and markup as typed', async () => {
    const fonts = loadFontsFromDisk(['arabic', 'bengali'])
    const bytes = await renderSummarySheet(sheet([row(1, ARABIC_NAME), row(2, 'YW-**002**', `${BENGALI_NAME} Youth Service`)]), fonts)
    expect(qpdfCheck(bytes).ok).toBe(true)
    const text = collapse(pdfToText(bytes))
    for (const expected of ['Letters made', '2 letters', 'Reply due', 'client-1', 'YW-**002**', 'Youth Service']) expect(text).toContain(expected)
    // Each script is drawn with its own font, embedded as a subset.
    const file = join(mkdtempSync(join(tmpdir(), 'wth-summary-')), 'summary.pdf')
    writeFileSync(file, bytes)
    const fontsUsed = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    for (const tag of ['WTHREG+', 'WTHBLD+', 'WTHARB+', 'WTHBEN+']) expect(fontsUsed).toContain(tag)
    // Drawn: ink in the reference column of the first row (the Arabic name), 108-128 pt from the top.
    const { pages } = rasterise(bytes, 72)
    expect(pages).toHaveLength(1)
    expect(darkPixels(pages[0]!, 72, { left: 130, top: 108, right: 214, bottom: 128 })).toBeGreaterThan(20)
  })

  it('refuses a character no font can draw, as a letter does, rather than print nothing', async () => {
    await expect(renderSummarySheet(sheet([row(1, 'ЖЖ漢字')]), loadFontsFromDisk())).rejects.toBeInstanceOf(UnsupportedCharactersError)
  })

  it('wraps a long organisation within its column and repeats the header on every page', async () => {
    const long = 'The Office of the Police and Crime Commissioner for a Very Long Named Area of the Country'
    const rows = Array.from({ length: 60 }, (_, i) => row(i + 1, undefined, i === 0 ? long : 'South Wales Police'))
    const bytes = await renderSummarySheet(sheet(rows), loadFontsFromDisk())
    const pages = pdfToText(bytes).split('\f').filter((p) => p.trim() !== '')
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(collapse(page)).toContain('Reply due')
    expect(collapse(pages.join(' '))).toContain('client-60')
    expect(collapse(pages[0] ?? '')).toContain('Very Long Named')
    const { pages: drawn } = rasterise(bytes, 50)
    // The header's shaded band is drawn on each page, near its top.
    for (const page of drawn) expect(darkPixels(page, 50, { left: 40, top: 40, right: 800, bottom: 120 })).toBeGreaterThan(0)
  })
})
