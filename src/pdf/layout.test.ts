import * as fc from 'fast-check'
import { ENGLISH_LETTER_WORDS } from '../i18n/letter-words.ts'
import { documentLabels } from '../letters/build.ts'
import { describe, expect, it } from 'vitest'
import type { Block, LetterModel } from '../letters/model.ts'
import { CHAIN } from '../text/coverage.ts'
import { authorityForm, coverSheet, fakeMeasure, fullPack, headingNearFoot, twoPageLetter } from './fixtures.ts'
import { loadFontsFromDisk } from './fonts.node.ts'
import { layoutDocument, layoutPack, type LaidOutPage } from './layout.ts'
import { fontMeasure } from './measure.ts'
import { BODY_BOTTOM, BODY_TOP } from './paginate.ts'
import { CONTENT_WIDTH, GAP, MARGIN, PAGE, TYPE } from './style.ts'

const measure = fontMeasure(loadFontsFromDisk(['arabic', 'bengali']))
const ctx = { measure, chain: CHAIN }
const fake = { measure: fakeMeasure, chain: CHAIN }

const footerOf = (page: LaidOutPage) => page.commands.filter((c) => c.kind === 'text' && c.text.startsWith('Page ')).map((c) => (c.kind === 'text' ? c.text : ''))
const contentRows = (page: LaidOutPage) => page.rows.filter((r) => r.role !== 'space' && r.role !== 'signature')

describe('layoutPack', () => {
  it('puts the two-page letter on two pages, numbered within the letter', () => {
    const pages = layoutDocument(twoPageLetter(), ctx)
    expect(pages).toHaveLength(2)
    expect(pages.map(footerOf)).toEqual([['Page 1 of 2'], ['Page 2 of 2']])
  })

  it('starts each document on a new page and restarts the numbering', () => {
    const pages = layoutPack(fullPack().documents, ctx)
    expect(pages.map((p) => [p.document, p.pageInDocument, p.pagesInDocument])).toEqual([
      [0, 1, 1],
      [1, 1, 2],
      [1, 2, 2],
      [2, 1, 1],
    ])
    expect(pages[0]!.rows[0]!.role).toBe('banner')
    expect(pages[1]!.rows[0]!.text).toBe('Siân Llŷr ap Dafydd')
  })

  it('keeps every line inside the margins', () => {
    for (const page of layoutPack(fullPack().documents, ctx)) {
      for (const c of page.commands) {
        if (c.kind !== 'text') continue
        const width = measure(c.face, c.text, c.size)
        expect(c.x).toBeGreaterThanOrEqual(MARGIN.left - 0.01)
        expect(c.x + width).toBeLessThanOrEqual(MARGIN.left + CONTENT_WIDTH + 0.01)
        // Only the running head of a continuation page, in small type, is above the body.
        if (c.y >= PAGE.height - MARGIN.top) expect([page.pageInDocument > 1, c.size]).toEqual([true, TYPE.footer.size])
        expect(c.y).toBeLessThan(PAGE.height - 20)
        expect(c.y).toBeGreaterThan(0)
      }
      for (const r of page.rows) {
        expect(r.top).toBeGreaterThanOrEqual(BODY_TOP)
        expect(r.bottom).toBeLessThanOrEqual(BODY_BOTTOM + 0.01)
      }
    }
  })

  it('never overlaps rows', () => {
    for (const page of layoutPack(fullPack().documents, ctx)) {
      page.rows.forEach((r, i) => {
        if (i > 0) expect(r.top).toBeGreaterThanOrEqual(page.rows[i - 1]!.bottom - 0.01)
      })
    }
  })

  it('sets the sender block flush right and the recipient flush left', () => {
    const [first] = layoutDocument(twoPageLetter(), ctx)
    const texts = first!.commands.flatMap((c) => (c.kind === 'text' ? [c] : []))
    const right = MARGIN.left + CONTENT_WIDTH
    for (const line of ['Siân Llŷr ap Dafydd', 'Cardiff', 'sian.dafydd@example.org', '23 November 2026']) {
      const c = texts.find((t) => t.text === line)!
      expect(c.x + measure(c.face, c.text, c.size)).toBeCloseTo(right, 1)
    }
    expect(texts.find((t) => t.text === 'South Wales Police')!.x).toBeCloseTo(MARGIN.left, 5)
    expect(texts.find((t) => t.text === 'Siân Llŷr ap Dafydd')!.face).toBe('bold')
    expect(texts.find((t) => t.text.startsWith('Subject access request'))!.face).toBe('bold')
  })

  it('draws inline bold in the bold face', () => {
    const pages = layoutDocument(twoPageLetter(), ctx)
    const bold = pages.flatMap((p) => p.commands).filter((c) => c.kind === 'text' && c.face === 'bold').map((c) => (c.kind === 'text' ? c.text : ''))
    expect(bold.join(' ')).toContain('section 45 of the Data Protection')
    expect(bold).toContain('Full name:')
  })

  it('gives a field without a value a rule to write on, and a field with one its value', () => {
    const [form] = layoutDocument(authorityForm(), ctx)
    expect(form!.commands.filter((c) => c.kind === 'line')).toHaveLength(3)
    const letter = layoutDocument(twoPageLetter(), ctx).flatMap((p) => p.rows)
    expect(letter.find((r) => r.role === 'field')!.text).toBe('Received by South Wales Police, Data Protection Unit')
  })

  it('gives the cover sheet its banner box and title', () => {
    const [page] = layoutDocument(coverSheet(), ctx)
    expect(page!.commands[0]!.kind).toBe('box')
    expect(page!.rows.find((r) => r.role === 'title')!.text).toBe('How to send your letter to South Wales Police')
  })

  it('keeps the closing, signature space and name together', () => {
    for (let n = 0; n < 50; n += 1) {
      const letter = { ...twoPageLetter(), blocks: Array.from({ length: n }, (_, i): Block => ({ type: 'paragraph', text: `Paragraph ${i}.` })) }
      const pages = layoutDocument(letter, ctx)
      const closing = pages.findIndex((p) => p.rows.some((r) => r.text === 'Yours faithfully,'))
      expect(pages[closing]!.rows.some((r) => r.text === 'Parent of Siobhán Ní Bhriain')).toBe(true)
      // Something of the letter comes before the closing on its page.
      expect(contentRows(pages[closing]!)[0]!.text).not.toBe('Yours faithfully,')
    }
  })
})

