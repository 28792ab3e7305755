/**
 * npm run letters -- <request.json> --out <folder>
 * Writes one PDF per recipient and prints each path. A bad file prints every problem and writes nothing;
 * a file or folder that cannot be used gets one plain sentence and writes nothing.
 */
import * as nodeFs from 'node:fs'
import { isRealIsoDate, todayIso } from '../dates/iso.ts'
import { loadDirectory } from '../directory/directory.ts'
import { buildPacks, letterProblems } from '../letters/build.ts'
import { letterToPlainText } from '../letters/plain-text.ts'
import { loadTemplatesFromDisk } from '../letters/templates.node.ts'
import { fontsNeeded } from '../pdf/fonts.ts'
import { loadFontsFromDisk } from '../pdf/fonts.node.ts'
import { renderPack } from '../pdf/render.ts'
import { displaySafe } from '../request/clean.ts'
import { firstProblems, message } from '../request/errors.ts'
import { parseRequestText } from '../request/parse.ts'
import { readRequestFile, say, writeSet, type FileSystem, type OutputFile } from './files.ts'

type Args = { file: string; out: string } | { say: string; code: number }

function parseArgs(argv: string[]): Args {
  let file: string | undefined
  let out: string | undefined
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!
    if (arg === '--out') out = argv[++i]
    else if (arg.startsWith('--out=')) out = arg.slice(6)
    else if (arg === '--help' || arg === '-h') return { say: say('usage'), code: 0 }
    else if (arg.startsWith('--')) return { say: say('unknownOption', { option: arg }), code: 2 }
    else if (!file) file = arg
    else return { say: say('twoFiles'), code: 2 }
  }
  if (!file) return { say: say('noFile'), code: 2 }
  if (!out) return { say: say('noOut'), code: 2 }
  return { file, out }
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
}

export async function main(argv: string[], options: CliOptions = {}): Promise<number> {
  const fs = options.fs ?? nodeFs
  const args = parseArgs(argv)
  if ('say' in args) {
    tell(args.say)
    return args.code
  }
  const input = readRequestFile(args.file, fs)
  if (!input.ok) {
    tell(input.message)
    return 2
  }
  const directory = loadDirectory()
  const parsed = parseRequestText(input.text, { today: today(), isKnownRecipient: (id) => directory.byId(id) !== undefined })
  const sources = { directory, templates: loadTemplatesFromDisk() }
  // A follow-up sent before its time would call an organisation late before it is: refused like any other problem.
  const errors = parsed.ok ? letterProblems(parsed.request, sources) : parsed.errors
  if (!parsed.ok || errors.length > 0) {
    tell(errors.length === 1 ? say('problemsOne', { file: args.file }) : say('problemsMany', { file: args.file, count: errors.length }))
    const { listed, more } = firstProblems(errors)
    for (const e of listed) tell(`- ${e.path ? `${e.path}: ` : ''}${e.message}`)
    if (more > 0) tell(`- ${message('moreProblems', { count: more })}`)
    tell(say('noneWritten'))
    return 1
  }
  for (const note of parsed.notes) tell(say('note', { note }))
  const packs = buildPacks(parsed.request, sources)
  for (const pack of packs) {
    if (pack.icoMayRefuse) tell(say('icoMayRefuse', { name: pack.recipientName }))
  }
  const fonts = loadFontsFromDisk(fontsNeeded(packs.flatMap((p) => p.documents.map(letterToPlainText))))
  // Make every PDF before writing any: never a half-written set.
  const pdfs: OutputFile[] = []
  for (const pack of packs) pdfs.push({ name: pack.fileName, bytes: await renderPack(pack, fonts, { createdOn: parsed.request.dated }) })
  const written = writeSet(args.out, pdfs, fs)
  if (!written.ok) {
    tell(written.message)
    return 1
  }
  for (const path of written.paths) console.log(displaySafe(path, 2000))
  return 0
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('letters.ts')) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code },
    () => {
      // No error text or stack: it could hold a name from the file.
      tell(say('crashed'))
      process.exitCode = 1
    },
  )
}
