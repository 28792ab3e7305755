/**
 * Hostile input (issue 9 §4): generated inputs of every class the issue names (invisible and control
 * characters, markup, huge, deep and duplicated JSON, out-of-range dates, file-system faults) go to
 * the parser, the letter builder and the PDF renderer. Each must end in a plain error or a correct
 * letter (a PDF that qpdf accepts and whose text holds the name exactly). Bounded to about a minute;
 * the counts are printed once at the end. Below them, each bug fixed for the issue keeps the input
 * that showed it, as a named regression test.
 */
import * as nodeFs from 'node:fs'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { readRequestFile, writeSet, type FileSystem } from '../../src/cli/files.ts'
import { addDays, isRealIsoDate, weekday } from '../../src/dates/iso.ts'
import { buildPacks } from '../../src/letters/build.ts'
import { letterToPlainText } from '../../src/letters/plain-text.ts'
import { loadFontsFromDisk } from '../../src/pdf/fonts.node.ts'
import { unsupportedCharacters } from '../../src/text/printable.ts'
import { collapse, normaliseExtracted, pdfToText, qpdfCheck, rasterise } from '../../src/pdf/poppler.ts'
import { renderPack } from '../../src/pdf/render.ts'
import { cleanText } from '../../src/request/clean.ts'
import { MAX_JSON_DEPTH, MAX_REQUEST_FILE_BYTES } from '../../src/request/constants.ts'
import { fieldLabel, type FieldError } from '../../src/request/errors.ts'
import { parseRequest, parseRequestText, type ParseResult } from '../../src/request/parse.ts'
import type { Request } from '../../src/request/schema.ts'
import { rawFixture, schemaOptions, sources } from '../helpers/fixtures.ts'

const counts = { tried: 0, plainErrors: 0, acceptedAsText: 0, correctPdfs: 0, failures: 0 }

afterAll(() => {
  console.log(
    `Hostile input: ${counts.tried} inputs tried, ${counts.plainErrors} plain errors, ${counts.acceptedAsText} accepted (letters checked as text), ${counts.correctPdfs} correct PDFs, ${counts.failures} failures`,
  )
})

/** Counts one input; a failed check is counted before fast-check shrinks and reports it. */
function tally<T>(check: () => T): T {
  counts.tried += 1
  try {
    return check()
  } catch (error) {
    counts.failures += 1
    throw error
  }
}

async function tallyAsync<T>(check: () => Promise<T>): Promise<T> {
  counts.tried += 1
  try {
    return await check()
  } catch (error) {
    counts.failures += 1
    throw error
  }
}

// One seed, so CI is repeatable: a failure there fails here too. HOSTILE_SEED=<n> explores other inputs.
fc.configureGlobal({ seed: Number(process.env.HOSTILE_SEED ?? 20261201) })

