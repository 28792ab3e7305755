/**
 * Makes the PDFs off the main thread, so typing and scrolling never freeze. Created only through
 * ./pdf-client.ts. Everything happens on this device: the fonts come from this site (/fonts/),
 * and nothing is sent anywhere.
 */
import { PDFDocument } from 'pdf-lib'
import { loadDirectory } from '../directory/directory.ts'
import { loadLocale } from '../i18n/load.browser.ts'
import { DEFAULT_LETTER_LANGUAGE, LETTER_LANGUAGES, type LetterLanguage } from '../i18n/letter-words.ts'
import { buildPack, buildPacks, letterLanguage, letterProblems } from '../letters/build.ts'
import { wordsFor } from '../letters/languages.ts'
import { calendarFileName, calendarFor, calendarWords } from '../letters/calendar.ts'
import type { LetterModel, RecipientPack } from '../letters/model.ts'
import { letterToPlainText } from '../letters/plain-text.ts'
import { letterEmail, letterPostal, resolveRecipient } from '../letters/recipients.ts'
import { BUNDLED_TEMPLATES } from '../letters/templates.browser.ts'
import { FONT_FILES, fontsNeeded, type FontBytes } from '../pdf/fonts.ts'
import { fontkit2 } from '../pdf/fontkit2.ts'
import { mergePdfs } from '../pdf/merge.ts'
import { renderPack } from '../pdf/render.ts'
import { parseRequest } from '../request/parse.ts'
import type { Request } from '../request/schema.ts'
import { zipSync } from 'fflate'
import { summaryCsv, summaryRows, type BatchLetter } from '../letters/summary.ts'
import { renderSummarySheet } from '../pdf/summary.ts'
import type { BatchClient, BatchWords, MadeBatch, MadeLetter, MadeLetters, ToWorker, WorkerReply } from './protocol.ts'

const ALL_LETTERS_FILE_NAME = 'all-letters.pdf'

type FontName = keyof FontBytes

const fontCache = new Map<FontName, Promise<Uint8Array>>()
let directory: ReturnType<typeof loadDirectory> | undefined

function font(name: FontName): Promise<Uint8Array> {
  let bytes = fontCache.get(name)
  if (!bytes) {
    bytes = fetch(`/fonts/${FONT_FILES[name]}`).then(async (response) => {
      if (!response.ok) throw new Error(`Font ${name} did not load (${response.status})`)
      return new Uint8Array(await response.arrayBuffer())
    })
    bytes.catch(() => fontCache.delete(name))
    fontCache.set(name, bytes)
  }
  return bytes
}

async function fontsFor(texts: string[]): Promise<FontBytes> {
  const extra = fontsNeeded(texts)
  const [regular, bold, arabic, bengali] = await Promise.all([
    font('regular'),
    font('bold'),
    extra.includes('arabic') ? font('arabic') : undefined,
    extra.includes('bengali') ? font('bengali') : undefined,
  ])
  return { regular, bold, ...(arabic ? { arabic } : {}), ...(bengali ? { bengali } : {}) }
}

/** The letter itself, not the cover sheet or forms. */
function mainLetter(pack: RecipientPack): LetterModel | undefined {
  return pack.documents.find((d) => d.kind !== 'cover-sheet' && d.kind !== 'authority-form')
}

/** The interface's language where letters can be written in it, else English: the page's words about each letter. */
function pageLanguage(locale: string | undefined): LetterLanguage {
  return (LETTER_LANGUAGES as readonly (string | undefined)[]).includes(locale) ? (locale as LetterLanguage) : DEFAULT_LETTER_LANGUAGE
}

function describe(request: Request, pack: RecipientPack, index: number, pdf: Uint8Array, language: LetterLanguage): MadeLetter {
  const dir = directory as NonNullable<typeof directory>
  const entry = request.recipients[index]
  const resolved = entry === undefined ? undefined : resolveRecipient(entry, dir)
  // A letter in another language than the page's: what to enclose and what was assumed, said in the page's.
  const shown = pack.language === language || !resolved ? pack : buildPack(request, resolved, index, BUNDLED_TEMPLATES, language)
  const letter = mainLetter(pack)
  const toIco = request.followUp?.kind === 'ico-complaint'
  const replyBy = pack.replyBy
  // The reminder is the person's own: in the page's language, whatever the letter's.
  const words = calendarWords(language)
  const calendar = calendarFor(pack, { words })
  const plainCalendar = calendarFor(pack, { plain: true, words })
  return {
    recipientId: pack.recipientId,
    recipientName: pack.recipientName,
    fileName: pack.fileName,
    pdf,
    text: letter ? letterToPlainText(letter) : '',
    subject: letter?.subject ?? letter?.title ?? '',
    email: toIco || !resolved ? undefined : letterEmail(resolved),
    webForm: toIco ? undefined : resolved?.webForm,
    // The letter's address block says "Data Protection Officer" even without an address: only a real one counts.
    postal: letter?.recipient && (toIco || (resolved ? (letterPostal(resolved)?.lines.length ?? 0) : 0) > 0) ? [letter.recipient.name, ...letter.recipient.lines] : undefined,
    deadline: replyBy?.date,
    deadlineWords: replyBy ? wordsFor(BUNDLED_TEMPLATES, language).date(replyBy.date) : undefined,
    deadlineKind: replyBy?.what,
    assumption: shown.replyBy?.assumption,
    enclosures: shown.toEnclose,
    calendar: calendar && plainCalendar ? { fileName: calendarFileName(pack), full: calendar, plain: plainCalendar } : undefined,
  }
}

