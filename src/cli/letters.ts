/**
 * npm run letters -- <request.json> [more.json …] --out <folder> [--passphrase-file <file>] [--language cy|en-GB]
 * Writes one PDF per recipient, each with a calendar reminder (.ics) of the same name when the letter
 * asks for an answer by a date, and prints each path. Several files (a batch) each get a folder of
 * their own, named after the file, and one summary.csv beside them. A bad file prints every problem
 * (of every file) and writes nothing; a file or folder that cannot be used, or a locked file that does
 * not open, gets one plain sentence and writes nothing. --language sets the language of every letter
 * whose recipient does not name its own.
 */
import { basename, extname } from 'node:path'
import * as nodeFs from 'node:fs'
import { isRealIsoDate, todayIso } from '../dates/iso.ts'
import { LETTER_LANGUAGES, type LetterLanguage } from '../i18n/letter-words.ts'
import { loadAllLocales } from '../i18n/load.node.ts'
import { loadDirectory } from '../directory/directory.ts'
import { buildPacks, letterProblems, type LetterSources } from '../letters/build.ts'
import { folderNames, summaryCsv, summaryRows, type BatchLetter } from '../letters/summary.ts'
import type { Request } from '../request/schema.ts'
import { calendarFileName, calendarWords } from '../letters/calendar.ts'
import { letterToPlainText } from '../letters/plain-text.ts'
import { loadTemplatesFromDisk } from '../letters/templates.node.ts'
import { fontsNeeded } from '../pdf/fonts.ts'
import { displaySafe } from '../request/clean.ts'
import { firstProblems, message } from '../request/errors.ts'
import { isLocked, unlockText } from '../request/locked.ts'
import { parseRequestText } from '../request/parse.ts'
import { readRequestFile, say, writeSet, type FileSystem, type OutputFile } from './files.ts'
import { startPool, workerCount, type Pool } from './parallel.ts'
import { projectFolders } from './project.ts'
import type { Rendered, RenderJob } from './render-job.ts'

type Args = { files: string[]; out: string; passphraseFile?: string; language?: LetterLanguage } | { say: string; code: number }

const PASSPHRASE_FILE = '--passphrase-file'
const LANGUAGE = '--language'

function isLetterLanguage(value: string | undefined): value is LetterLanguage {
  return (LETTER_LANGUAGES as readonly (string | undefined)[]).includes(value)
}

function parseArgs(argv: string[]): Args {
  const files: string[] = []
  let out: string | undefined
  let passphraseFile: string | undefined
  let language: LetterLanguage | undefined
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!
    if (arg === '--out') out = argv[++i]
    else if (arg.startsWith('--out=')) out = arg.slice(6)
    else if (arg === PASSPHRASE_FILE || arg.startsWith(`${PASSPHRASE_FILE}=`)) {
      passphraseFile = arg === PASSPHRASE_FILE ? argv[++i] : arg.slice(PASSPHRASE_FILE.length + 1)
      if (!passphraseFile) return { say: say('noPassphraseFile'), code: 2 }
    }
    else if (arg === LANGUAGE || arg.startsWith(`${LANGUAGE}=`)) {
      const value = arg === LANGUAGE ? argv[++i] : arg.slice(LANGUAGE.length + 1)
      if (!isLetterLanguage(value)) return { say: say('badLanguage', { value: value ?? '' }), code: 2 }
      language = value
    }
    else if (arg === '--help' || arg === '-h') return { say: say('usage'), code: 0 }
    else if (arg.startsWith('--')) return { say: say('unknownOption', { option: arg }), code: 2 }
    else files.push(arg)
  }
  if (files.length === 0) return { say: say('noFile'), code: 2 }
  if (!out) return { say: say('noOut'), code: 2 }
  return { files, out, ...(passphraseFile ? { passphraseFile } : {}), ...(language ? { language } : {}) }
}

type Opened = { ok: true; text: string } | { ok: false; message: string; code: number }

/**
 * The request file's text, unlocked first when it is locked. The passphrase file is read like the
 * request file (an ordinary file, at most 1 MB); the one newline an editor or `echo` adds is not part
 * of the passphrase.
 */
async function openRequestText(text: string, file: string, passphraseFile: string | undefined, fs: FileSystem): Promise<Opened> {
  if (!isLocked(text)) return { ok: true, text }
  if (!passphraseFile) return { ok: false, message: say('lockedNeedsPassphrase', { file }), code: 1 }
  const passphrase = readRequestFile(passphraseFile, fs)
  if (!passphrase.ok) return { ok: false, message: passphrase.message, code: 2 }
  const opened = await unlockText(text, passphrase.text.replace(/\r?\n$/, ''))
  return opened.ok ? opened : { ok: false, message: opened.message, code: 1 }
}

/** Today in the UK. WHAT_THEY_HOLD_TODAY (YYYY-MM-DD) pins it, so tests never depend on the real clock. */
function today(): string {
  const pinned = process.env.WHAT_THEY_HOLD_TODAY
  return pinned !== undefined && isRealIsoDate(pinned) ? pinned : todayIso(new Date())
}

/** Every line to the terminal goes through here: nothing from a file can move the cursor or retitle the window. */
function tell(line: string): void {
  console.error(displaySafe(line, 2000))
}

export interface CliOptions {
  /** The file system, for tests that make a disk fill up or a folder refuse writes. */
  fs?: FileSystem
  /** Worker threads to make the letters with (0: none); by default one per core for a big batch (see parallel.ts). */
  workers?: number
}

type Checked = { file: string; request: Request; notes: readonly string[] }

