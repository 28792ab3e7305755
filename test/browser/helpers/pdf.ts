/** Reading a downloaded PDF back with poppler and qpdf, and failing on anything they complain about. */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** What poppler says about a damaged file. */
const BAD_PDF = /Syntax Error|may be invalid/i

function run(command: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  return { stdout: result.stdout, stderr: result.stderr, status: result.status }
}

function badLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => BAD_PDF.test(line))
}

/** `pdftotext -raw` of the whole file; fails on any complaint. Pages are separated by form feeds. */
export function pdfText(file: string): string {
  const { stdout, stderr, status } = run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])
  assert.equal(status, 0, `pdftotext exits 0: ${stderr}`)
  assert.deepEqual(badLines(stderr), [], 'pdftotext reports no syntax errors')
  return stdout
}

/**
 * The text with every run of white space as one space, so a phrase broken across lines still
 * matches; a word broken after a hyphen ("Mensah-" / "Boateng") is joined again.
 */
export function flat(text: string): string {
  return text.replace(/(?<=\p{L})-\n(?=\p{L})/gu, '-').replace(/\s+/g, ' ')
}

/** qpdf --check must pass with no warnings, and the first page must render at 30 dpi without complaint. */
export function checkPdfIsSound(file: string): void {
  const qpdf = run('qpdf', ['--check', file])
  assert.equal(qpdf.status, 0, `qpdf --check passes with no errors or warnings:\n${qpdf.stdout}\n${qpdf.stderr}`)
  assert.match(qpdf.stdout, /No syntax or stream encoding errors found/)
  assert.deepEqual(badLines(qpdf.stdout + qpdf.stderr), [])

  const out = mkdtempSync(join(tmpdir(), 'wth-ppm-'))
  const ppm = run('pdftoppm', ['-r', '30', '-png', '-f', '1', '-l', '1', file, join(out, 'page')])
  assert.equal(ppm.status, 0, `pdftoppm exits 0: ${ppm.stderr}`)
  assert.deepEqual(badLines(ppm.stderr), [], 'pdftoppm reports no syntax errors')
  const pngs = readdirSync(out).filter((f) => f.endsWith('.png'))
  assert.equal(pngs.length, 1, 'pdftoppm drew page 1')
  assert.ok(statSync(join(out, pngs[0] as string)).size > 1000, 'page 1 drew as a real image')
}

/**
 * The all-letters PDF as one segment per organisation: each starts with its cover sheet
 * ("Keep this page. Do not send it."), then the letter and any forms. Whitespace is flattened.
 */
export function segmentsByBody(text: string): string[] {
  return flat(text)
    .split('Keep this page. Do not send it.')
    .slice(1)
    .map((s) => s.trim())
}
