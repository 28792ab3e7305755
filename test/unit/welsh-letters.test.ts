/**
 * Welsh letters, chosen per letter (issue 11 §2): a recipient with `language: "cy"` gets the Welsh
 * templates and words, with the same law in Welsh and dates with Welsh month names, while an English
 * letter in the same request stays English. The words files must hold the same keys in both languages.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { englishWordsFile, fixture, sources, welshWordsFile } from '../helpers/fixtures.ts'
import { loadFontsFromDisk } from '../../src/pdf/fonts.node.ts'
import { collapse, normaliseExtracted, pdfToText } from '../../src/pdf/poppler.ts'
import { renderPack } from '../../src/pdf/render.ts'
import type { Request } from '../../src/request/schema.ts'
import { buildPacks } from '../../src/letters/build.ts'
import type { RecipientPack } from '../../src/letters/model.ts'
import { letterToPlainText } from '../../src/letters/plain-text.ts'

/** Common English words that have no place in Welsh prose (as in templates-cy.test.ts). */
const ENGLISH_WORDS = ['the', 'and', 'you', 'your', 'please', 'this', 'that', 'with', 'of', 'to', 'from', 'have', 'has', 'will', 'not', 'or', 'for', 'are', 'we', 'our', 'dear', 'yours', 'enclosures', 'page', 'section', 'article', 'november', 'december']
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr']

