/**
 * The command line end to end (issue 2 items 8 and 9): each person's fixture makes PDFs that pass
 * qpdf, read back the right words, and render with text on every page; bad files write nothing.
 * Issue 9: every file-system fault gets one plain sentence, never an error code or a hang, and a
 * run leaves the whole set of letters or nothing. Tests run as root, where chmod stops nothing: a
 * folder that refuses writes is /sys or a read-only bind mount, a full disk is a tiny tmpfs (both only
 * where mounting is allowed), and every fault is also injected through the file system the CLI is given.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import * as nodeFs from 'node:fs'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FileSystem } from '../../src/cli/files.ts'
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
      // Each first letter asks for a reply by a date, so each has its calendar reminder beside it.
      const written = files.flatMap((f) => [f, f.replace(/\.pdf$/, '.ics')])
      expect(await main([join(FIXTURE_DIR, `${name}.json`), '--out', dir])).toBe(0)
      expect(readdirSync(dir).sort()).toEqual([...written].sort())
      expect(out).toEqual(written.map((f) => join(dir, f)))
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
    expect(err.join('\n')).toContain('No letters were written: there is no file /no/such/file.json. Check its name and folder.')
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
  }, 300_000)
})

const TWO_LETTERS = ['letter-01-south-wales-police.pdf', 'letter-02-city-of-cardiff-council.pdf']

/** A request for two bodies, so a fault can strike between the first letter and the second. */
function requestFile(change?: (r: Record<string, any>) => void): string {
  const raw = rawFixture('young-person') as Record<string, any>
  raw.recipients = ['police:south-wales', 'council:cardiff']
  change?.(raw)
  const file = join(mkdtempSync(join(tmpdir(), 'wth-fault-')), 'request.json')
  writeFileSync(file, JSON.stringify(raw))
  return file
}

function fault(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/** The file system, with one call failing the nth time it is made. */
function failing(name: 'writeFileSync' | 'renameSync' | 'mkdtempSync' | 'openSync' | 'readSync', code: string, nth = 1): FileSystem {
  let calls = 0
  const real = nodeFs[name] as (...a: unknown[]) => unknown
  return {
    ...nodeFs,
    [name]: (...a: unknown[]) => {
      calls += 1
      if (calls === nth) throw fault(code)
      return real(...a)
    },
  } as FileSystem
}

/** Exactly one line, a plain sentence: no error code, no stack, nothing from Node. */
function expectOneSentence(sentence: string) {
  expect(err).toEqual([sentence])
  expect(sentence).not.toMatch(/\bE[A-Z]{3,}\b|Error|errno|\bat \//)
}

const CLI = join(import.meta.dirname, '..', '..', 'src', 'cli', 'letters.ts')

/**
 * The real command in a process of its own, killed after `seconds`: a blocking read or a looping
 * mkdir would stall this test process itself, so a hang is only caught from outside.
 */
function runWithin(seconds: number, args: string[]): { code: number | null; killed: boolean; said: string[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', timeout: seconds * 1000, env: { ...process.env } })
  return { code: run.status, killed: run.signal !== null, said: run.stderr.split('\n').filter(Boolean) }
}

/** A folder with a letter from an earlier run and a file of the person's own, to see that a failed run leaves both alone. */
function earlierRun(): { dir: string; before: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'wth-earlier-'))
  writeFileSync(join(dir, TWO_LETTERS[0]!), 'the letter from last week')
  writeFileSync(join(dir, 'notes.txt'), 'my own notes')
  return { dir, before: snapshot(dir) }
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'latin1')]))
}

/** Runs `use` with a fresh mount, or returns false where this machine does not allow mounting. */
function withMount(args: string[], use: (dir: string) => Promise<void>): Promise<boolean> | false {
  const dir = mkdtempSync(join(tmpdir(), 'wth-mount-'))
  const mounted = spawnSync('mount', [...args, dir], { stdio: 'ignore' })
  if (mounted.status !== 0) return false
  return use(dir).finally(() => spawnSync('umount', [dir], { stdio: 'ignore' })).then(() => true)
}

