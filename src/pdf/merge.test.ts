import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFName } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { mergePdfs } from './merge.ts'
import { pdfToText } from './poppler.ts'

async function onePage(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.addPage().drawText(text)
  return doc.save()
}

describe('all letters in one PDF', () => {
  it('keeps every page in order, with the title and language it is given', async () => {
    const merged = await mergePdfs([await onePage('first letter'), await onePage('second letter')], { title: 'Eich llythyrau', language: 'cy' })
    expect(pdfToText(merged).split('\f').map((p) => p.trim()).filter(Boolean)).toEqual(['first letter', 'second letter'])
    const file = join(mkdtempSync(join(tmpdir(), 'wth-merge-')), 'all.pdf')
    writeFileSync(file, merged)
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Title:\s+Eich llythyrau$/m)
    expect((await PDFDocument.load(merged)).catalog.get(PDFName.of('Lang'))?.toString()).toBe('(cy)')
  })
})