/** One file read, unlocked and checked; its problems said, or undefined when it cannot be used. */
async function checkFile(file: string, passphraseFile: string | undefined, fs: FileSystem, sources: LetterSources): Promise<Checked | { code: number; listed?: true }> {
  const input = readRequestFile(file, fs)
  if (!input.ok) {
    tell(input.message)
    return { code: 2 }
  }
  const opened = await openRequestText(input.text, file, passphraseFile, fs)
  if (!opened.ok) {
    tell(opened.message)
    return { code: opened.code }
  }
  const parsed = parseRequestText(opened.text, { today: today(), isKnownRecipient: (id) => sources.directory.byId(id) !== undefined })
  // A follow-up sent before its time would call an organisation late before it is: refused like any other problem.
  const errors = parsed.ok ? letterProblems(parsed.request, sources) : parsed.errors
  if (!parsed.ok || errors.length > 0) {
    tell(errors.length === 1 ? say('problemsOne', { file }) : say('problemsMany', { file, count: errors.length }))
    const { listed, more } = firstProblems(errors)
    for (const e of listed) tell(`- ${e.path ? `${e.path}: ` : ''}${e.message}`)
    if (more > 0) tell(`- ${message('moreProblems', { count: more })}`)
    return { code: 1, listed: true }
  }
  return { file, request: parsed.request, notes: parsed.notes }
}

/** The request with `language` on every recipient that does not name its own. */
export function withLanguage(request: Request, language: LetterLanguage | undefined): Request {
  if (!language) return request
  return {
    ...request,
    recipients: request.recipients.map((entry) => (typeof entry === 'string' ? { id: entry, language } : { ...entry, language: entry.language ?? language })),
  }
}

export async function main(argv: string[], options: CliOptions = {}): Promise<number> {
  const fs = options.fs ?? nodeFs
  const args = parseArgs(argv)
  if ('say' in args) {
    tell(args.say)
    return args.code
  }
  const folders = projectFolders()
  // Every language's words: a Welsh letter's cover sheet says where to send it in Welsh.
  loadAllLocales(folders.content)
  const sources: LetterSources = { directory: loadDirectory(), templates: loadTemplatesFromDisk(folders.templates) }
  // Every file is checked before any letter is made: one bad file stops the batch, with every file's problems said.
  const checked: Checked[] = []
  let code = 0
  let listed = false
  for (const file of args.files) {
    const result = await checkFile(file, args.passphraseFile, fs, sources)
    if ('code' in result) {
      code = Math.max(code, result.code)
      listed ||= result.listed === true
    } else checked.push(result)
  }
  if (code !== 0) {
    // A file that cannot be used already said "No letters were written: …"; a list of problems has not.
    if (listed) tell(say('noneWritten'))
    return code
  }
  const batch = checked.length > 1
  const names = batch ? folderNames(args.files.map((file) => basename(file, extname(file))), (n) => `file-${n}`) : ['']
  // Started first, so that the workers' start-up overlaps building the packs. Each file's letters
  // go to the workers as soon as its packs are built: making every file before writing any, never a
  // half-written set.
  const jobs = checked.reduce((n, { request }) => n + request.recipients.length, 0)
  const pool: Pool = startPool(options.workers ?? workerCount(jobs), folders.fonts)
  const made: Promise<Rendered[]>[] = []
  const rows: BatchLetter[] = []
  let rendered: Rendered[]
  try {
    for (const [i, { request, notes }] of checked.entries()) {
      const folder = names[i]!
      for (const note of notes) tell(say('note', { note }))
      const packs = buildPacks(withLanguage(request, args.language), sources)
      for (const pack of packs) {
        if (pack.icoMayRefuse) tell(say('icoMayRefuse', { name: pack.recipientName }))
      }
      const fallbacks = fontsNeeded(packs.flatMap((p) => p.documents.map(letterToPlainText)))
      const letters = pool.render(packs.map((pack): RenderJob => ({ pack, fallbacks, createdOn: request.dated, calendarWords: calendarWords(pack.language) })))
      // Its failure is met below (Promise.all), or not at all when an earlier step has already failed.
      letters.catch(() => {})
      made.push(letters)
      for (const pack of packs) rows.push({ folder, request, pack })
      // Let the workers' answers in (each asks for more work) before building the next file's packs.
      await new Promise((resolve) => setImmediate(resolve))
    }
    rendered = (await Promise.all(made)).flat()
  } finally {
    await pool.close()
  }
  // A letter that asks for no answer by a date (a complaint to the ICO) has no calendar reminder.
  const files: OutputFile[] = []
  rows.forEach(({ folder, pack }, i) => {
    const within = (name: string) => (batch ? `${folder}/${name}` : name)
    const { pdf, calendar } = rendered[i]!
    files.push({ name: within(pack.fileName), bytes: pdf })
    if (calendar !== undefined) files.push({ name: within(calendarFileName(pack)), bytes: new TextEncoder().encode(calendar) })
  })
  if (batch) files.push({ name: 'summary.csv', bytes: new TextEncoder().encode(summaryCsv(say('summaryHeader'), summaryRows(rows))) })
  const written = writeSet(args.out, files, fs)
  if (!written.ok) {
    tell(written.message)
    return 1
  }
  for (const path of written.paths) console.log(displaySafe(path, 2000))
  return 0
}

/** Runs the command line and sets the exit code; a crash says one plain sentence. */
export function run(argv: string[]): Promise<void> {
  return main(argv).then(
    (code) => { process.exitCode = code },
    () => {
      // No error text or stack: it could hold a name from the file.
      tell(say('crashed'))
      process.exitCode = 1
    },
  )
}

// Run from source (tsx src/cli/letters.ts). The bundle is started by scripts/letters.mjs, which calls run().
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('letters.ts')) void run(process.argv.slice(2))
