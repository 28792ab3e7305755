/**
 * npm run bench: how fast letters are made and how big they are.
 * Targets on a 2-core machine: one letter ≤ 50 ms, 50 letters ≤ 2 s, ≤ 40 KB per letter (issue 2);
 * one letter ≤ 1.25 × the pdf-lib floor for its own text, the whole directory from the command line
 * in ≤ 5 s and ≤ 400 MB, the first page ≤ 75 KB gzipped, and ≤ 300 ms in Chromium from "Make your
 * letters" to the downloads for three bodies, warm (issue 12).
 * Figures are printed, never asserted: timings on shared machines are too noisy for a test.
 * WTH_BENCH=node skips the parts that build the app and start Chromium.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { gzipSync } from 'node:zlib'
import { PDFDocument } from 'pdf-lib'
import { join } from 'node:path'
import { loadDirectory } from '../src/directory/directory.ts'
import { buildPacks } from '../src/letters/build.ts'
import type { RecipientPack } from '../src/letters/model.ts'
import { loadTemplatesFromDisk } from '../src/letters/templates.node.ts'
import { loadFontsFromDisk } from '../src/pdf/fonts.node.ts'
import { fontkit2 } from '../src/pdf/fontkit2.ts'
import { layoutForFonts, renderPack } from '../src/pdf/render.ts'
import { PAGE } from '../src/pdf/style.ts'
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

// The floor for one letter: a new document with the same subset fonts, the letter's own lines drawn at
// fixed places (their layout worked out beforehand, outside the timing), and saved.
type FloorLines = { text: string; face: string }[][]
const floorLines = (letter: RecipientPack): FloorLines =>
  layoutForFonts(letter.documents, fonts).map((page) => page.commands.flatMap((c) => (c.kind === 'text' ? [{ text: c.text, face: c.face }] : [])))
async function floorLetter(lines: FloorLines = floorLines(letterOnly)): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit2)
  const regular = await doc.embedFont(fonts.regular, { subset: true })
  const bold = await doc.embedFont(fonts.bold, { subset: true })
  for (const pageLines of lines) {
    const page = doc.addPage([PAGE.width, PAGE.height])
    pageLines.forEach((line, i) => page.drawText(line.text, { x: 56, y: PAGE.height - 56 - (i % 60) * 12, size: 10, font: line.face === 'bold' ? bold : regular }))
  }
  return doc.save()
}
for (let i = 0; i < 5; i += 1) await floorLetter()
// Taken in turn, so both see the same state of the machine, and in CPU time: on a shared machine,
// time spent waiting for a core is not the letter's. 200 rounds, and the median of each round's ratio,
// because 30 rounds of wall time gave anything from 0.9 × to 1.7 × on this machine from one run to the next.
// Each round is a letter to the next body in the directory, not the same letter again: a letter kept
// from the round before (its lines, its fonts) would flatter the renderer.
const ROUNDS = 200
const letters = directory.all.slice(0, ROUNDS).map((r) => {
  const [pack] = buildPacks({ ...typical, recipients: [r.id] }, { directory, templates })
  const letter: RecipientPack = { ...pack!, documents: pack!.documents.filter((d) => d.kind !== 'cover-sheet') }
  return { letter, lines: floorLines(letter) }
})
const rounds: { ours: number; floor: number }[] = []
const cpuMs = async (fn: () => Promise<unknown>) => {
  const since = process.cpuUsage()
  await fn()
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
for (const [i, { letter, lines }] of letters.entries()) {
  // Each goes first in every other round, so neither always meets the other's garbage.
  if (i % 2 === 0) {
    const ours = await cpuMs(() => renderPack(letter, fonts))
    rounds.push({ ours, floor: await cpuMs(() => floorLetter(lines)) })
  } else {
    const floor = await cpuMs(() => floorLetter(lines))
    rounds.push({ ours: await cpuMs(() => renderPack(letter, fonts)), floor })
  }
}
const ratio = median(rounds.map((r) => r.ours / r.floor))

console.log('What They Hold benchmark (warm, Node ' + process.version + ')')
console.log(`one letter (${letterPages} pages), median of 30:        ${ms(median(single))}   target ≤ 50 ms`)
console.log(`one letter with its cover sheet, median of 30: ${ms(median(withCover))}`)
console.log(`answers → letter text for 2 bodies, median:    ${ms(median(build))}`)
console.log(`50 letters with cover sheets, median of 5:     ${ms(median(batch))}   target ≤ 2000 ms`)
console.log(`size of one letter:                            ${(letterBytes.length / 1024).toFixed(1)} KB   target ≤ 40 KB`)
console.log(`size of one letter with its cover sheet:       ${(packBytes.length / 1024).toFixed(1)} KB`)
console.log(`one letter against the pdf-lib floor, CPU:     ${ms(median(rounds.map((r) => r.ours)))} vs ${ms(median(rounds.map((r) => r.floor)))}, median ratio of ${ROUNDS} letters to different bodies ${ratio.toFixed(2)} ×   target ≤ 1.25 ×`)

const ROOT = join(import.meta.dirname, '..')

/** Every process in the tree under `root` (a worker thread is part of its process). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // It ended meanwhile.
    }
  }
  const tree = [root]
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i]!) ?? []))
  return tree
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}

interface CliRun {
  ok: boolean
  seconds: number
  cpuSeconds: number
  peakMb: number
  said: string
}

/**
 * One command-line run under /usr/bin/time (wall and CPU time of the command and everything it
 * started), with the resident memory of the whole process tree, worker threads included, summed
 * every 10 ms: its peak.
 */
