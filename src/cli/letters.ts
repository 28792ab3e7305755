/**
 * npm run letters -- <request.json> --out <folder>
 * Writes one PDF per recipient and prints each path. A bad file prints every problem and writes nothing.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadDirectory } from '../directory/directory.ts'
import { buildPacks, letterProblems } from '../letters/build.ts'
import { loadTemplatesFromDisk } from '../letters/templates.node.ts'
import { letterToPlainText } from '../letters/plain-text.ts'
import { fontsNeeded } from '../pdf/fonts.ts'
import { loadFontsFromDisk } from '../pdf/fonts.node.ts'
import { renderPack } from '../pdf/render.ts'
import { parseRequestText } from '../request/parse.ts'
import { isRealIsoDate, todayIso } from '../dates/iso.ts'

const USAGE = 'Usage: npm run letters -- <request.json> --out <folder>'

function parseArgs(argv: string[]): { file: string; out: string } | string {
  let file: string | undefined
  let out: string | undefined
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!
    if (arg === '--out') out = argv[++i]
    else if (arg.startsWith('--out=')) out = arg.slice(6)
    else if (arg === '--help' || arg === '-h') return USAGE
    else if (!file) file = arg
    else return `There is more than one request file. ${USAGE}`
  }
  if (!file) return `Say which request file to read. ${USAGE}`
  if (!out) return `Say which folder to write the letters to, with --out. ${USAGE}`
  return { file, out }
}

/** Today in the UK. WHAT_THEY_HOLD_TODAY (YYYY-MM-DD) pins it, so tests never depend on the real clock. */
function today(): string {
  const pinned = process.env.WHAT_THEY_HOLD_TODAY
  return pinned !== undefined && isRealIsoDate(pinned) ? pinned : todayIso(new Date())
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    console.error(args)
    return args === USAGE ? 0 : 2
  }
  let text: string
  try {
    text = readFileSync(args.file, 'utf8')
  } catch {
    console.error(`Cannot read the file ${args.file}. Check the name and that it exists.`)
    return 2
  }
  const directory = loadDirectory()
  const parsed = parseRequestText(text, { today: today(), isKnownRecipient: (id) => directory.byId(id) !== undefined })
  const sources = { directory, templates: loadTemplatesFromDisk() }
  // A follow-up sent before its time would call an organisation late before it is: refused like any other problem.
  const errors = parsed.ok ? letterProblems(parsed.request, sources) : parsed.errors
  if (!parsed.ok || errors.length > 0) {
    console.error(`${args.file} has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}:`)
    for (const e of errors) console.error(`- ${e.path ? `${e.path}: ` : ''}${e.message}`)
    console.error('No letters were written.')
    return 1
  }
  const packs = buildPacks(parsed.request, sources)
  for (const pack of packs) {
    if (pack.icoMayRefuse) console.error(`Warning: ${pack.recipientName}: your last contact with them was more than three months ago, so the ICO may not take this complaint. The cover sheet says more.`)
  }
  const fonts = loadFontsFromDisk(fontsNeeded(packs.flatMap((p) => p.documents.map(letterToPlainText))))
  // Make every PDF before writing any, then move them into place: never a half-written set.
  const pdfs: { name: string; bytes: Uint8Array }[] = []
  for (const pack of packs) pdfs.push({ name: pack.fileName, bytes: await renderPack(pack, fonts) })
  const out = resolve(args.out)
  mkdirSync(out, { recursive: true })
  const staging = join(out, `.writing-${process.pid}`)
  mkdirSync(staging, { recursive: true })
  try {
    for (const pdf of pdfs) writeFileSync(join(staging, pdf.name), pdf.bytes)
    for (const pdf of pdfs) {
      const target = join(out, pdf.name)
      if (existsSync(target)) rmSync(target)
      renameSync(join(staging, pdf.name), target)
      console.log(target)
    }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
  return 0
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('letters.ts')) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code },
    (error: unknown) => {
      console.error(`Something went wrong while making the letters: ${error instanceof Error ? error.message : String(error)}`)
      console.error('No letters were written.')
      process.exitCode = 1
    },
  )
}
