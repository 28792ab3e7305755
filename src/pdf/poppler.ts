/** Test helper, Node only: check a PDF with the tools a reader's software would use (poppler, qpdf). */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function withFile<T>(bytes: Uint8Array, fn: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'wth-pdf-'))
  try {
    const file = join(dir, 'doc.pdf')
    writeFileSync(file, bytes)
    return fn(file, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  if (r.error) throw r.error
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

export function qpdfCheck(bytes: Uint8Array): { ok: boolean; output: string } {
  return withFile(bytes, (file) => {
    const r = run('qpdf', ['--check', file])
    return { ok: r.status === 0, output: r.stdout + r.stderr }
  })
}

export function pdfToText(bytes: Uint8Array, opts: { layout?: boolean; raw?: boolean; page?: number } = {}): string {
  return withFile(bytes, (file) => {
    const args = ['-enc', 'UTF-8', ...(opts.layout ? ['-layout'] : []), ...(opts.raw ? ['-raw'] : []), ...(opts.page ? ['-f', String(opts.page), '-l', String(opts.page)] : []), file, '-']
    const r = run('pdftotext', args)
    if (r.status !== 0) throw new Error(r.stderr)
    return r.stdout
  })
}

/** Extracted text made comparable (stack-notes P6): NFC, no U+0000–U+0008, no bidi controls. */
export function normaliseExtracted(text: string): string {
  const dropped = (cp: number) => cp <= 0x08 || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
  return Array.from(text.normalize('NFC')).filter((ch) => !dropped(ch.codePointAt(0)!)).join('')
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

export interface GreyPage {
  width: number
  height: number
  pixels: Uint8Array
}

/** Every page as 8-bit grey pixels, plus what poppler said on stderr (font errors show up there). */
export function rasterise(bytes: Uint8Array, dpi = 50): { pages: GreyPage[]; stderr: string } {
  return withFile(bytes, (file, dir) => {
    const r = run('pdftoppm', ['-r', String(dpi), '-gray', file, join(dir, 'page')])
    if (r.status !== 0) throw new Error(r.stderr)
    const names = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort()
    return { pages: names.map((n) => parsePgm(readFileSync(join(dir, n)))), stderr: r.stderr }
  })
}

function parsePgm(data: Buffer): GreyPage {
  // Header: "P5", width, height, max value, each separated by whitespace, then one whitespace byte.
  const fields: string[] = []
  let at = 0
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[at]!))) at += 1
    let field = ''
    while (!/\s/.test(String.fromCharCode(data[at]!))) field += String.fromCharCode(data[at++]!)
    fields.push(field)
  }
  at += 1
  if (fields[0] !== 'P5' || fields[3] !== '255') throw new Error(`Not an 8-bit PGM: ${fields.join(' ')}`)
  const width = Number(fields[1])
  const height = Number(fields[2])
  return { width, height, pixels: new Uint8Array(data.buffer, data.byteOffset + at, width * height) }
}

/** Dark pixels inside a rectangle given in PDF points from the top-left corner. */
export function darkPixels(page: GreyPage, dpi: number, box: { left: number; top: number; right: number; bottom: number }, threshold = 128): number {
  const s = dpi / 72
  let count = 0
  for (let y = Math.floor(box.top * s); y < Math.min(page.height, Math.ceil(box.bottom * s)); y += 1) {
    for (let x = Math.floor(box.left * s); x < Math.min(page.width, Math.ceil(box.right * s)); x += 1) {
      if (page.pixels[y * page.width + x]! < threshold) count += 1
    }
  }
  return count
}