/** Words a stack trace, a parser or a schema library would use, never a person. */
const NOT_PLAIN = /Invalid input|expected|received|undefined|\[object|NaN|Maximum call stack|Unexpected token|SyntaxError|TypeError|RangeError|\bat \S+ \(|(?<![+\w])E[A-Z]{4,}\b|function |native code/
/** What must never survive into a message or a kept value (a long answer keeps its line breaks and tabs). */
const HIDDEN = /(?![\n\t])\p{Cc}|[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/u

function expectPlain(errors: readonly FieldError[]) {
  expect(errors.length).toBeGreaterThan(0)
  for (const e of errors) {
    expect(e.message).toMatch(/^[A-Z"]/)
    expect(e.message).not.toMatch(NOT_PLAIN)
    expect(`${e.path} ${e.message}`).not.toMatch(HIDDEN)
    expect(e.message.length).toBeLessThan(400)
  }
}

/** A plain error, or an accepted request: never an exception. */
function outcome(result: ParseResult): Request | undefined {
  if (result.ok) return result.request
  expectPlain(result.errors)
  counts.plainErrors += 1
  return undefined
}

const base = () => rawFixture('young-person') as Record<string, any>

// ---------------------------------------------------------------------------------------------------
// Generators

const INVISIBLE = ['\u200b', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff', '\u2060', '\u061c', '\u180e', '\u{e0041}', '\u200c', '\u200d']
const CONTROL = ['\u0000', '\u0007', '\u0008', '\u001b', '\u001b]0;owned\u0007', '\u001b[2J', '\u007f', '\u0085', '\u009b', '\t', '\n', '\r', '\r\n', '\u000b', '\u000c', '\u2028', '\u2029']
const MARKUP = ['**', '*', '\\', '\\\\', '{{', '}}', '{{subjectName}}', '{{#police}}x{{/police}}', '{{> parts/closing}}', '{{{x}}}', '<', '>', '<b>', '<script>', '&amp;', '#', '## ', '- ', '1. ', '_ ', '`', '[x](y)', '%PDF-1.7', '$&', '$1']

/** Letters the letter font can print, from Latin, Greek and Cyrillic. */
const LETTERS = (() => {
  const out: string[] = []
  for (const [a, b] of [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff], [0x391, 0x3c9], [0x400, 0x4ff]] as const) {
    for (let c = a; c <= b; c += 1) {
      const ch = String.fromCodePoint(c)
      if (/\p{L}/u.test(ch) && unsupportedCharacters(ch).length === 0) out.push(ch)
    }
  }
  return out
})()

const latinWord = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 10 }).map((cs) => cs.join(''))
/** Persian and Urdu need ZWNJ; Bengali ra-phala needs ZWJ. Bengali words here have no vowel sign drawn before its consonant (poppler gives those back in visual order, stack-notes P6). */
const ARABIC_WORDS = ['محمد', 'علي', 'می\u200cخواهم', 'فاطمه', 'نرگس\u200cی', 'حسین']
const BENGALI_WORDS = ['র\u200d্যাব', 'খান', 'আলম', 'রাজা', 'সুমন', 'হাসান']

/** Text of every hostile class, for any text field. */
const hostileText = fc
  .array(fc.oneof(latinWord, fc.constantFrom(...INVISIBLE), fc.constantFrom(...CONTROL), fc.constantFrom(...MARKUP), fc.constant(' '), fc.constantFrom(...ARABIC_WORDS)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''))

/** A name that must be printed exactly: one script per name, markup and pasted invisible characters mixed in. */
const printableName = fc.oneof(
  fc.array(fc.oneof({ weight: 4, arbitrary: latinWord }, { weight: 2, arbitrary: fc.constantFrom('**', '*', '\\', '{{x}}', '<b>', '#', '-', '_', '&', '$&') }), { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' ')),
  fc.array(fc.constantFrom(...ARABIC_WORDS), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
  fc.array(fc.constantFrom(...BENGALI_WORDS), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
).chain((name) =>
  // Invisible characters pasted at random places: cleaning removes them (joiners only where no script needs them).
  fc.array(fc.tuple(fc.nat(name.length), fc.constantFrom('\u200b', '\u00ad', '\u202e', '\u2066', '\ufeff', '\u200e')), { maxLength: 3 }).map((inserts) => {
    let out = name
    for (const [at, ch] of inserts) out = out.slice(0, at) + ch + out.slice(at)
    return out
  }),
).filter((n) => /\p{L}/u.test(n) && cleanText(n).length <= 100)

/** A text field of the request and how to set it. */
const TEXT_FIELDS: { path: string; multiline: boolean; set: (r: Record<string, any>, v: string) => void; get: (r: Request) => string | undefined }[] = [
  { path: 'subject.fullName', multiline: false, set: (r, v) => { r.subject.fullName = v }, get: (r) => r.subject.fullName },
  { path: 'subject.otherNames.0', multiline: false, set: (r, v) => { r.subject.otherNames = [v] }, get: (r) => r.subject.otherNames?.[0] },
  { path: 'subject.address.lines.0', multiline: false, set: (r, v) => { r.subject.address.lines[0] = v }, get: (r) => r.subject.address.lines[0] },
  { path: 'details', multiline: true, set: (r, v) => { r.details = v }, get: (r) => r.details },
  { path: 'recipients.0.name', multiline: false, set: (r, v) => { r.recipients = [{ name: v, kind: 'school', email: 'dpo@example.org' }] }, get: (r) => (typeof r.recipients[0] === 'string' ? undefined : r.recipients[0]?.name) },
]

// ---------------------------------------------------------------------------------------------------

describe('hostile input to the parser and the letter builder', () => {
  it('invisible, control and markup characters in any text field: the cleaned text in the letter, or a plain error naming the field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEXT_FIELDS), hostileText, (field, value) =>
        tally(() => {
          const raw = base()
          field.set(raw, value)
          const request = outcome(parseRequest(raw, schemaOptions))
          if (!request) {
            const result = parseRequest(raw, schemaOptions) as { errors: FieldError[] }
            expect(result.errors.some((e) => e.path === field.path || e.path.startsWith(`${field.path}.`))).toBe(true)
            return
          }
          const kept = field.get(request)!
          expect(kept).toBe(cleanText(value, { multiline: field.multiline }))
          expect(kept).not.toMatch(HIDDEN)
          const packs = buildPacks(request, sources)
          if (field.path === 'subject.fullName') expect(letterToPlainText(packs[0]!.documents[1]!)).toContain(kept.trim())
          counts.acceptedAsText += 1
        }),
      ),
      { numRuns: 1000 },
    )
  })

  it('markup in a name is printed exactly, in every letter', () => {
    fc.assert(
      fc.property(printableName, (name) =>
        tally(() => {
          const raw = base()
          raw.subject.fullName = name
          const request = outcome(parseRequest(raw, schemaOptions))
          expect(request).toBeDefined()
          const expected = collapse(request!.subject.fullName)
          for (const pack of buildPacks(request!, sources)) {
            expect(collapse(letterToPlainText(pack.documents[1]!))).toContain(expected)
          }
          counts.acceptedAsText += 1
        }),
      ),
      { numRuns: 200 },
    )
  })

  it('huge values: a plain "must be N characters or less" naming the field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEXT_FIELDS), fc.integer({ min: 1, max: 20_000 }), (field, extra) =>
        tally(() => {
          const raw = base()
          field.set(raw, `A${'x'.repeat(5000 + extra)}`)
          const result = parseRequest(raw, schemaOptions)
          expect(outcome(result)).toBeUndefined()
          expect((result as { errors: FieldError[] }).errors).toContainEqual({ path: field.path, message: expect.stringMatching(/characters or less$/) })
        }),
      ),
      { numRuns: 100 },
    )
  })

  it('out-of-range and malformed dates: a plain error that names the date', () => {
    const year = fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1800, max: 2300 }), fc.integer({ min: 0, max: 9999 })).map((y) => String(y).padStart(4, '0'))
    const twoDigits = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'))
    const date = fc.oneof(
      fc.tuple(year, twoDigits(19), twoDigits(39)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.constantFrom('26-1-1', '0026-01-01', '2026-02-29', '2026-13-01', '2026-11-23T00:00', ' 2026-11-23', '23/11/2026', '', '+002026-11-23', '2026-11-23\u200b'),
    )
    const DATE_FIELDS: [string, (r: Record<string, any>, d: string) => void][] = [
      ['subject.dateOfBirth', (r, d) => { r.subject.dateOfBirth = d }],
      ['dated', (r, d) => { r.dated = d }],
      ['sent.on', (r, d) => { r.sent = { on: d, by: 'email' } }],
      ['followUp.originalSentOn', (r, d) => { r.followUp = { kind: 'reminder', originalSentOn: d }; delete r.sent }],
    ]
    fc.assert(
      fc.property(fc.constantFrom(...DATE_FIELDS), date, ([path, set], d) =>
        tally(() => {
          const raw = base()
          set(raw, d)
          const result = parseRequest(raw, { ...schemaOptions, today: '2026-11-23' })
          const inRange = isRealIsoDate(d) && d >= '1900-01-01' && d <= '2199-12-31'
          if (outcome(result)) {
            expect(inRange).toBe(true)
            return
          }
          const errors = (result as { errors: FieldError[] }).errors
          if (!inRange) {
            const own = errors.find((e) => e.path === path)
            expect(own, `${path} = ${JSON.stringify(d)}: ${JSON.stringify(errors)}`).toBeDefined()
            expect(own!.message.toLowerCase()).toContain(fieldLabel(path.split('.')).toLowerCase().replace(/^the /, ''))
          }
        }),
      ),
      { numRuns: 500 },
    )
  })

  it('deep, duplicated, truncated, oversized and byte-mangled JSON: never an exception, always a plain answer', () => {
    const fixtureText = JSON.stringify(base(), null, 2)
    const keys = [...fixtureText.matchAll(/"(\w+)":/g)].map((m) => m.index!)
    const mangled = fc.oneof(
      // nested deeper than the request ever is
      fc.integer({ min: MAX_JSON_DEPTH + 1, max: 200_000 }).chain((depth) => fc.constantFrom('[', '{"a":').map((open) => `${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`)),
      // a key written twice somewhere in the file
      fc.constantFrom(...keys).map((at) => {
        const end = fixtureText.indexOf(',\n', at)
        const line = fixtureText.slice(at, end > 0 ? end : undefined)
        return /^"\w+": ["\d[{]/.test(line) && !line.endsWith('{') && !line.endsWith('[') ? fixtureText.slice(0, at) + `${line}, ` + fixtureText.slice(at) : `{"dated": 1, "dated": 2}`
      }),
      // cut short anywhere
      fc.nat(fixtureText.length).map((n) => fixtureText.slice(0, n)),
      // random characters spliced in
      fc.tuple(fc.nat(fixtureText.length), fc.string({ unit: 'binary', maxLength: 8 })).map(([at, junk]) => fixtureText.slice(0, at) + junk + fixtureText.slice(at)),
      // over the size limit, in characters or in UTF-8 bytes
      fc.constantFrom(`${fixtureText.slice(0, -2)}, "details": "${'x'.repeat(MAX_REQUEST_FILE_BYTES)}"}`, `"${'€'.repeat(MAX_REQUEST_FILE_BYTES / 3 + 1)}"`),
      // byte order marks, and not a request at all
      fc.constantFrom(`\ufeff${fixtureText}`, `\ufeff\ufeff${fixtureText}`, 'null', '[]', '"what-they-hold/request"', '{"format": "what-they-hold/request"}', '{"__proto__": {"format": "x"}, "__proto__": 1}'),
    )
    fc.assert(
      fc.property(mangled, (text) =>
        tally(() => {
          if (outcome(parseRequestText(text, schemaOptions))) counts.acceptedAsText += 1
        }),
      ),
      { numRuns: 400 },
    )
  })
})