describe('a continuation page', () => {
  const headCommands = (page: LaidOutPage) =>
    page.commands.flatMap((c) => (c.kind === 'text' && c.y > PAGE.height - MARGIN.top ? [{ ...c, width: measure(c.face, c.text, c.size) }] : []))

  it("carries the letter's subject, with the person's name, and its reference; the first page does not", () => {
    const [first, second] = layoutDocument(twoPageLetter(), ctx)
    expect(first!.runningHead).toBeUndefined()
    expect(headCommands(first!)).toEqual([])
    expect(second!.runningHead).toBe('Subject access request: Siân Llŷr ap Dafydd Our reference: WTH-2026-0042')
    const drawn = headCommands(second!)
    expect(drawn.map((c) => c.text).join(' ')).toBe(second!.runningHead)
    for (const c of drawn) expect([c.size, c.colour]).toEqual([TYPE.footer.size, 'muted'])
    // The subject starts at the left margin, the reference ends at the right one, on the same line.
    const [subject, reference] = drawn
    expect(subject!.x).toBeCloseTo(MARGIN.left, 5)
    expect(reference!.x + reference!.width).toBeCloseTo(MARGIN.left + CONTENT_WIDTH, 1)
    expect(reference!.y).toBe(subject!.y)
    expect(subject!.x + subject!.width).toBeLessThan(reference!.x)
  })

  it('carries the subject alone when there is no reference, and nothing on a one-page letter', () => {
    const pages = layoutDocument({ ...twoPageLetter(), reference: undefined }, ctx)
    expect(pages[1]!.runningHead).toBe('Subject access request: Siân Llŷr ap Dafydd')
    const short = layoutDocument({ ...twoPageLetter(), blocks: [{ type: 'paragraph', text: 'Short.' }] }, ctx)
    expect(short).toHaveLength(1)
    expect(headCommands(short[0]!)).toEqual([])
  })

  it('keeps the name, birth date and reference of a subject too long for two lines, cutting what is asked', () => {
    const subject = `Data protection complaint about ${'Hertfordshire, Bedfordshire and Cambridgeshire Joint Protective Services Command '.repeat(3)}: Subject access request, request to delete data, request to correct data, request to restrict data and objection: Siân Llŷr ap Dafydd, born 14 March 2009`
    const pages = layoutDocument({ ...twoPageLetter(), subject, reference: 'CASE/2026/000123-ABCDEFG' }, ctx)
    const drawn = headCommands(pages[1]!)
    expect(new Set(drawn.map((c) => c.y)).size).toBe(2)
    expect(pages[1]!.runningHead).toMatch(/^Data protection complaint about Hertfordshire.*…: Siân Llŷr ap Dafydd, born 14 March 2009 Our reference: CASE\/2026\/000123-ABCDEFG$/)
    // Clear of the body below it.
    for (const c of drawn) expect(PAGE.height - c.y).toBeLessThan(BODY_TOP - 8)
  })
})