function placeholders(value: unknown): string[] {
  return typeof value === 'string' ? [...new Set([...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort() : []
}

function englishWordsIn(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => ENGLISH_WORDS.includes(w))
}

describe('the letters’ words files', () => {
  const keys = (file: Record<string, unknown>) => Object.keys(file).filter((k) => k !== '$comment').sort()

  it('hold the same keys in English and Welsh', () => {
    expect(keys(englishWordsFile).length).toBeGreaterThan(100)
    expect(keys(welshWordsFile)).toEqual(keys(englishWordsFile))
  })

  it('fill in, in Welsh, only values the English fills in', () => {
    for (const key of keys(englishWordsFile)) {
      const extra = placeholders(welshWordsFile[key]).filter((p) => !placeholders(englishWordsFile[key]).includes(p))
      expect(extra, key).toEqual([])
    }
  })

  it('give Welsh month names, and no common English word in any Welsh phrase', () => {
    expect(welshWordsFile.months).toEqual(WELSH_MONTHS)
    for (const key of keys(welshWordsFile)) {
      if (key === 'months') continue
      expect(englishWordsIn(String(welshWordsFile[key]).replace(/\{\w+\}/g, ' ')), key).toEqual([])
    }
  })
})

/** The young person's request, with a language on each of its two letters (South Wales Police, then Cardiff Council). */
function young(police: 'cy' | 'en-GB' | undefined, council: 'cy' | 'en-GB' | undefined): Request {
  const r = fixture('young-person')
  const [first, second] = r.recipients as [string, string]
  const entry = (id: string, language: typeof police) => (language ? { id, language } : id)
  // The young person's own words are in English; a Welsh letter prints them as typed, so they are left out here.
  return { ...r, details: undefined, recipients: [entry(first, police), entry(second, council)] }
}

describe('a Welsh access letter', () => {
  let packs: RecipientPack[]
  let texts: string[]
  let pdfs: Uint8Array[]
  const fonts = loadFontsFromDisk()

  beforeAll(async () => {
    packs = buildPacks(young('cy', 'cy'), sources)
    pdfs = []
    for (const pack of packs) pdfs.push(await renderPack(pack, fonts, { createdOn: '2026-11-23' }))
    texts = pdfs.map((pdf) => collapse(normaliseExtracted(pdfToText(pdf))))
  })

  it('tells a screen reader the PDF is in Welsh', async () => {
    const { PDFDocument, PDFName } = await import('pdf-lib')
    for (const pdf of pdfs) {
      const lang = (await PDFDocument.load(pdf)).catalog.get(PDFName.of('Lang'))
      expect(String(lang)).toBe('(cy)')
    }
  })

  it('cites the law in Welsh, to the police under Part 3 and to the council under the UK GDPR', () => {
    const [police, council] = texts as [string, string]
    expect(police).toContain('Cais gwrthrych am wybodaeth yw hwn o dan adran 45 o Ddeddf Diogelu Data 2018, ac o dan Erthygl 15 o GDPR y DU')
    expect(police).toContain('adran 47(1) a (4) o Ddeddf Diogelu Data 2018')
    expect(council).toContain('Cais gwrthrych am wybodaeth yw hwn o dan Erthygl 15 o GDPR y DU')
    expect(council).toContain('Erthygl 17 o GDPR y DU')
    expect(council).not.toContain('Deddf Diogelu Data 2018, ac o dan')
  })

  it('dates it with Welsh month names', () => {
    for (const text of texts) {
      expect(text).toContain('23 Tachwedd 2026')
      expect(text).toContain('23 Rhagfyr 2026')
      expect(text).toContain('14 Mawrth 2009')
      expect(text).not.toMatch(/November|December|March/)
    }
  })

  it('says nothing in English beyond the names and addresses it was given', () => {
    for (const pack of packs) {
      for (const doc of pack.documents) {
        // Addresses, web addresses and the body's own name are printed as given, in English.
        const own = [pack.recipientName, 'South Wales Police', 'Information Commissioner', 'Example Road', 'Old Street', 'example.org']
        let text = letterToPlainText(doc).replace(/https?:\/\/\S+/g, ' ')
        for (const name of own) text = text.split(name).join(' ')
        expect(englishWordsIn(text), `${pack.fileName} ${doc.kind}`).toEqual([])
      }
    }
  })

  it('prints the PDF’s own words in Welsh', () => {
    const [police] = texts as [string, string]
    expect(police).toContain('Annwyl Swyddog Diogelu Data')
    expect(police).toContain('Yn gywir')
    expect(police).toContain('Amgaeëdig')
    expect(police).toMatch(/Tudalen 1 o \d/)
    expect(police).not.toMatch(/\bPage \d|Enclosures|Dear |Yours /)
  })
})

describe('a request with one Welsh letter and one English', () => {
  it('keeps the English letter English, and the Welsh one Welsh', () => {
    const [police, council] = buildPacks(young('cy', undefined), sources)
    const welsh = police!.documents.map(letterToPlainText).join('\n')
    const english = council!.documents.map(letterToPlainText).join('\n')
    expect(police!.language).toBe('cy')
    expect(council!.language).toBe('en-GB')
    expect(welsh).toContain('o Ddeddf Diogelu Data 2018')
    expect(english).toContain('This is a subject access request under Article 15 of the UK GDPR')
    expect(english).toContain('23 December 2026')
    expect(english).not.toMatch(/GDPR y DU|Deddf Diogelu Data|Tachwedd|Rhagfyr|Annwyl/)
  })

  it('makes the same English letter as before when the language is said to be English', () => {
    const said = buildPacks(young('en-GB', 'en-GB'), sources).map((p) => p.documents.map(letterToPlainText))
    const unsaid = buildPacks(young(undefined, undefined), sources).map((p) => p.documents.map(letterToPlainText))
    expect(said).toEqual(unsaid)
  })

  it('gives the deadline the same date in both languages', () => {
    const [welsh, english] = buildPacks(young('cy', 'en-GB'), sources)
    const [, welshCouncil] = buildPacks(young('en-GB', 'cy'), sources)
    expect(welshCouncil!.replyBy?.date).toBe(english!.replyBy?.date)
    expect(welsh!.replyBy?.date).toBe('2026-12-23')
  })
})

describe('every Welsh document, for each kind of person', () => {
  const MORE_ENGLISH = ['my', 'me', 'by', 'it', 'they', 'their', 'them', 'born', 'form', 'letter', 'copy', 'proof', 'identity']

  it.each(['young-person', 'parent', 'advice-worker'])('%s: no common English word outside names, addresses and web addresses', (name) => {
    const r = fixture(name)
    // What the person typed is printed as typed: left out, so only the app's own words are checked.
    const request = { ...r, details: undefined, corrections: undefined, recipients: r.recipients.map((e) => (typeof e === 'string' ? { id: e, language: 'cy' as const } : { ...e, language: 'cy' as const })) }
    for (const pack of buildPacks(request, sources)) {
      for (const doc of pack.documents) {
        const text = letterToPlainText(doc).replace(/https?:\/\/\S+/g, ' ').split(pack.recipientName).join(' ')
        const found = text.toLowerCase().split(/[^\p{L}']+/u).filter((w) => ENGLISH_WORDS.includes(w) || MORE_ENGLISH.includes(w))
        expect(found, `${pack.fileName} ${doc.kind}`).toEqual([])
      }
    }
  })
})
