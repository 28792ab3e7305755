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
import type { MadeLetter, MadeLetters, ToWorker, WorkerReply } from './protocol.ts'

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

async function makeLetters(input: Request, locale: string | undefined): Promise<MadeLetters> {
  const started = performance.now()
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
  const language = pageLanguage(locale)
  await Promise.all([...new Set([...request.recipients.map(letterLanguage), language])].map(loadLocale))
  const packs = buildPacks(request, sources)
  const texts = packs.flatMap((p) => p.documents.map(letterToPlainText))
  const fonts = await fontsFor(texts)
  const pdfs: Uint8Array[] = []
  for (const pack of packs) pdfs.push(await renderPack(pack, fonts, { createdOn: request.dated }))
  const all = await mergeLetters(pdfs, packs, language)
  return {
    letters: packs.map((pack, i) => describe(request, pack, i, pdfs[i] as Uint8Array, language)),
    all,
    allFileName: ALL_LETTERS_FILE_NAME,
    ms: Math.round(performance.now() - started),
  }
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
  const { id, request, locale } = event.data
  makeLetters(request, locale).then(
    (result) => reply({ id, ok: true, result }, [result.all.buffer as ArrayBuffer, ...result.letters.map((l) => l.pdf.buffer as ArrayBuffer)]),
    (error: unknown) => reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  )
})
