/**
 * Property tests (issue 2 item 9): any valid request makes a PDF whose text holds the name;
 * any broken request gets plain errors, never an exception.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildPacks } from '../../src/letters/build.ts'
import { letterToPlainText } from '../../src/letters/plain-text.ts'
import { loadFontsFromDisk } from '../../src/pdf/fonts.node.ts'
import { unsupportedCharacters } from '../../src/pdf/fonts.ts'
import { renderPack } from '../../src/pdf/render.ts'
import { REQUEST_TYPES, TOPICS } from '../../src/request/constants.ts'
import { parseRequest } from '../../src/request/parse.ts'
import { directory, rawFixture, schemaOptions, sources } from '../helpers/fixtures.ts'

/** Letters from Unicode's Latin, Greek and Cyrillic blocks that the letter font can print. */
const LETTERS = (() => {
  const ranges: [number, number][] = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff], [0x370, 0x3ff], [0x1f00, 0x1fff], [0x400, 0x4ff], [0x500, 0x52f]]
  const out: string[] = []
  for (const [a, b] of ranges) {
    for (let c = a; c <= b; c += 1) {
      const ch = String.fromCodePoint(c)
      if (/\p{L}/u.test(ch) && unsupportedCharacters(ch).length === 0) out.push(ch)
    }
  }
  return out
})()

const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''))
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ')).filter((n) => n.length <= 100)
const isoDay = fc.date({ min: new Date('1950-01-01'), max: new Date('2026-06-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const ids = directory.all.map((r) => r.id)

const validRequest = fc.record({
  fullName: name,
  otherNames: fc.array(name, { maxLength: 3 }),
  dateOfBirth: isoDay,
  lines: fc.array(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && unsupportedCharacters(s).length === 0 && !/[\n\r]/.test(s)), { minLength: 1, maxLength: 4 }),
  requests: fc.subarray([...REQUEST_TYPES], { minLength: 1 }),
  topics: fc.subarray([...TOPICS]),
  recipients: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 6 }),
  details: fc.option(fc.lorem({ maxCount: 300, mode: 'sentences' }), { nil: undefined }),
}).map((v) => ({
  format: 'what-they-hold/request',
  version: 1,
  dated: '2026-11-23',
  subject: { fullName: v.fullName, otherNames: v.otherNames, dateOfBirth: v.dateOfBirth, address: { lines: v.lines, postcode: 'CF10 1AA' } },
  sender: { kind: 'self' },
  requests: v.requests,
  recipients: v.recipients,
  topics: v.topics,
  ...(v.details ? { details: v.details } : {}),
  ...(v.requests.includes('rectification') ? { corrections: 'My date of birth is wrong in your records.' } : {}),
}))

describe('any valid request', () => {
  it('makes letters that name the person, for every recipient (thousands of requests, text only)', () => {
    fc.assert(
      fc.property(validRequest, (raw) => {
        const parsed = parseRequest(raw, schemaOptions)
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
        const packs = buildPacks(parsed.request, sources)
        expect(packs).toHaveLength(raw.recipients.length)
        for (const pack of packs) expect(letterToPlainText(pack.documents[1]!)).toContain(raw.subject.fullName.trim())
      }),
      { numRuns: 2000 },
    )
  })

  it('makes a PDF whose extracted text holds the name exactly', async () => {
    const fonts = loadFontsFromDisk([])
    const dir = mkdtempSync(join(tmpdir(), 'wth-prop-'))
    await fc.assert(
      fc.asyncProperty(validRequest, async (raw) => {
        const parsed = parseRequest(raw, schemaOptions)
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
        const [pack] = buildPacks({ ...parsed.request, recipients: parsed.request.recipients.slice(0, 1) }, sources)
        const file = join(dir, 'p.pdf')
        writeFileSync(file, await renderPack(pack!, fonts))
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ')
        expect(text).toContain(raw.subject.fullName.normalize('NFC').trim().replace(/\s+/g, ' '))
      }),
      { numRuns: 25 },
    )
  }, 120_000)
})

describe('any broken request', () => {
  const base = rawFixture('young-person')
  const anyJson = fc.jsonValue()
  const brokenField = fc.record({
    path: fc.constantFrom('subject.fullName', 'subject.dateOfBirth', 'subject.address', 'sender', 'requests', 'recipients', 'topics', 'dated', 'version', 'format', 'sent', 'followUp', 'subject.email', 'subject.otherNames', 'extra'),
    value: anyJson,
  })

  it('gets plain errors and never throws (thousands of requests)', () => {
    fc.assert(
      fc.property(fc.array(brokenField, { minLength: 1, maxLength: 4 }), (changes) => {
        const r = structuredClone(base) as Record<string, any>
        for (const { path, value } of changes) {
          const [a, b] = path.split('.') as [string, string?]
          if (b) r[a] = { ...(typeof r[a] === 'object' && r[a] ? r[a] : {}), [b]: value }
          else r[a] = value
        }
        const result = parseRequest(r, schemaOptions)
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0)
          for (const e of result.errors) {
            expect(e.message).toMatch(/^[A-Z"T]/)
            expect(e.message).not.toMatch(/Invalid input|expected|received|undefined|\[object/)
          }
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('survives any JSON at all', () => {
    fc.assert(fc.property(anyJson, (value) => {
      const result = parseRequest(value, schemaOptions)
      expect(result.ok).toBe(false)
    }), { numRuns: 2000 })
  })
})
