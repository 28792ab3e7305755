/**
 * The command line end to end (issue 2 items 8 and 9): each person's fixture makes PDFs that pass
 * qpdf, read back the right words, and render with text on every page; bad files write nothing.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/letters.ts'
import { buildPacks } from '../../src/letters/build.ts'
import { loadFontsFromDisk } from '../../src/pdf/fonts.node.ts'
import { collapse, darkPixels, normaliseExtracted, pdfToText, qpdfCheck, rasterise } from '../../src/pdf/poppler.ts'
import { renderPack } from '../../src/pdf/render.ts'
import { directory, FIXTURE_DIR, fixture, rawFixture, sources } from '../helpers/fixtures.ts'

let out: string[]
let err: string[]

beforeEach(() => {
  out = []
  err = []
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')) })
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')) })
})
afterEach(() => vi.restoreAllMocks())

/** For each fixture: the files, in order, and what each must say (the law cited differs by body). */
const EXPECTED: Record<string, Record<string, (string | RegExp)[]>> = {
  'young-person': {
    'letter-01-south-wales-police.pdf': ['Siân Llŷr Evans', 'subject access request under section 45 of the Data Protection Act 2018', 'section 47(1) and (4) of the Data Protection Act 2018', 'gang list'],
    'letter-02-city-of-cardiff-council.pdf': ['Siân Llŷr Evans', 'subject access request under Article 15 of the UK GDPR', 'Article 17 of the UK GDPR', 'gang list'],
  },
  parent: {
    'letter-01-manchester-city-council.pdf': ['Yusuf Ahmed Khan', 'Amina Khan', 'parental responsibility', 'I object under Article 21(1) of the UK GDPR', 'Prevent', "Yusuf Ahmed Khan's agreement"],
    'letter-02-greater-manchester-police.pdf': ['Yusuf Ahmed Khan', 'section 45 of the Data Protection Act 2018', 'does not give a right to object', 'subjectaccess@gmp.police.uk'],
    'letter-03-home-office.pdf': ['Yusuf Ahmed Khan', 'subject access request under Article 15 of the UK GDPR, and under section 45 of the Data Protection Act 2018', 'Prevent'],
  },
  'advice-worker': {
    'letter-01-metropolitan-police-service.pdf': ['Kwame Mensah-Boateng', 'Jo Whitfield', 'Permission for Jo Whitfield to act for me', 'section 46 of the Data Protection Act 2018', 'CLIENT-042'],
    'letter-02-london-borough-of-tower-hamlets.pdf': ['Kwame Mensah-Boateng', 'Permission for Jo Whitfield to act for me', 'Article 16 of the UK GDPR', 'Article 18 of the UK GDPR'],
    'letter-03-example-academy.pdf': ['Kwame Mensah-Boateng', '1 School Lane', 'Article 16 of the UK GDPR'],
  },
}