describe('the enclosures', () => {
  it('never stand alone: the heading shares its page with its whole list and the sign-off', () => {
    let moved = 0
    for (let n = 0; n < 60; n += 1) {
      const letter = { ...twoPageLetter(), blocks: Array.from({ length: n }, (_, i): Block => ({ type: 'paragraph', text: `Paragraph ${i}.` })) }
      const pages = layoutDocument(letter, ctx)
      const at = pages.findIndex((p) => p.rows.some((r) => r.text === 'Enclosures'))
      const page = pages[at]!
      const texts = page.rows.map((r) => r.text)
      for (const item of letter.enclosures!) expect(texts).toContain(`• ${item}`)
      expect(texts).toContain('Yours faithfully,')
      expect(texts).toContain('Parent of Siobhán Ní Bhriain')
      expect(contentRows(page)[0]!.text).not.toBe('Yours faithfully,')
      // The rule moved them although the heading alone would have fitted where the letter ended.
      const before = pages[at - 1]
      if (before && texts[0] !== 'Enclosures' && before.rows.at(-1)!.bottom + GAP.beforeEnclosures + TYPE.body.leading <= BODY_BOTTOM) moved += 1
    }
    expect(moved).toBeGreaterThan(0)
  })

  it('take the last lines of a document without a sign-off with them', () => {
    for (let n = 0; n < 60; n += 1) {
      const doc: LetterModel = {
        kind: 'authority-form',
        title: 'Form',
        labels: documentLabels(ENGLISH_LETTER_WORDS),
        blocks: Array.from({ length: n }, (_, i): Block => ({ type: 'paragraph', text: `Paragraph ${i}.` })),
        enclosures: ['One', 'Two'],
      }
      const pages = layoutDocument(doc, ctx)
      const page = pages.find((p) => p.rows.some((r) => r.text === 'Enclosures'))!
      expect(contentRows(page)[0]!.text, `${n} paragraphs`).not.toBe('Enclosures')
      expect(page.rows.map((r) => r.text)).toEqual(expect.arrayContaining(['• One', '• Two']))
    }
  })
})

describe('a heading', () => {
  function assertNoStrandedHeading(pages: LaidOutPage[]) {
    // Only the end of a document may end with a heading, and only if the document itself does.
    for (const page of pages.slice(0, -1)) {
      const rows = contentRows(page)
      expect(rows.at(-1)?.role, `page ${page.pageInDocument} ends with "${rows.at(-1)?.text}"`).not.toBe('heading')
    }
  }

  it('is never the last line on a page, wherever it falls', () => {
    let moved = 0
    for (let filler = 0; filler < 60; filler += 1) {
      const pages = layoutDocument(headingNearFoot(filler), ctx)
      assertNoStrandedHeading(pages)
      const [first, second] = pages
      if (!second || second.rows[0]?.role !== 'heading') continue
      // It moved although it would have fitted: the keep rule did that.
      if (first!.rows.at(-1)!.bottom + GAP.beforeHeading + TYPE.heading.leading <= BODY_BOTTOM) moved += 1
      // And it took at least two lines of its paragraph with it.
      expect(second.rows.slice(1, 3).map((r) => r.role)).toEqual(['text', 'text'])
    }
    expect(moved).toBeGreaterThan(0)
  })

  it('keeps with the start of what follows in any document (property)', () => {
    const words = fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 80 }).map((ws) => ws.join(' '))
    const block: fc.Arbitrary<Block> = fc.oneof(
      { weight: 2, arbitrary: words.map((text): Block => ({ type: 'heading', text: text.slice(0, 60) })) },
      { weight: 4, arbitrary: words.map((text): Block => ({ type: 'paragraph', text })) },
      { weight: 2, arbitrary: fc.tuple(fc.array(words, { minLength: 1, maxLength: 5 }), fc.boolean()).map(([items, ordered]): Block => ({ type: 'list', items, ordered })) },
      { weight: 1, arbitrary: fc.tuple(words, fc.option(words, { nil: undefined })).map(([label, value]): Block => ({ type: 'field', label: label.slice(0, 40), value })) },
    )
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 30 }), fc.boolean(), (blocks, letter) => {
        const doc: LetterModel = letter
          ? { ...twoPageLetter(), blocks }
          : { kind: 'cover-sheet', title: 'Title', banner: 'Banner', blocks, labels: documentLabels(ENGLISH_LETTER_WORDS) }
        const pages = layoutDocument(doc, fake)
        assertNoStrandedHeading(pages)
        for (const page of pages) {
          const rows = contentRows(page)
          rows.forEach((row, i) => {
            expect(row.bottom).toBeLessThanOrEqual(BODY_BOTTOM + 0.01)
            if (i > 0) expect(row.top).toBeGreaterThanOrEqual(rows[i - 1]!.bottom - 0.01)
          })
        }
      }),
      { numRuns: 300 },
    )
  })
})