describe('npm run letters and the file system (issue 9)', () => {
  describe('the request file', () => {
    it('is missing', async () => {
      expect(await main(['/no/such/request.json', '--out', tmpdir()])).toBe(2)
      expectOneSentence('No letters were written: there is no file /no/such/request.json. Check its name and folder.')
    })

    it('is a folder', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'wth-folder-'))
      expect(await main([dir, '--out', join(dir, 'out')])).toBe(2)
      expectOneSentence(`No letters were written: ${dir} is a folder, not a request file.`)
    })

    it('is a named pipe: refused from its metadata, without waiting for a writer', () => {
      const pipe = join(mkdtempSync(join(tmpdir(), 'wth-fifo-')), 'request.json')
      execFileSync('mkfifo', [pipe])
      expect(runWithin(30, [pipe, '--out', join(tmpdir(), 'never')])).toEqual({
        code: 2,
        killed: false,
        said: [`No letters were written: ${pipe} is not an ordinary file (it may be a pipe or a device), so it was not read.`],
      })
    }, 60_000)

    it('is a device that never ends', async () => {
      expect(await main(['/dev/zero', '--out', join(tmpdir(), 'never')])).toBe(2)
      expectOneSentence('No letters were written: /dev/zero is not an ordinary file (it may be a pipe or a device), so it was not read.')
    })

    it('is swapped for a pipe between the check and the open: the open handle is checked too', async () => {
      const pipe = join(mkdtempSync(join(tmpdir(), 'wth-swap-')), 'request.json')
      execFileSync('mkfifo', [pipe])
      const file = requestFile()
      const fs = { ...nodeFs, statSync: ((p: string) => nodeFs.statSync(p === pipe ? file : p)) as typeof nodeFs.statSync }
      expect(await main([pipe, '--out', join(tmpdir(), 'never')], { fs })).toBe(2)
      expectOneSentence(`No letters were written: ${pipe} is not an ordinary file (it may be a pipe or a device), so it was not read.`)
    })

    it('cannot be read (a file under /proc that fails on read, and an injected EACCES)', async () => {
      expect(await main(['/proc/self/mem', '--out', join(tmpdir(), 'never')])).toBe(2)
      expectOneSentence('No letters were written: /proc/self/mem could not be read.')
      err = []
      const file = requestFile()
      expect(await main([file, '--out', join(tmpdir(), 'never')], { fs: failing('openSync', 'EACCES') })).toBe(2)
      expectOneSentence(`No letters were written: you do not have permission to read ${file}.`)
      err = []
      expect(await main([file, '--out', join(tmpdir(), 'never')], { fs: failing('readSync', 'EIO') })).toBe(2)
      expectOneSentence(`No letters were written: ${file} could not be read.`)
    })

    it('is over 1 MB', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'wth-big-')), 'request.json')
      writeFileSync(file, `{"details": "${'x'.repeat(1_100_000)}"}`)
      expect(await main([file, '--out', join(tmpdir(), 'never')])).toBe(2)
      expectOneSentence(`No letters were written: ${file} is bigger than 1 MB, too big to be a request file.`)
    })

    it('is not UTF-8 (saved as UTF-16 by an editor)', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'wth-utf16-')), 'request.json')
      writeFileSync(file, Buffer.from(`\ufeff${JSON.stringify(rawFixture('young-person'))}`, 'utf16le'))
      expect(await main([file, '--out', join(tmpdir(), 'never')])).toBe(2)
      expectOneSentence(`No letters were written: ${file} is not saved as plain text (UTF-8), so save it again from the app or as UTF-8 from a text editor.`)
    })

    it('starts with a UTF-8 byte order mark, as Notepad saves it: accepted', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'wth-bom-')), 'request.json')
      const raw = { ...rawFixture('young-person'), recipients: ['police:south-wales'] }
      writeFileSync(file, `\ufeff${JSON.stringify(raw)}`)
      const dir = mkdtempSync(join(tmpdir(), 'wth-bom-out-'))
      expect(await main([file, '--out', dir])).toBe(0)
      expect(readdirSync(dir).sort()).toEqual(['letter-01-south-wales-police.ics', 'letter-01-south-wales-police.pdf'])
    }, 60_000)
  })

  describe('the folder for the letters', () => {
    it('is a file', async () => {
      const { dir, before } = earlierRun()
      const notes = join(dir, 'notes.txt')
      expect(await main([requestFile(), '--out', notes])).toBe(1)
      expectOneSentence(`No letters were written: ${notes} is a file, so it cannot be the folder for the letters.`)
      expect(snapshot(dir)).toEqual(before)
    }, 60_000)

    it('is inside a file', async () => {
      const { dir, before } = earlierRun()
      const inside = join(dir, 'notes.txt', 'letters')
      expect(await main([requestFile(), '--out', inside])).toBe(1)
      expectOneSentence(`No letters were written: part of the folder path ${inside} is a file.`)
      expect(snapshot(dir)).toEqual(before)
    }, 60_000)

    it('cannot be written (/sys refuses new folders even to root)', async () => {
      expect(await main([requestFile(), '--out', '/sys/what-they-hold-letters'])).toBe(1)
      expectOneSentence('No letters were written: the folder /sys/what-they-hold-letters cannot be written to (it is read-only, or you do not have permission).')
    }, 60_000)

    it('is under /proc, where a recursive mkdir never returns: answered, not hung', () => {
      expect(runWithin(60, [requestFile(), '--out', '/proc/self/what-they-hold/letters'])).toEqual({
        code: 1,
        killed: false,
        said: ['No letters were written: the folder /proc/self/what-they-hold/letters cannot be written to (it is read-only, or you do not have permission).'],
      })
    }, 90_000)

    it('is on a read-only disk (a read-only bind mount; EACCES injected as well)', async (ctx) => {
      const { dir, before } = earlierRun()
      const ran = withMount(['-o', 'bind,ro', dir], async (ro) => {
        expect(await main([requestFile(), '--out', ro])).toBe(1)
        expectOneSentence(`No letters were written: the folder ${ro} cannot be written to (it is read-only, or you do not have permission).`)
      })
      if (ran) await ran
      expect(snapshot(dir)).toEqual(before)
      err = []
      expect(await main([requestFile(), '--out', dir], { fs: failing('mkdtempSync', 'EACCES') })).toBe(1)
      expectOneSentence(`No letters were written: the folder ${dir} cannot be written to (it is read-only, or you do not have permission).`)
      expect(snapshot(dir)).toEqual(before)
      if (!ran) ctx.annotate('mounting is not allowed here: only the injected fault was tried')
    }, 60_000)

    it('is on a full disk (a 40 KB tmpfs holds one letter, not two): nothing is left behind', async (ctx) => {
      const ran = withMount(['-t', 'tmpfs', '-o', 'size=40k', 'tmpfs'], async (small) => {
        expect(await main([requestFile(), '--out', small])).toBe(1)
        expectOneSentence('No letters were written: there is not enough space on the disk, so free some space or choose another folder with --out.')
        expect(readdirSync(small)).toEqual([])
      })
      if (ran) await ran
      else ctx.annotate('mounting is not allowed here: see the injected full disk below')
    }, 60_000)

    it('fills up after the first letter (injected): the earlier letter and the person\'s notes are untouched, no hidden folder is left', async () => {
      const { dir, before } = earlierRun()
      expect(await main([requestFile(), '--out', dir], { fs: failing('writeFileSync', 'ENOSPC', 2) })).toBe(1)
      expectOneSentence('No letters were written: there is not enough space on the disk, so free some space or choose another folder with --out.')
      expect(snapshot(dir)).toEqual(before)
    }, 60_000)

    it('fails while the letters are moved into place: the first is taken back and the earlier letter restored', async () => {
      const { dir, before } = earlierRun()
      // Renames: the earlier letter aside, the first new letter in, then its calendar reminder fails.
      expect(await main([requestFile(), '--out', dir], { fs: failing('renameSync', 'EIO', 3) })).toBe(1)
      expectOneSentence(`No letters were written: they could not be saved in ${dir}.`)
      expect(snapshot(dir)).toEqual(before)
    }, 60_000)

    it('does not exist yet and the run fails: no folder is left behind', async () => {
      const base = mkdtempSync(join(tmpdir(), 'wth-new-'))
      const nested = join(base, 'a', 'b', 'letters')
      expect(await main([requestFile(), '--out', nested], { fs: failing('writeFileSync', 'ENOSPC', 1) })).toBe(1)
      expect(readdirSync(base)).toEqual([])
    }, 60_000)

    it('holds an earlier set: the new set replaces it whole and the person\'s own files stay', async () => {
      const { dir } = earlierRun()
      expect(await main([requestFile(), '--out', dir])).toBe(0)
      const written = TWO_LETTERS.flatMap((f) => [f, f.replace(/\.pdf$/, '.ics')])
      expect(readdirSync(dir).sort()).toEqual([...written, 'notes.txt'].sort())
      expect(readFileSync(join(dir, TWO_LETTERS[0]!), 'latin1')).toMatch(/^%PDF-/)
      expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('my own notes')
      expect(out).toEqual(written.map((f) => join(dir, f)))
    }, 60_000)
  })

  describe('what reaches the terminal', () => {
    it('never passes on control or bidi characters from a file (it cannot retitle the terminal)', async () => {
      const file = requestFile((r) => {
        r['\u001b]0;pwned\u0007'] = 1
        r.subject.fullName = 'Siân \u001b[2J\u202eEvans'
      })
      const dir = join(mkdtempSync(join(tmpdir(), 'wth-esc-')), 'out')
      expect(await main([file, '--out', dir])).toBe(1)
      const said = err.join('\n')
      expect(said).not.toMatch(/(?!\n)\p{Cc}|[\u202a-\u202e\u2066-\u2069]/u)
      expect(said).toContain('[U+001B]]0;pwned[U+0007]')
      expect(said).toContain('Full name has hidden characters that cannot be printed (U+001B)')
      expect(existsSync(dir)).toBe(false)
    })

    it('lists 20 problems and counts the rest', async () => {
      const file = requestFile((r) => { for (let i = 0; i < 35; i += 1) r[`extra${i}`] = i })
      expect(await main([file, '--out', join(tmpdir(), 'never')])).toBe(1)
      expect(err[0]).toBe(`${file} has 35 problems:`)
      expect(err.filter((l) => l.startsWith('- extra'))).toHaveLength(20)
      expect(err).toContain('- and 15 more problems')
      expect(err.at(-1)).toBe('No letters were written.')
    })

    it('cuts a long value short', async () => {
      const file = requestFile((r) => { r.recipients = [`police:${'x'.repeat(5000)}`] })
      expect(await main([file, '--out', join(tmpdir(), 'never')])).toBe(1)
      expect(err.join('\n').length).toBeLessThan(600)
    })

    it('says when an organisation listed twice gets one letter', async () => {
      const file = requestFile((r) => { r.recipients = ['police:south-wales', 'police:south-wales'] })
      const dir = mkdtempSync(join(tmpdir(), 'wth-twice-'))
      expect(await main([file, '--out', dir])).toBe(0)
      expect(readdirSync(dir).sort()).toEqual(['letter-01-south-wales-police.ics', 'letter-01-south-wales-police.pdf'])
      expect(err).toEqual(['Note: The organisation "police:south-wales" is listed 2 times. You get one letter to it.'])
    }, 60_000)

    it('answers an unknown option plainly, and a missing file in a batch with its own sentence', async () => {
      expect(await main(['a.json', '--output', 'x'])).toBe(2)
      expect(await main(['missing-a.json', 'missing-b.json', '--out', 'x'])).toBe(2)
      expect(err).toEqual([
        'There is no option --output. Usage: npm run letters -- <request.json> [more.json …] --out <folder> [--passphrase-file <file>] [--language cy|en-GB]. Several files each get a folder of their own, and a summary.csv. --language cy makes every letter Welsh (en-GB: English) unless the file gives that recipient a language of its own.',
        'No letters were written: there is no file missing-a.json. Check its name and folder.',
        'No letters were written: there is no file missing-b.json. Check its name and folder.',
      ])
    })
  })
})