function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let said = ''
    child.stderr.on('data', (chunk: Buffer) => { said += chunk.toString() })
    let peak = 0
    const poll = setInterval(() => {
      const sum = processTree(child.pid!).reduce((kb, pid) => kb + rssKb(pid), 0)
      if (sum > peak) peak = sum
    }, 10)
    child.on('exit', (code) => {
      clearInterval(poll)
      const [seconds, user, system] = (said.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
      resolve({ ok: code === 0, seconds: seconds ?? NaN, cpuSeconds: (user ?? 0) + (system ?? 0), peakMb: peak / 1024, said })
    })
  })
}

// The whole directory from the command line, as an advice worker's batch: nine request files, one call.
{
  const dir = mkdtempSync(join(tmpdir(), 'wth-bench-batch-'))
  const raw = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'requests', 'young-person.json'), 'utf8')) as Record<string, unknown>
  const ids = directory.all.map((r) => r.id)
  const files: string[] = []
  const per = Math.ceil(ids.length / 9)
  for (let i = 0; i < 9; i += 1) {
    const file = join(dir, `request-${i + 1}.json`)
    writeFileSync(file, JSON.stringify({ ...raw, recipients: ids.slice(i * per, (i + 1) * per) }))
    files.push(file)
  }
  const out = join(dir, 'out')
  const env = { WHAT_THEY_HOLD_TODAY: '2026-11-23' }
  // Built first (when the bundle is older than the source), outside the timing.
  await runCli([process.execPath, join(ROOT, 'scripts', 'letters.mjs'), '--help'], env)
  const ways: { label: string; args: string[]; env: Record<string, string>; runs: number }[] = [
    { label: 'before: tsx from source, one thread', args: [process.execPath, '--import', 'tsx', join(ROOT, 'src', 'cli', 'letters.ts')], env: { WTH_CLI_WORKERS: '0' }, runs: 1 },
    { label: 'the bundle, one thread', args: [process.execPath, join(ROOT, 'scripts', 'letters.mjs')], env: { WTH_CLI_WORKERS: '0' }, runs: 1 },
    { label: 'npm run letters: the bundle, workers', args: [process.execPath, join(ROOT, 'scripts', 'letters.mjs')], env: {}, runs: Number(process.env.WTH_BENCH_CLI_RUNS ?? 3) },
  ]
  for (const way of ways) {
    const runs: CliRun[] = []
    for (let i = 0; i < way.runs; i += 1) {
      rmSync(out, { recursive: true, force: true })
      runs.push(await runCli([...way.args, ...files, '--out', out], { ...env, ...way.env }))
    }
    const failed = runs.find((r) => !r.ok)
    if (failed) {
      console.log(`command line (${way.label}) failed: ${failed.said.slice(0, 500)}`)
      continue
    }
    const of = runs.length > 1 ? `median of ${runs.length}` : 'one run'
    console.log(
      `command line, ${ids.length} bodies in 9 files, ${way.label} (${of}): ${median(runs.map((r) => r.seconds)).toFixed(1)} s ` +
        `(CPU ${median(runs.map((r) => r.cpuSeconds)).toFixed(1)} s), peak memory ${Math.round(median(runs.map((r) => r.peakMb)))} MB   target ≤ 5 s, ≤ 400 MB`,
    )
  }
  rmSync(dir, { recursive: true, force: true })
}