// ---------------------------------------------------------------------------------------------------

const fonts = loadFontsFromDisk(['arabic', 'bengali'])

/** What a name looks like read back from a PDF: joiners shape the letters but are not text (P6 otherwise). */
const asExtracted = (name: string) => collapse(normaliseExtracted(name.replace(/[\u200c\u200d]/g, '')))

async function pdfHoldsName(request: Request, rasterCheck: boolean): Promise<void> {
  const [pack] = buildPacks({ ...request, recipients: request.recipients.slice(0, 1) }, sources)
  const bytes = await renderPack(pack!, fonts)
  const check = qpdfCheck(bytes)
  expect(check.ok, check.output).toBe(true)
  const text = collapse(normaliseExtracted(pdfToText(bytes)))
  expect(text).toContain(asExtracted(request.subject.fullName))
  if (rasterCheck) expect(rasterise(bytes, 30).stderr).not.toMatch(/Syntax Error|may be invalid/i)
  counts.correctPdfs += 1
}

describe('hostile input to the PDF renderer', () => {
  it('a name with markup, pasted invisible characters, or Arabic and Bengali joiners: a PDF that qpdf accepts, holding the name exactly', async () => {
    let sampled = 0
    await fc.assert(
      fc.asyncProperty(printableName, (name) =>
        tallyAsync(async () => {
          const raw = base()
          raw.subject.fullName = name
          const request = outcome(parseRequest(raw, schemaOptions))
          expect(request).toBeDefined()
          await pdfHoldsName(request!, sampled++ < 3)
        }),
      ),
      { numRuns: 10 },
    )
  }, 120_000)
})

