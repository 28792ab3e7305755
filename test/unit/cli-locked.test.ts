/**
 * Issue 10 §5 on the command line: a locked answers file opens with --passphrase-file and makes the
 * same letters as the plain file; without the passphrase, or with a wrong one, it says one plain
 * sentence, exits 1 and writes nothing. Files are locked with the real 600,000 iterations.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/letters.ts'
import { lockText } from '../../src/request/locked.ts'
import { FIXTURE_DIR } from '../helpers/fixtures.ts'

let out: string[]
let err: string[]

beforeEach(() => {
  out = []
  err = []
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')) })
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')) })
})
afterEach(() => vi.restoreAllMocks())

const PASSPHRASE = 'blue kettle under the stairs'
const WRONG = 'That passphrase does not open this file. Check it and try again.'
const plain = readFileSync(join(FIXTURE_DIR, 'young-person.json'), 'utf8')
let dir: string
let locked: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wth-locked-'))
  locked = join(dir, 'answers.json')
  writeFileSync(locked, await lockText(plain, PASSPHRASE))
}, 20_000)

function passphraseFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wth-pass-')), 'passphrase.txt')
  writeFileSync(file, text)
  return file
}

/** Every file in a folder, by name, with its bytes. */
function contents(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).sort().map((f) => [f, readFileSync(join(folder, f), 'latin1')]))
}

describe('npm run letters with a locked answers file', () => {
  it('opens it with --passphrase-file (one trailing newline is not part of it) and makes the same letters as the plain file', async () => {
    const fromLocked = join(dir, 'from-locked')
    const fromPlain = join(dir, 'from-plain')
    expect(await main([locked, '--out', fromLocked, '--passphrase-file', passphraseFile(`${PASSPHRASE}\n`)])).toBe(0)
    expect(err).toEqual([])
    expect(await main([join(FIXTURE_DIR, 'young-person.json'), '--out', fromPlain])).toBe(0)
    const made = contents(fromLocked)
    expect(Object.keys(made)).toEqual(['letter-01-south-wales-police.ics', 'letter-01-south-wales-police.pdf', 'letter-02-city-of-cardiff-council.ics', 'letter-02-city-of-cardiff-council.pdf'])
    expect(made).toEqual(contents(fromPlain))
    // Each letter's path, then its reminder's.
    expect(out.slice(0, 4)).toEqual([0, 1, 2, 3].map((i) => join(fromLocked, Object.keys(made)[i ^ 1]!)))
  }, 60_000)

  it('takes the passphrase file written on Windows (CRLF), and the --passphrase-file=PATH form', async () => {
    const target = join(dir, 'crlf')
    expect(await main([locked, `--passphrase-file=${passphraseFile(`${PASSPHRASE}\r\n`)}`, '--out', target])).toBe(0)
    expect(readdirSync(target)).toHaveLength(4)
  }, 60_000)

  it('says so when the passphrase file is not given, exits 1 and writes nothing', async () => {
    const target = join(dir, 'no-passphrase')
    expect(await main([locked, '--out', target])).toBe(1)
    expect(err).toEqual([`No letters were written: ${locked} is locked with a passphrase. Put the passphrase alone in a file, and give that file with --passphrase-file.`])
    expect(existsSync(target)).toBe(false)
  })

  it('answers a wrong passphrase with the one plain sentence, exit 1, nothing written', async () => {
    // Only one newline is trimmed: a passphrase is taken as it was typed, spaces and all.
    for (const wrong of ['blue kettle under the stair\n', `${PASSPHRASE}\n\n`, ` ${PASSPHRASE}`, '']) {
      err = []
      const target = join(dir, 'wrong')
      expect(await main([locked, '--out', target, '--passphrase-file', passphraseFile(wrong)])).toBe(1)
      expect(err).toEqual([WRONG])
      expect(existsSync(target)).toBe(false)
    }
  }, 30_000)

  it('answers a changed file the same way, and a file that is not a locked file of ours in plain words', async () => {
    const envelope = JSON.parse(readFileSync(locked, 'utf8')) as { data: string; kdf: { iterations: number } }
    const changed = join(dir, 'changed.json')
    writeFileSync(changed, JSON.stringify({ ...envelope, data: `${envelope.data.startsWith('B') ? 'C' : 'B'}${envelope.data.slice(1)}` }))
    expect(await main([changed, '--out', join(dir, 'changed-out'), '--passphrase-file', passphraseFile(PASSPHRASE)])).toBe(1)
    expect(err).toEqual([WRONG])
    err = []
    const hostile = join(dir, 'hostile.json')
    writeFileSync(hostile, JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, iterations: 1e15 } }))
    expect(await main([hostile, '--out', join(dir, 'hostile-out'), '--passphrase-file', passphraseFile(PASSPHRASE)])).toBe(1)
    expect(err).toEqual(['This locked file has been changed or damaged, or was not saved by this site, so it cannot be opened.'])
    expect(existsSync(join(dir, 'hostile-out'))).toBe(false)
  }, 30_000)

  it('says plainly when the passphrase file is missing or not named', async () => {
    expect(await main([locked, '--out', join(dir, 'x'), '--passphrase-file', '/no/such/passphrase.txt'])).toBe(2)
    expect(err).toEqual(['No letters were written: there is no file /no/such/passphrase.txt. Check its name and folder.'])
    err = []
    expect(await main([locked, '--out', join(dir, 'x'), '--passphrase-file'])).toBe(2)
    expect(err).toEqual(['Say which file holds the passphrase, after --passphrase-file. Usage: npm run letters -- <request.json> [more.json …] --out <folder> [--passphrase-file <file>] [--language cy|en-GB]. Several files each get a folder of their own, and a summary.csv. --language cy makes every letter Welsh (en-GB: English) unless the file gives that recipient a language of its own.'])
    expect(existsSync(join(dir, 'x'))).toBe(false)
  })

  it('makes letters from a plain file as before when a passphrase file is given anyway', async () => {
    const target = join(dir, 'plain-with-passphrase')
    expect(await main([join(FIXTURE_DIR, 'young-person.json'), '--out', target, '--passphrase-file', passphraseFile(PASSPHRASE)])).toBe(0)
    expect(readdirSync(target)).toHaveLength(4)
  }, 60_000)
})
