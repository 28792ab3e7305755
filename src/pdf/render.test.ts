import { execFileSync } from 'node:child_process'
import * as fc from 'fast-check'
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHAIN } from '../text/coverage.ts'
import { ARABIC_NAME, BENGALI_NAME, fullPack, headingNearFoot, LATIN_NAMES, multiScriptLetter, pack, twoPageLetter } from './fixtures.ts'
import { UnsupportedCharactersError } from './fonts.ts'
import { unsupportedCharacters } from '../text/printable.ts'
import { loadFontsFromDisk } from './fonts.node.ts'
import { layoutDocument, type LaidOutPage } from './layout.ts'
import { fontMeasure } from './measure.ts'
import { BODY_BOTTOM, BODY_TOP } from './paginate.ts'
import { collapse, darkPixels, normaliseExtracted, pdfToText, qpdfCheck, rasterise } from './poppler.ts'
import { layoutForFonts, renderPack } from './render.ts'
import { GAP, MARGIN, PAGE, TYPE } from './style.ts'

const allFonts = loadFontsFromDisk(['arabic', 'bengali'])
const latinFonts = loadFontsFromDisk()

/** What each page should say, from the layout: its running head, its rows, then the footer. */
function expectedText(page: LaidOutPage): string {
  return collapse([page.runningHead ?? '', ...page.rows.map((r) => r.text), `Page ${page.pageInDocument} of ${page.pagesInDocument}`].join(' '))
}

// Raw mode: text in drawing order with the spaces as drawn. The default mode guesses spaces from gaps and can
// join a lone "A A" into "AA"; it also drops a hyphen that ends a line.
const pageText = (bytes: Uint8Array, page: number) => collapse(normaliseExtracted(pdfToText(bytes, { raw: true, page })))

let full: Uint8Array
let multi: Uint8Array
let letter: Uint8Array

beforeAll(async () => {
  full = await renderPack(fullPack(), latinFonts)
  multi = await renderPack(pack([multiScriptLetter()]), allFonts)
  letter = await renderPack(pack([twoPageLetter()]), latinFonts)
})

