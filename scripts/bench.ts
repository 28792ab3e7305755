/**
 * npm run bench: how fast letters are made and how big they are, warm, in Node.
 * Targets on a 2-core machine (issue 2): one letter ≤ 50 ms, 50 letters ≤ 2 s, ≤ 40 KB per letter.
 * Figures are printed, never asserted: timings on shared machines are too noisy for a test.
 */
import { readFileSync } from 'node:fs'
import { PDFDocument } from 'pdf-lib'
import { join } from 'node:path'
import { loadDirectory } from '../src/directory/directory.ts'
import { buildPacks } from '../src/letters/build.ts'
import type { RecipientPack } from '../src/letters/model.ts'
import { loadTemplatesFromDisk } from '../src/letters/templates.node.ts'
import { loadFontsFromDisk } from '../src/pdf/fonts.node.ts'
import { renderPack } from '../src/pdf/render.ts'
import { parseRequestText } from '../src/request/parse.ts'

const directory = loadDirectory()
const templates = loadTemplatesFromDisk()
const fonts = loadFontsFromDisk([])

function request(name: string) {
  const text = readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'requests', `${name}.json`), 'utf8')
  const parsed = parseRequestText(text, { isKnownRecipient: (id) => directory.byId(id) !== undefined })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.request
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const ms = (x: number) => `${x.toFixed(1)} ms`

async function time(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now()
    await fn()
    out.push(performance.now() - t)
  }
  return out
}

const young = request('young-person')
// A typical first letter: an access request about one topic (the page count is printed with the time).
const typical = { ...young, requests: ['access' as const], topics: ['gang-database' as const] }
const [policePack] = buildPacks(typical, { directory, templates })
const letterOnly: RecipientPack = { ...policePack!, documents: [policePack!.documents[1]!] }

// Warm up: fonts parsed, code paths compiled.
for (let i = 0; i < 5; i += 1) await renderPack(policePack!, fonts)

const letterBytes = await renderPack(letterOnly, fonts)
const packBytes = await renderPack(policePack!, fonts)
const letterPages = (await PDFDocument.load(letterBytes)).getPageCount()

const single = await time(() => renderPack(letterOnly, fonts), 30)
const withCover = await time(() => renderPack(policePack!, fonts), 30)
const build = await time(async () => buildPacks(young, { directory, templates }), 30)

const fifty = Array.from({ length: 50 }, (_, i) => directory.all[i % directory.all.length]!.id)
const batchRequest = { ...young, recipients: fifty }
const batch = await time(async () => {
  for (const pack of buildPacks(batchRequest, { directory, templates })) await renderPack(pack, fonts)
}, 5)

console.log('What They Hold benchmark (warm, Node ' + process.version + ')')
console.log(`one letter (${letterPages} pages), median of 30:        ${ms(median(single))}   target ≤ 50 ms`)
console.log(`one letter with its cover sheet, median of 30: ${ms(median(withCover))}`)
console.log(`answers → letter text for 2 bodies, median:    ${ms(median(build))}`)
console.log(`50 letters with cover sheets, median of 5:     ${ms(median(batch))}   target ≤ 2000 ms`)
console.log(`size of one letter:                            ${(letterBytes.length / 1024).toFixed(1)} KB   target ≤ 40 KB`)
console.log(`size of one letter with its cover sheet:       ${(packBytes.length / 1024).toFixed(1)} KB`)