if (process.env.WTH_BENCH !== 'node') {
  // The first page: the HTML, and the scripts and styles it loads before anything is shown, gzipped.
  // Inside the project (dist-*/ is ignored by git), where the preview server serves from.
  const out = 'dist-bench'
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' })
  const html = readFileSync(join(ROOT, out, 'index.html'), 'utf8')
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
  const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length
  const firstPage = gz(html) + assets.reduce((sum, a) => sum + gz(readFileSync(join(ROOT, out, a))), 0)
  console.log(`first page (HTML, ${assets.length} scripts and styles), gzipped: ${(firstPage / 1024).toFixed(1)} KB   target ≤ 75 KB`)

  // Making letters in Chromium: the advice worker's three bodies, from "Make your letters" to the
  // download link. The first time after three seconds on check your answers (a person reads it; the
  // page starts the letter maker meanwhile), then again in the same page (warm).
  const { startPreview, launchBrowser, openPage } = await import('../test/browser/harness.ts')
  const { loadAnswersFile, makeLetters, PATHS } = await import('../test/browser/helpers/journey.ts')
  const { answerKeepQuestion } = await import('../test/browser/helpers/keep.ts')
  const server = await startPreview(out)
  const browser = await launchBrowser()
  try {
    const { context, page } = await openPage(browser, { width: 1280, height: 900 })
    await page.goto(`${server.url}/`)
    await loadAnswersFile(page, join(ROOT, 'test', 'fixtures', 'requests', 'advice-worker.json'))
    await answerKeepQuestion(page, 'keep', PATHS.check, { headingFocused: false })
    await page.waitForTimeout(3000)
    const runs: number[] = []
    const inWorker: number[] = []
    for (let i = 0; i < 4; i += 1) {
      if (i > 0) {
        // Back inside the running app, as its own links go: a reload would start a new worker.
        await page.evaluate((to) => {
          history.pushState(null, '', to)
          dispatchEvent(new PopStateEvent('popstate'))
        }, PATHS.check)
        await page.waitForFunction((to) => location.pathname === to && document.querySelector('main h1') !== null, PATHS.check)
      }
      runs.push((await makeLetters(page)).readyMs)
      inWorker.push(Number(await page.evaluate(() => document.documentElement.dataset.lettersMs)))
    }
    const [cold, ...warm] = runs
    console.log(`Chromium, 3 bodies, "Make your letters" to the downloads: first ${ms(cold!)} (after 3 s on check your answers), warm median ${ms(median(warm))}   target ≤ 300 ms warm`)
    console.log(`  of which in the PDF worker:                  first ${ms(inWorker[0]!)}, warm median ${ms(median(inWorker.slice(1)))}`)
    await context.close()
  } finally {
    await browser.close()
    await server.stop()
  }
}
