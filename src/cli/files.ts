/**
 * The command line's file system work: reading the request file without ever blocking, and writing a
 * set of letters all at once or not at all. Each fault becomes one plain sentence from
 * content/cli.en-GB.json; error codes never reach the person. The file system is passed in, so tests
 * can make a disk fill up or a rename fail at any step.
 */
import * as nodeFs from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import english from '../content/cli.en-GB.json'
import { catalogue, currentLocale } from '../i18n/catalogues.ts'
import { MAX_REQUEST_FILE_BYTES } from '../request/constants.ts'
import { displaySafe } from '../request/clean.ts'
import { MAX_FILE_SIZE_WORDS } from '../request/parse.ts'

export type FileSystem = Pick<
  typeof nodeFs,
  'statSync' | 'lstatSync' | 'openSync' | 'fstatSync' | 'readSync' | 'closeSync' | 'mkdirSync' | 'mkdtempSync' | 'writeFileSync' | 'renameSync' | 'rmSync'
>

export type SentenceKey = Exclude<keyof typeof english, '$comment'>

/** The command line's sentences in its language (LANG picks it: see letters.ts). */
function sentences(): Record<string, string> {
  return catalogue('cli', currentLocale()) as Record<string, string>
}

/** A sentence from the catalogue; paths and other values are shown safely (a path may hold anything). */
export function say(key: SentenceKey, values: Record<string, string | number> = {}): string {
  const words = sentences()
  return (words[key] ?? english[key]).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name]
    if (value === undefined) return name === 'usage' ? (words.usage ?? english.usage) : whole
    return typeof value === 'number' ? String(value) : displaySafe(value, 200)
  })
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string }

function inputFault(error: unknown, file: string): ReadResult {
  const code = codeOf(error)
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, message: say('inputMissing', { file }) }
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: say('inputNoPermission', { file }) }
  if (code === 'EISDIR') return { ok: false, message: say('inputIsFolder', { file }) }
  return { ok: false, message: say('inputUnreadable', { file }) }
}

/**
 * The request file's text. Only an ordinary file of at most 1 MB is read: a folder, a named pipe or a
 * device is refused from its metadata, before it is opened (opening a pipe waits for a writer). It is
 * opened without blocking and checked again through the open handle, in case it changed in between,
 * and never more than the limit is read (files under /proc claim a size of 0).
 */
export function readRequestFile(file: string, fs: FileSystem = nodeFs): ReadResult {
  let fd: number
  try {
    const st = fs.statSync(file)
    if (st.isDirectory()) return { ok: false, message: say('inputIsFolder', { file }) }
    if (!st.isFile()) return { ok: false, message: say('inputNotFile', { file }) }
    if (st.size > MAX_REQUEST_FILE_BYTES) return { ok: false, message: say('inputTooBig', { file, max: MAX_FILE_SIZE_WORDS }) }
    fd = fs.openSync(file, nodeFs.constants.O_RDONLY | nodeFs.constants.O_NONBLOCK)
  } catch (error) {
    return inputFault(error, file)
  }
  try {
    const st = fs.fstatSync(fd)
    if (!st.isFile()) return { ok: false, message: say('inputNotFile', { file }) }
    const buffer = new Uint8Array(MAX_REQUEST_FILE_BYTES + 1)
    let length = 0
    for (;;) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length > MAX_REQUEST_FILE_BYTES) return { ok: false, message: say('inputTooBig', { file, max: MAX_FILE_SIZE_WORDS }) }
    }
    try {
      // A byte order mark is dropped here; anything that is not UTF-8 is named rather than turned into "�".
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length)) }
    } catch {
      return { ok: false, message: say('inputNotUtf8', { file }) }
    }
  } catch (error) {
    return inputFault(error, file)
  } finally {
    // The text is read (or the reason it cannot be is known): a failure to close changes neither.
    bestEffort(() => fs.closeSync(fd))
  }
}

export interface OutputFile {
  name: string
  bytes: Uint8Array
}

export type WriteResult = { ok: true; paths: string[] } | { ok: false; message: string }

function outputFault(error: unknown, out: string): WriteResult {
  const code = codeOf(error)
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return { ok: false, message: say('outDiskFull') }
  if (code === 'ENOTDIR') return { ok: false, message: say('outPathHasFile', { out }) }
  if (code === 'EEXIST') return { ok: false, message: say('outIsFile', { out }) }
  // ENOENT after the parent was found: a file system (like /proc) that will not hold new folders.
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT') return { ok: false, message: say('outNoPermission', { out }) }
  return { ok: false, message: say('outFailed', { out }) }
}

