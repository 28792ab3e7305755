/**
 * Issue 12 §2: a batch on the command line. Several answers files make each file's letters in a folder
 * of its own, and one summary.csv; one bad file stops the whole batch with every file's problems said.
 * The day is pinned by test/setup.ts (WHAT_THEY_HOLD_TODAY), never read from the clock.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/letters.ts'
import { normaliseExtracted, pdfToText, qpdfCheck } from '../../src/pdf/poppler.ts'
import { rawFixture } from '../helpers/fixtures.ts'

let err: string[]

beforeEach(() => {
  err = []
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')) })
})
afterEach(() => vi.restoreAllMocks())

function write(dir: string, name: string, content: unknown): string {
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify(content))
  return file
}

describe('npm run letters with several files', () => {
  it('writes each file’s letters in its own folder, each naming only its own client, and a summary of every letter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wth-batch-'))
    const worker = rawFixture('advice-worker') as Record<string, unknown>
    const second = {
      ...worker,
      subject: { ...(worker.subject as object), fullName: 'Amara Okafor', otherNames: [] },
      sender: { ...(worker.sender as object), reference: '=CLIENT-043' },
      recipients: ['police:west-midlands'],
      corrections: 'The record of an arrest in 2023 is wrong: there was none.',
      details: 'Amara was told by her college in 2024 that the police had shared information about her.',
    }
    const files = [write(dir, 'young-person.json', rawFixture('young-person')), write(dir, 'Kwame.json', worker), write(dir, 'amara.json', second)]
    const out = join(dir, 'out')
    expect(await main([...files, '--out', out])).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['amara', 'kwame', 'summary.csv', 'young-person'])
    expect(readdirSync(join(out, 'young-person')).sort()).toEqual([
      'letter-01-south-wales-police.ics', 'letter-01-south-wales-police.pdf', 'letter-02-city-of-cardiff-council.ics', 'letter-02-city-of-cardiff-council.pdf',
    ])
    const amara = readdirSync(join(out, 'amara')).filter((f) => f.endsWith('.pdf'))
    expect(amara).toEqual(['letter-01-west-midlands-police.pdf'])
    const amaraText = normaliseExtracted(pdfToText(readFileSync(join(out, 'amara', amara[0]!))))
    expect(qpdfCheck(readFileSync(join(out, 'amara', amara[0]!))).ok).toBe(true)
    expect(amaraText).toContain('Amara Okafor')
    expect(amaraText).not.toContain('Kwame')
    for (const pdf of readdirSync(join(out, 'kwame')).filter((f) => f.endsWith('.pdf'))) {
      const text = normaliseExtracted(pdfToText(readFileSync(join(out, 'kwame', pdf))))
      expect(text).toContain('Kwame Mensah-Boateng')
      expect(text).not.toContain('Amara')
    }
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8').split('\r\n')
    expect(csv[0]).toBe('Folder,Client reference,Organisation,Request,Letter date,Sent on,Reply due')
    expect(csv).toContain('"young-person","","South Wales Police","access; erasure","2026-11-23","2026-11-23","2026-12-23"')
    // A reference that a spreadsheet would run as a formula is kept as text.
    expect(csv.find((l) => l.startsWith('"amara"'))).toMatch(/^"amara","'=CLIENT-043","West Midlands Police",/)
    expect(csv.filter((l) => l !== '')).toHaveLength(1 + 2 + 3 + 1)
  })

  it('writes nothing when any file is bad, and says every bad file’s problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wth-batch-'))
    const good = write(dir, 'good.json', rawFixture('young-person'))
    const bad = write(dir, 'bad.json', { ...(rawFixture('parent') as object), recipients: [] })
    const worse = write(dir, 'worse.json', { ...(rawFixture('young-person') as object), requests: [] })
    const out = join(dir, 'out')
    expect(await main([good, bad, worse, '--out', out])).toBe(1)
    const said = err.join('\n')
    expect(said).toContain(`${bad} has a problem`)
    expect(said).toContain(`${worse} has a problem`)
    expect(said).not.toContain(`${good} has`)
    expect(said).toContain('No letters were written.')
    expect(existsSync(out)).toBe(false)
  })

  it('gives files of the same name their own folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wth-batch-'))
    mkdirSync(join(dir, 'a'))
    mkdirSync(join(dir, 'b'))
    const one = write(join(dir, 'a'), 'client.json', rawFixture('young-person'))
    const two = write(join(dir, 'b'), 'client.json', rawFixture('parent'))
    const out = join(dir, 'out')
    expect(await main([one, two, '--out', out])).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['client', 'client-2', 'summary.csv'])
  })

  it('keeps one file’s letters where they always went, with no summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wth-batch-'))
    const out = join(dir, 'out')
    expect(await main([write(dir, 'one.json', rawFixture('young-person')), '--out', out])).toBe(0)
    expect(readdirSync(out)).not.toContain('summary.csv')
    expect(readdirSync(out).some((f) => f.endsWith('.pdf'))).toBe(true)
  })
})