describe('--language', () => {
  const textOf = (dir: string, file: string) => collapse(normaliseExtracted(pdfToText(readFileSync(join(dir, file)))))

  it('makes every letter Welsh that has no language of its own, and leaves one that has', async () => {
    const raw = rawFixture('young-person')
    raw.recipients = ['police:south-wales', { id: 'council:cardiff', language: 'en-GB' }]
    const file = join(mkdtempSync(join(tmpdir(), 'wth-cli-')), 'answers.json')
    writeFileSync(file, JSON.stringify(raw))
    const dir = mkdtempSync(join(tmpdir(), 'wth-out-'))
    expect(await main([file, '--out', dir, '--language', 'cy'])).toBe(0)
    const police = textOf(dir, 'letter-01-south-wales-police.pdf')
    const council = textOf(dir, 'letter-02-city-of-cardiff-council.pdf')
    expect(police).toContain('Cais gwrthrych am wybodaeth yw hwn o dan adran 45 o Ddeddf Diogelu Data 2018')
    expect(police).toContain('23 Tachwedd 2026')
    expect(council).toContain('subject access request under Article 15 of the UK GDPR')
    expect(council).not.toContain('GDPR y DU')
  })

  it('accepts --language=en-GB, and refuses a language it cannot write, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wth-out-'))
    expect(await main([join(FIXTURE_DIR, 'young-person.json'), '--out', dir, '--language=en-GB'])).toBe(0)
    expect(textOf(dir, 'letter-01-south-wales-police.pdf')).toContain('section 45 of the Data Protection Act 2018')
    const none = join(mkdtempSync(join(tmpdir(), 'wth-out-')), 'never')
    expect(await main([join(FIXTURE_DIR, 'young-person.json'), '--out', none, '--language', 'fr'])).toBe(2)
    expect(err.join('\n')).toContain('There is no letter language fr')
    expect(existsSync(none)).toBe(false)
  })

  it('is in --help', async () => {
    expect(await main(['--help'])).toBe(0)
    expect(err.join('\n')).toContain('--language cy|en-GB')
  })
})