class NotAFolder extends Error {
  code = 'ENOTDIR'
}

/**
 * Makes the folder and any missing parents, one at a time: Node's recursive mkdir never returns on a
 * file system such as /proc that refuses new folders with "no such file". Returns the topmost folder
 * made, so a failed run can remove what it made.
 */
function makeFolder(fs: FileSystem, path: string): string | undefined {
  const missing: string[] = []
  let at = path
  for (;;) {
    try {
      if (!fs.statSync(at).isDirectory()) throw new NotAFolder()
      break
    } catch (error) {
      if (codeOf(error) !== 'ENOENT' || dirname(at) === at) throw error
      missing.push(at)
      at = dirname(at)
    }
  }
  missing.reverse()
  missing.forEach((dir, i) => {
    try {
      fs.mkdirSync(dir)
    } catch (error) {
      if (i > 0) fs.rmSync(missing[0]!, { recursive: true, force: true })
      throw error
    }
  })
  return missing[0]
}

/**
 * Writes every file into a hidden folder inside `out`, then moves them into place; a letter already
 * there is first moved aside and put back if anything fails. So a run leaves either the whole new set
 * or the folder as it was, never a mix, and never its hidden folder.
 */
export function writeSet(outArg: string, files: readonly OutputFile[], fs: FileSystem = nodeFs): WriteResult {
  const out = resolve(outArg)
  let made: string | undefined
  try {
    const st = fs.statSync(out)
    if (!st.isDirectory()) return { ok: false, message: say('outIsFile', { out: outArg }) }
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') return outputFault(error, outArg)
    try {
      made = makeFolder(fs, out)
    } catch (inner) {
      return outputFault(inner, outArg)
    }
  }
  let staging: string | undefined
  const moves: { target: string; placed: boolean; aside?: string }[] = []
  const madeInside: string[] = []
  try {
    staging = fs.mkdtempSync(join(out, '.what-they-hold-'))
    // A batch puts each file's letters in a folder of its own: "client-a/letter-01-....pdf". Each
    // folder is made once, not once per letter (a batch writes hundreds of files into a few folders).
    const staged = new Set<string>([staging])
    for (const file of files) {
      const folder = dirname(join(staging, file.name))
      if (!staged.has(folder)) {
        fs.mkdirSync(folder, { recursive: true })
        staged.add(folder)
      }
      fs.writeFileSync(join(staging, file.name), file.bytes)
    }
    const placed = new Set<string>([out])
    for (const [i, file] of files.entries()) {
      const target = join(out, file.name)
      if (!placed.has(dirname(target))) {
        const folder = makeFolder(fs, dirname(target))
        if (folder) madeInside.push(folder)
        placed.add(dirname(target))
      }
      const move: { target: string; placed: boolean; aside?: string } = { target, placed: false }
      moves.push(move)
      if (exists(fs, target)) {
        const aside = join(staging, `old-${i}`)
        fs.renameSync(target, aside)
        move.aside = aside
      }
      fs.renameSync(join(staging, file.name), target)
      move.placed = true
    }
    fs.rmSync(staging, { recursive: true, force: true })
    return { ok: true, paths: moves.map((m) => m.target) }
  } catch (error) {
    for (const move of moves.reverse()) {
      bestEffort(() => {
        if (move.placed) fs.rmSync(move.target, { force: true })
        if (move.aside) fs.renameSync(move.aside, move.target)
      })
    }
    if (staging) bestEffort(() => fs.rmSync(staging!, { recursive: true, force: true }))
    for (const folder of madeInside.reverse()) bestEffort(() => fs.rmSync(folder, { recursive: true, force: true }))
    if (made) bestEffort(() => fs.rmSync(made!, { recursive: true, force: true }))
    return outputFault(error, outArg)
  }
}

function exists(fs: FileSystem, path: string): boolean {
  try {
    fs.lstatSync(path)
    return true
  } catch {
    return false
  }
}

/** Undoing a failed run must not hide why it failed. */
function bestEffort(step: () => void): void {
  try {
    step()
  } catch {
    // Nothing more can be done; the message already says no letters were written.
  }
}