/** All the letters in one PDF, titled in the page's language; tagged with the letters' own language when they share one. */
function mergeLetters(pdfs: Uint8Array[], packs: RecipientPack[], language: LetterLanguage): Promise<Uint8Array> {
  const languages = new Set(packs.map((p) => p.language))
  return mergePdfs(pdfs, { title: wordsFor(BUNDLED_TEMPLATES, language).t('allLetters.title'), language: languages.size === 1 ? [...languages][0]! : language })
}

/** A request checked again (it crossed a boundary) and its letters' PDFs, each in its client's own letter language. */
async function packsAndPdfs(input: Request, language: LetterLanguage): Promise<{ request: Request; packs: RecipientPack[]; pdfs: Uint8Array[] }> {
  directory ??= loadDirectory()
  const dir = directory
  // Never trust what crosses a boundary: the same schema and directory check as everywhere else.
  const parsed = parseRequest(input, { isKnownRecipient: (id) => dir.byId(id) !== undefined })
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'))
  const request = parsed.request
  const sources = { directory: dir, templates: BUNDLED_TEMPLATES }
  const problems = letterProblems(request, sources)
  if (problems.length > 0) throw new Error(problems.map((e) => e.message).join('\n'))
  // A cover sheet says where to send the letter in the letter's language, whatever the page's is.
  await Promise.all([...new Set([...request.recipients.map(letterLanguage), language])].map(loadLocale))
  const packs = buildPacks(request, sources)
  const texts = packs.flatMap((p) => p.documents.map(letterToPlainText))
  const fonts = await fontsFor(texts)
  const pdfs: Uint8Array[] = []
  for (const pack of packs) pdfs.push(await renderPack(pack, fonts, { createdOn: request.dated }))
  return { request, packs, pdfs }
}

async function makeLetters(input: Request, locale: string | undefined): Promise<MadeLetters> {
  const started = performance.now()
  const language = pageLanguage(locale)
  const { request, packs, pdfs } = await packsAndPdfs(input, language)
  const all = await mergeLetters(pdfs, packs, language)
  return {
    letters: packs.map((pack, i) => describe(request, pack, i, pdfs[i] as Uint8Array, language)),
    all,
    allFileName: ALL_LETTERS_FILE_NAME,
    ms: Math.round(performance.now() - started),
  }
}

/**
 * A batch: each client's letters (and calendar reminders) in the client's own folder, then the summary
 * as a CSV and as a sheet, all in one zip. Clients are made one after another, so memory holds one
 * client's fonts and pages at a time besides the finished files.
 */
async function makeBatch(batch: readonly BatchClient[], words: BatchWords, today: string, locale: string | undefined): Promise<MadeBatch> {
  const started = performance.now()
  const language = pageLanguage(locale)
  const files: Record<string, Uint8Array> = {}
  const letters: BatchLetter[] = []
  for (const { folder, request: input } of batch) {
    const { request, packs, pdfs } = await packsAndPdfs(input, language)
    packs.forEach((pack, i) => {
      files[`${folder}/${pack.fileName}`] = pdfs[i] as Uint8Array
      const calendar = calendarFor(pack, { words: calendarWords(language) })
      if (calendar) files[`${folder}/${calendarFileName(pack)}`] = new TextEncoder().encode(calendar)
      letters.push({ folder, request, pack })
    })
  }
  const rows = summaryRows(letters)
  files[words.csvFileName] = new TextEncoder().encode(summaryCsv(words.csvHeader, rows))
  const sheetRows = rows.map(([folder, reference, organisation, request, dated, sentOn, replyDue]) => [
    folder,
    reference,
    organisation,
    request.split('; ').map((kind) => words.requestWords[kind] ?? kind).join(', '),
    dated,
    sentOn,
    replyDue,
  ])
  const sheet = { title: words.sheetTitle, lead: words.sheetLead.replace('{letters}', String(letters.length)), header: words.sheetHeader, rows: sheetRows, language: locale ?? 'en-GB', createdOn: today }
  // A reference or an organisation typed in another script needs that script's font, as in the letter.
  files[words.sheetFileName] = await renderSummarySheet(sheet, await fontsFor([sheet.title, sheet.lead, ...sheet.header, ...sheetRows.flat()]))
  // PDFs are compressed already: stored as they are, the zip is made at once.
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { level: name.endsWith('.pdf') ? 0 : 6 }]])))
  return { zip, letters: letters.length, ms: Math.round(performance.now() - started) }
}

function reply(message: WorkerReply, transfer: Transferable[] = []): void {
  postMessage(message, transfer)
}

/** What every run needs, loaded before it is asked for; a font that fails here is fetched again by the run. */
function warmUp(): void {
  directory ??= loadDirectory()
  Promise.all([font('regular'), font('bold')]).then(
    async ([regular, bold]) => {
      // A throwaway page in both faces runs the same subsetting and saving code a letter will, so
      // the first letter does not pay for compiling it.
      const doc = await PDFDocument.create({ updateMetadata: false })
      doc.registerFontkit(fontkit2)
      const page = doc.addPage()
      for (const bytes of [regular, bold]) page.drawText('Aa 1', { font: await doc.embedFont(bytes, { subset: true }) })
      await doc.save()
    },
    () => undefined,
  ).catch(() => undefined)
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  if ('warmUp' in event.data) {
    warmUp()
    return
  }
  if ('batch' in event.data) {
    const { id, batch, words, today, locale } = event.data
    makeBatch(batch, words, today, locale).then(
      (result) => reply({ id, ok: true, result }, [result.zip.buffer as ArrayBuffer]),
      (error: unknown) => reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
    )
    return
  }
  const { id, request, locale } = event.data
  makeLetters(request, locale).then(
    (result) => reply({ id, ok: true, result }, [result.all.buffer as ArrayBuffer, ...result.letters.map((l) => l.pdf.buffer as ArrayBuffer)]),
    (error: unknown) => reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  )
})