// ---------------------------------------------------------------------------------------------------

describe('hostile file systems under the command line', () => {
  const CODES = ['ENOSPC', 'EDQUOT', 'EIO', 'EACCES', 'EPERM', 'EROFS', 'EXDEV', 'ENOTDIR', 'EEXIST', 'EMFILE', 'ENAMETOOLONG', 'EBUSY']
  const WRITE_CALLS = ['statSync', 'lstatSync', 'mkdirSync', 'mkdtempSync', 'writeFileSync', 'renameSync', 'rmSync'] as const
  const READ_CALLS = ['statSync', 'openSync', 'fstatSync', 'readSync', 'closeSync'] as const
  const FILES = [1, 2, 3].map((n) => ({ name: `letter-0${n}-body.pdf`, bytes: new TextEncoder().encode(`%PDF-new ${n}`) }))
  const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]))

  function faulty<K extends keyof FileSystem>(call: K, nth: number, code: string): FileSystem {
    let seen = 0
    const real = nodeFs[call] as unknown as (...a: unknown[]) => unknown
    return { ...nodeFs, [call]: (...a: unknown[]) => (++seen === nth ? (() => { throw Object.assign(new Error(`${code}: simulated`), { code }) })() : real(...a)) } as FileSystem
  }

  it('a fault at any step of writing: the whole new set, or one plain sentence and the folder as it was', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WRITE_CALLS), fc.integer({ min: 1, max: 8 }), fc.constantFrom(...CODES), fc.boolean(), (call, nth, code, fresh) =>
        tally(() => {
          const dir = mkdtempSync(join(tmpdir(), 'wth-hostile-fs-'))
          const out = fresh ? join(dir, 'new', 'letters') : dir
          if (!fresh) {
            writeFileSync(join(dir, FILES[0]!.name), '%PDF-old 1')
            writeFileSync(join(dir, 'my-notes.txt'), 'mine')
          }
          const before = snapshot(dir)
          const result = writeSet(out, FILES, faulty(call, nth, code))
          if (result.ok) {
            expect(snapshot(out)).toMatchObject(Object.fromEntries(FILES.map((f) => [f.name, new TextDecoder().decode(f.bytes)])))
            expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([])
            return
          }
          expect(result.message).toMatch(/^No letters were written: /)
          expect(result.message).not.toMatch(NOT_PLAIN)
          expect(snapshot(dir)).toEqual(before)
          counts.plainErrors += 1
        }),
      ),
      { numRuns: 250 },
    )
  })

  it('a fault at any step of reading the request file: its text, or one plain sentence', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wth-hostile-read-')), 'request.json')
    writeFileSync(file, JSON.stringify(base()))
    fc.assert(
      fc.property(fc.constantFrom(...READ_CALLS), fc.integer({ min: 1, max: 3 }), fc.constantFrom(...CODES, 'ENOENT', 'EISDIR', 'EAGAIN'), (call, nth, code) =>
        tally(() => {
          const result = readRequestFile(file, faulty(call, nth, code))
          if (result.ok) {
            expect(result.text).toBe(JSON.stringify(base()))
            return
          }
          expect(result.message).toMatch(/^No letters were written: /)
          expect(result.message).not.toMatch(NOT_PLAIN)
          counts.plainErrors += 1
        }),
      ),
      { numRuns: 120 },
    )
  })
})