describe('npm run letters', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`makes correct PDFs for the ${name} fixture`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'wth-cli-'))
      const files = Object.keys(expected)
      expect(await main([join(FIXTURE_DIR, `${name}.json`), '--out', dir])).toBe(0)
      expect(readdirSync(dir).sort()).toEqual(files)
      expect(out).toEqual(files.map((f) => join(dir, f)))
      for (const file of files) {
        const bytes = new Uint8Array(readFileSync(join(dir, file)))
        expect(qpdfCheck(bytes).ok, file).toBe(true)
        const text = collapse(normaliseExtracted(pdfToText(bytes, { raw: true })))
        for (const words of expected[file]!) {
          if (typeof words === 'string') expect(text, file).toContain(words)
          else expect(text, file).toMatch(words)
        }
        const { pages, stderr } = rasterise(bytes, 40)
        expect(stderr, file).not.toMatch(/Syntax Error|may be invalid/i)
        for (const [i, page] of pages.entries()) {
          expect(darkPixels(page, 40, { left: 50, top: 40, right: 545, bottom: 300 }), `${file} page ${i + 1} is blank`).toBeGreaterThan(150)
        }
      }
    }, 60_000)
  }

  it('prints names in Arabic and Bengali script with the fonts it loads for them', async () => {
    const raw = rawFixture('young-person') as Record<string, any>
    raw.subject.fullName = 'محمد علي'
    raw.subject.otherNames = ['রহিম খান']
    raw.recipients = ['police:south-wales']
    const file = join(mkdtempSync(join(tmpdir(), 'wth-rtl-')), 'r.json')
    writeFileSync(file, JSON.stringify(raw))
    const dir = mkdtempSync(join(tmpdir(), 'wth-rtl-out-'))
    expect(await main([file, '--out', dir])).toBe(0)
    const bytes = new Uint8Array(readFileSync(join(dir, 'letter-01-south-wales-police.pdf')))
    const text = normaliseExtracted(pdfToText(bytes, { raw: true }))
    expect(text).toContain('محمد')
    expect(text).toContain('علي')
    // Right to left: on the page the first word of the name, محمد, stands to the right of علي.
    const bbox = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-bbox', join(dir, 'letter-01-south-wales-police.pdf'), '-'], { encoding: 'utf8' })
    const xOf = (word: string) => {
      const m = [...bbox.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]+)<\/word>/g)].find(([, , w]) => [w, [...w!].reverse().join('')].includes(word))
      return Number(m?.[1])
    }
    expect(xOf('محمد')).toBeGreaterThan(xOf('علي'))
    // poppler gives Bengali back in visual order (stack-notes P6): the vowel sign before its consonant.
    expect(text).toMatch(/রহিম খান|রিহম খান/)
    const { stderr } = rasterise(bytes, 40)
    expect(stderr).not.toMatch(/Syntax Error|may be invalid/i)
    const fonts = execFileSync('pdffonts', [join(dir, 'letter-01-south-wales-police.pdf')], { encoding: 'utf8' })
    expect(fonts).toMatch(/NotoNaskhArabic/)
    expect(fonts).toMatch(/NotoSansBengali/)
  })

  it('prints every problem in a bad file, exits non-zero and writes nothing', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'wth-cli-')), 'out')
    const bad = rawFixture('young-person') as Record<string, any>
    bad.subject.dateOfBirth = '2009-02-30'
    bad.recipients = ['police:nowhere']
    bad.colour = 'blue'
    const file = join(mkdtempSync(join(tmpdir(), 'wth-bad-')), 'bad.json')
    writeFileSync(file, JSON.stringify(bad))
    expect(await main([file, '--out', dir])).toBe(1)
    const said = err.join('\n')
    expect(said).toContain('3 problems')
    expect(said).toContain('subject.dateOfBirth: Date of birth must be a real date, like 2008-04-02')
    expect(said).toContain('We do not know the organisation "police:nowhere"')
    expect(said).toContain('a field we do not know: "colour"')
    expect(said).toContain('No letters were written.')
    expect(existsSync(dir)).toBe(false)
  })

  it('says plainly when the file is missing or not JSON, or the arguments are wrong', async () => {
    expect(await main(['/no/such/file.json', '--out', tmpdir()])).toBe(2)
    expect(err.join('\n')).toContain('Cannot read the file /no/such/file.json')
    const file = join(mkdtempSync(join(tmpdir(), 'wth-bad-')), 'x.json')
    writeFileSync(file, '{ not json')
    expect(await main([file, '--out', join(tmpdir(), 'never')])).toBe(1)
    expect(err.join('\n')).toContain('not a saved answers file')
    expect(await main([file])).toBe(2)
    expect(err.join('\n')).toContain('with --out')
  })
})

describe('every body in the directory', () => {
  it('gets a PDF that qpdf accepts and that names the body', async () => {
    const request = { ...fixture('young-person'), recipients: directory.all.map((r) => r.id) }
    const fonts = loadFontsFromDisk([])
    const packs = buildPacks(request, sources)
    expect(packs).toHaveLength(directory.all.length)
    const dir = mkdtempSync(join(tmpdir(), 'wth-all-'))
    const files: string[] = []
    for (const pack of packs) {
      const file = join(dir, pack.fileName)
      writeFileSync(file, await renderPack(pack, fonts))
      files.push(file)
    }
    // One qpdf run reads every file (it fails on any it cannot parse), then checks and extracts the whole set.
    const merged = join(dir, 'all.pdf')
    execFileSync('qpdf', ['--empty', '--pages', ...files, '--', merged])
    expect(qpdfCheck(new Uint8Array(readFileSync(merged))).ok).toBe(true)
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', merged, join(dir, 'all.txt')])
    const text = collapse(normaliseExtracted(readFileSync(join(dir, 'all.txt'), 'utf8')))
    for (const pack of packs) expect(text, pack.fileName).toMatch(new RegExp(`How to send your letter to (the )?${collapse(pack.recipientName).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
  }, 120_000)
})