describe('renderPack', () => {
  it('makes files qpdf finds no fault with', () => {
    for (const bytes of [full, multi, letter]) {
      const check = qpdfCheck(bytes)
      expect(check.ok, check.output).toBe(true)
      expect(check.output).toContain('No syntax or stream encoding errors')
    }
  })

  it('has one page per laid-out page, each document starting afresh', () => {
    expect(execFileSync('pdfinfo', ['-'], { input: full, encoding: 'utf8' })).toMatch(/^Pages:\s+4$/m)
    expect(pdfToText(full).split('\f').map((t) => t.match(/Page \d of \d/)?.[0])).toEqual(['Page 1 of 1', 'Page 1 of 2', 'Page 2 of 2', 'Page 1 of 1', undefined])
  })

  it('gives back exactly the text it laid out, page by page', () => {
    const pages = layoutForFonts(fullPack().documents, latinFonts)
    expect(pages.filter((p) => p.runningHead).map((p) => p.pageInDocument)).toEqual([2])
    pages.forEach((page, i) => expect(pageText(full, i + 1)).toBe(expectedText(page)))
  })

  it("prints the person's name and the reference at the top of a continuation page", () => {
    const second = pdfToText(full, { layout: true, page: 3 }).split('\n').find((l) => l.trim() !== '')!
    expect(second).toMatch(/^\s*Subject access request: Siân Llŷr ap Dafydd\s{3,}Our reference: WTH-2026-0042$/)
  })

  it('gives back every name in every script', () => {
    const text = collapse(normaliseExtracted(pdfToText(multi)))
    for (const name of LATIN_NAMES) expect(text).toContain(name)
    expect(text).toContain(ARABIC_NAME)
    // poppler returns Bengali in visual order: the vowel sign ি before the consonant it follows (P6).
    expect([BENGALI_NAME, 'রিহম'].some((n) => text.includes(n)), text).toBe(true)
  })

  it('draws glyphs on every page that poppler can read without complaint', () => {
    const dpi = 50
    for (const [bytes, documents, fonts] of [[full, fullPack().documents, latinFonts], [multi, [multiScriptLetter()], allFonts]] as const) {
      const { pages, stderr } = rasterise(bytes, dpi)
      expect(stderr).not.toMatch(/Syntax Error|may be invalid|Syntax Warning/i)
      const laidOut = layoutForFonts(documents, fonts)
      expect(pages).toHaveLength(laidOut.length)
      pages.forEach((grey, i) => {
        const characters = laidOut[i]!.rows.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0)
        const dark = darkPixels(grey, dpi, { left: MARGIN.left, right: PAGE.width - MARGIN.right, top: BODY_TOP, bottom: BODY_BOTTOM })
        // A blank-glyph font (stack-notes P1) leaves almost nothing; real text gives several dark pixels a character.
        expect(dark, `page ${i + 1}: ${dark} dark pixels for ${characters} characters`).toBeGreaterThan(characters * 2)
      })
    }
  })

  it('embeds only subsets of the fonts, with a map back to Unicode', () => {
    const fonts = execFileSync('pdffonts', ['-'], { input: multi, encoding: 'utf8' }).trim().split('\n').slice(2)
    expect(fonts).toHaveLength(4)
    for (const line of fonts) expect(line).toMatch(/^WTH[A-Z]{3}\+Noto\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/)
  })

  it('keeps a typical two-page Latin letter under 40 KB', () => {
    expect(letter.length).toBeLessThan(40 * 1024)
  })

  it('moves a heading that would sit at the foot of a page to the top of the next', async () => {
    const ctx = { measure: fontMeasure(latinFonts), chain: CHAIN }
    const filler = Array.from({ length: 60 }, (_, i) => i).find((n) => {
      const [first, second] = layoutDocument(headingNearFoot(n), ctx)
      return second?.rows[0]?.role === 'heading' && first!.rows.at(-1)!.bottom + GAP.beforeHeading + TYPE.heading.leading <= BODY_BOTTOM
    })
    expect(filler).toBeDefined()
    const bytes = await renderPack(pack([headingNearFoot(filler!)]), latinFonts)
    const lines = (page: number) => pdfToText(bytes, { layout: true, page }).split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('Page '))
    expect(lines(1).at(-1)).not.toContain('The heading that must not be stranded')
    expect(lines(2)[0]).toBe('The heading that must not be stranded')
    expect(lines(2).length).toBeGreaterThanOrEqual(3)
  })

  it('records title, language and the app, and never the person as author', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const doc = await pdfjs.getDocument({ data: full.slice(), verbosity: 0 }).promise
    const info = (await doc.getMetadata()).info as Record<string, unknown>
    expect(info.Title).toBe('Letter to South Wales Police')
    expect(info.Language).toBe('en-GB')
    expect(info.Creator).toBe('What They Hold')
    expect(info.Producer).toBe('What They Hold')
    expect(info.Author).toBeUndefined()
    await doc.destroy()
  })

  it('takes the title from the options when given', async () => {
    const bytes = await renderPack(pack([twoPageLetter()]), latinFonts, { title: 'Letters for South Wales Police' })
    expect(execFileSync('pdfinfo', ['-'], { input: bytes, encoding: 'utf8' })).toMatch(/^Title:\s+Letters for South Wales Police$/m)
  })

  it('records the letter date as its creation date, never the machine clock', async () => {
    const dated = await renderPack(pack([twoPageLetter()]), latinFonts, { createdOn: '2028-02-29' })
    expect(execFileSync('pdfinfo', ['-isodates', '-'], { input: dated, encoding: 'utf8' })).toMatch(/^CreationDate:\s+2028-02-29T12:00:00/m)
    const undated = await renderPack(pack([twoPageLetter()]), latinFonts)
    expect(execFileSync('pdfinfo', ['-'], { input: undated, encoding: 'utf8' })).not.toMatch(/^CreationDate:/m)
  })

  it('maps every glyph back to its text even after earlier PDFs used the same fonts', async () => {
    // Writing a subset of "Α" (Greek) touches "A" (Latin) as a component: it must not lose its text for later PDFs.
    const named = (name: string) => pack([{ ...twoPageLetter(), sender: { name, lines: [] }, blocks: [] }])
    await renderPack(named('ΑΒΓ Ωμέγα'), latinFonts)
    const text = pdfToText(await renderPack(named('ABC Omega'), latinFonts), { raw: true })
    expect(text.split('\n')[0]).toBe('ABC Omega')
  })

  it('embeds the same font bytes for letters drawing the same glyphs in any order, and its own for a new glyph', async () => {
    // Each face's subset holds its glyphs in glyph order, so it is written and compressed once for both.
    const named = (name: string) => pack([{ ...twoPageLetter(), sender: { name, lines: [] }, blocks: [] }])
    const fontFiles = async (bytes: Uint8Array) => {
      const doc = await PDFDocument.load(bytes)
      const files: string[] = []
      for (const [, object] of doc.context.enumerateIndirectObjects()) {
        const file = object instanceof PDFDict ? object.lookup(PDFName.of('FontFile2')) : undefined
        if (file instanceof PDFRawStream) files.push(Buffer.from(file.contents).toString('base64'))
      }
      return files.sort()
    }
    const first = await renderPack(named('Ben Neb'), latinFonts)
    const reordered = await renderPack(named('Neb Ben'), latinFonts)
    const more = await renderPack(named('Ben Nebŵ'), latinFonts)
    expect((await fontFiles(first)).length).toBeGreaterThan(0)
    expect(await fontFiles(reordered)).toEqual(await fontFiles(first))
    expect(await fontFiles(more)).not.toEqual(await fontFiles(first))
    // Each still reads back as drawn, the shared bytes included.
    expect(pdfToText(reordered, { raw: true }).split('\n')[0]).toBe('Neb Ben')
    expect(pdfToText(more, { raw: true }).split('\n')[0]).toBe('Ben Nebŵ')
    expect(await renderPack(named('Ben Neb'), latinFonts)).toEqual(first)
  })

  it('refuses characters no font has rather than printing blanks', async () => {
    const chinese = { ...twoPageLetter(), salutation: 'Dear 王小明' }
    await expect(renderPack(pack([chinese]), allFonts)).rejects.toThrow(UnsupportedCharactersError)
    await expect(renderPack(pack([chinese]), allFonts)).rejects.toMatchObject({ characters: ['王', '小', '明'] })
  })

  it('says so when a fallback font the text needs was not loaded', async () => {
    await expect(renderPack(pack([multiScriptLetter()]), latinFonts)).rejects.toMatchObject({
      name: 'UnsupportedCharactersError',
      missingFonts: ['arabic', 'bengali'],
    })
  })
})

describe('any Latin, Greek or Cyrillic name (property)', () => {
  const letters = (() => {
    const out: string[] = []
    for (const [a, b] of [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff], [0x386, 0x3ce], [0x1f00, 0x1ffc], [0x400, 0x52f]]) {
      for (let cp = a!; cp <= b!; cp += 1) {
        const ch = String.fromCodePoint(cp)
        if (/\p{L}/u.test(ch) && unsupportedCharacters(ch).length === 0) out.push(ch)
      }
    }
    return out
  })()
  const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''))
  const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '))

  it('comes back out of the PDF exactly', async () => {
    await fc.assert(
      fc.asyncProperty(name, async (n) => {
        const base = twoPageLetter()
        const doc = { ...base, sender: { ...base.sender!, name: n }, signOff: { ...base.signOff!, name: n }, blocks: [{ type: 'paragraph' as const, text: `This letter is about ${n}.` }] }
        const text = collapse(normaliseExtracted(pdfToText(await renderPack(pack([doc]), latinFonts), { raw: true })))
        const expected = n.normalize('NFC')
        expect(text.split(expected).length - 1).toBeGreaterThanOrEqual(3)
      }),
      { numRuns: 25 },
    )
  }, 60_000)
})