// ---------------------------------------------------------------------------------------------------

describe('regressions: the inputs that showed each bug fixed for issue 9', () => {
  const withName = (name: string) => {
    const raw = base()
    raw.subject.fullName = name
    raw.recipients = ['police:south-wales']
    return raw
  }

  it('"**Siân**" printed as a bold "Siân" without its stars (escapeValue made "* *"; the address block read markup)', async () => {
    const request = outcome(parseRequest(withName('**Siân** \\ {{x}} <b>'), schemaOptions))!
    await pdfHoldsName(request, false)
  }, 60_000)

  it('details starting "- " or "## " became a list or a heading', () => {
    const raw = withName('Siân Evans')
    raw.details = '- I was stopped\n\n## on 3 May'
    const [pack] = buildPacks(outcome(parseRequest(raw, schemaOptions))!, sources)
    const text = letterToPlainText(pack!.documents[1]!)
    expect(text).toContain('\n- I was stopped\n')
    expect(text).toContain('\n## on 3 May\n')
  })

  it('a zero-width space, soft hyphen and right-to-left override pasted into a name reached the PDF', async () => {
    const request = outcome(parseRequest(withName('Si\u200bân\u00ad \u202eLlŷr Evans'), schemaOptions))!
    expect(request.subject.fullName).toBe('Siân Llŷr Evans')
    await pdfHoldsName(request, false)
  }, 60_000)

  it('a joiner in a Bengali or Persian name was drawn as a space', async () => {
    const request = outcome(parseRequest(withName('র\u200d্যাব می\u200cخواهم'), schemaOptions))!
    expect(request.subject.fullName).toBe('র\u200d্যাব می\u200cخواهم')
    const [pack] = buildPacks(request, sources)
    const text = normaliseExtracted(pdfToText(await renderPack(pack!, fonts)))
    expect(text).toContain('র্যাব')
    expect(text).toContain('میخواهم')
    counts.correctPdfs += 1
  }, 60_000)

  it('a name of invisible characters only was accepted as a name', () => {
    expect(parseRequest(withName('\u200b\u200d\u00ad\u2060'), schemaOptions)).toEqual({ ok: false, errors: [{ path: 'subject.fullName', message: 'Enter full name' }] })
  })

  it('a line break in a name was accepted', () => {
    expect(parseRequest(withName('Siân\nEvans'), schemaOptions)).toEqual({ ok: false, errors: [{ path: 'subject.fullName', message: 'Full name must be on one line' }] })
  })

  it('a key written twice kept only the last, silently', () => {
    const text = JSON.stringify(withName('Siân Evans')).replace('"fullName":"Siân Evans"', '"fullName":"Siân Evans","fullName":"Someone Else"')
    expect(parseRequestText(text, schemaOptions)).toEqual({ ok: false, errors: [{ path: 'subject.fullName', message: 'Full name is written twice in the file. Keep one and delete the other' }] })
  })

  it('a version nested 100,000 deep threw "Maximum call stack size exceeded"', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i += 1) deep = [deep]
    const raw = withName('Siân Evans')
    raw.version = deep
    const result = parseRequest(raw, schemaOptions)
    expect(result.ok).toBe(false)
    if (!result.ok) expectPlain(result.errors)
    expect(parseRequestText(`{"format":"what-they-hold/request","version":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The file is not a saved answers file: it has groups inside groups too many levels deep' }],
    })
  })

  it('a file starting with a UTF-8 byte order mark was "not a saved answers file"', () => {
    expect(parseRequestText(`\ufeff${JSON.stringify(withName('Siân Evans'))}`, schemaOptions).ok).toBe(true)
  })

  it('an escape sequence in a field name reached the terminal, and a huge version was printed whole', () => {
    const raw = withName('Siân Evans')
    raw['\u001b]0;owned\u0007'] = 1
    raw.version = 'v'.repeat(10_000)
    const result = parseRequest(raw, schemaOptions)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expectPlain(result.errors)
    expect(result.errors.map((e) => e.path)).toContain('[U+001B]]0;owned[U+0007]')
    expect(result.errors.find((e) => e.path === 'version')!.message.length).toBeLessThan(150)
  })

  it('the same organisation listed twice got two letters', () => {
    const raw = withName('Siân Evans')
    raw.recipients = ['police:south-wales', 'police:south-wales']
    const result = parseRequest(raw, schemaOptions)
    expect(result.ok && buildPacks(result.request, sources)).toHaveLength(1)
  })

  it('dates in the years 0 to 99 were counted as 1900 to 1999', () => {
    expect(addDays('0026-02-28', 1)).toBe('0026-03-01')
    expect(weekday('0026-01-01')).not.toBe(weekday('1926-01-01'))
    const result = parseRequest({ ...withName('Siân Evans'), dated: '0026-11-23' }, schemaOptions)
    expect(!result.ok && result.errors).toContainEqual({ path: 'dated', message: 'The letter date must be a date between 1900 and 2199, like 2008-04-02' })
  })
})
