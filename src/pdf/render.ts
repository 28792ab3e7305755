/**
 * A recipient's pack → one PDF, drawn with pdf-lib from the pure layout. Fonts are embedded as subsets
 * through upstream fontkit (stack-notes P1), only the faces the pack uses.
 */
import {
  beginText,
  Cache,
  endText,
  PDFContentStream,
  PDFDocument,
  PDFNumber,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  typedArrayFor,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib'
import { zlibSync } from 'fflate'
import type { FontkitSubset } from 'fontkit'
import type { LetterModel, RecipientPack } from '../letters/model.ts'
import { letterToPlainText } from '../letters/plain-text.ts'
import { assertPrintable, availableChain, type FontBytes } from './fonts.ts'
import { fontkit2, parseFont } from './fontkit2.ts'
import { layoutPack, type DrawCommand, type LaidOutPage } from './layout.ts'
import { featuresFor, fontMeasure, type Face } from './measure.ts'
import { COLOURS, PAGE, type Colour } from './style.ts'

export interface RenderOptions {
  /** Title in the PDF's metadata; by default the title of the pack's main document. */
  title?: string
  /** The letter date (YYYY-MM-DD), recorded as the PDF's creation date. Without it none is recorded. */
  createdOn?: string
  /**
   * Compresses the fonts, their ToUnicode maps and the pages' contents (zlib format). By default
   * fflate at zlib's default level, which is faster than pdf-lib's own (pako); the command line passes
   * Node's zlib, faster still. The content is the same either way; only the compressed bytes may differ.
   */
  deflate?: (bytes: Uint8Array) => Uint8Array
}

type Deflate = NonNullable<RenderOptions['deflate']>

const fflateDeflate: Deflate = (bytes) => zlibSync(bytes, { level: 6 })

/** A quick hash of every 16th byte: a match is checked in full, so it only has to spread the keys. */
function sampleHash(bytes: Uint8Array): number {
  let h = 0x811c9dc5
  for (let i = 0; i < bytes.length; i += 16) h = Math.imul(h ^ bytes[i]!, 0x01000193)
  return h >>> 0
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false
  return true
}

// Compressed embedded streams kept between PDFs: 200 is more than twice the glyph sets of letters to
// every body in the directory.
const MAX_PACKED = 200
const packed = new Map<string, { raw: Uint8Array; packed: Uint8Array }>()

/**
 * Letters that draw the same glyphs embed the same font subset and ToUnicode map (see
 * includeGlyphsInOrder), so each is compressed once and the bytes are reused: compressing a font is
 * most of what saving a letter costs. Nothing changes the bytes once made, so they can be shared.
 */
function deflateOnce(raw: Uint8Array, deflate: Deflate): Uint8Array {
  const key = `${raw.length} ${sampleHash(raw)}`
  const known = packed.get(key)
  if (known && sameBytes(known.raw, raw)) return known.packed
  const out = deflate(raw)
  if (packed.size >= MAX_PACKED) packed.delete(packed.keys().next().value!)
  packed.set(key, { raw, packed: out })
  return out
}

/** Font files and ToUnicode maps are compressed as they are embedded, through the context's flateStream. */
function deflateEmbeddedWith(doc: PDFDocument, deflate: Deflate): void {
  const context = doc.context
  context.flateStream = (contents, dict = {}) => context.stream(deflateOnce(typedArrayFor(contents), deflate), { ...dict, Filter: 'FlateDecode' })
}

/** Page contents are compressed when the document is saved, from the cache each content stream keeps (private in pdf-lib's types). */
function deflateContentsWith(doc: PDFDocument, deflate: Deflate): void {
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFContentStream)) continue
    const stream = object as unknown as { encode: boolean; contentsCache: Cache<Uint8Array>; getUnencodedContents(): Uint8Array }
    if (stream.encode) stream.contentsCache = Cache.populatedBy(() => deflate(stream.getUnencodedContents()))
  }
}

const APP = 'What They Hold'

// A subset font's name starts with six capitals and "+" (PDF 32000 §9.6.4), which tells readers it is partial.
const SUBSET_TAG: Record<Face, string> = { regular: 'WTHREG', bold: 'WTHBLD', arabic: 'WTHARB', bengali: 'WTHBEN' }

function defaultTitle(documents: readonly LetterModel[]): string {
  const main = documents.find((d) => d.kind !== 'cover-sheet') ?? documents[0]
  return main?.title || APP
}

const colour = (c: Colour) => {
  const [r, g, b] = COLOURS[c]
  return rgb(r, g, b)
}

/** The pages of a pack, positioned but not drawn. Throws UnsupportedCharactersError before any layout work. */
export function layoutForFonts(documents: readonly LetterModel[], fonts: FontBytes): LaidOutPage[] {
  const chain = availableChain(fonts)
  assertPrintable(documents.map(letterToPlainText), chain)
  return layoutPack(documents, { measure: fontMeasure(fonts), chain })
}

/** Embeds each face as a subset, tagged as one; only the faces given, so a PDF carries only what it draws. */
export async function embedFaces(doc: PDFDocument, faces: Iterable<Face>, fonts: FontBytes): Promise<Map<Face, PDFFont>> {
  const embedded = new Map<Face, PDFFont>()
  for (const face of faces) {
    const bytes = fonts[face]
    if (!bytes) throw new Error(`The ${face} font was not supplied`)
    const name = `${SUBSET_TAG[face]}+${parseFont(bytes).postscriptName}`
    embedded.set(face, await doc.embedFont(bytes, { subset: true, features: featuresFor(face), customName: name }))
  }
  return embedded
}

/**
 * Puts each face's glyphs into its subset in glyph order before anything is drawn, rather than in order
 * of first use. Letters that draw the same glyphs then embed byte-identical fonts, which fontkit2.ts
 * writes once and deflateOnce compresses once: the 435 letters to every body in the directory draw
 * about 80 sets. Each run is shaped as drawing it will shape it (the layout is kept, so it is shaped once).
 */
function includeGlyphsInOrder(pages: readonly LaidOutPage[], embedded: Map<Face, PDFFont>, fonts: FontBytes): void {
  const ids = new Map<Face, Set<number>>()
  for (const page of pages) {
    for (const c of page.commands) {
      if (c.kind !== 'text') continue
      let set = ids.get(c.face)
      if (!set) ids.set(c.face, (set = new Set()))
      for (const glyph of parseFont(fonts[c.face]!).layout(c.text, featuresFor(c.face)).glyphs) set.add(glyph.id)
    }
  }
  for (const [face, set] of ids) {
    // pdf-lib keeps the subset private; includeGlyph gives a glyph its place, and drawing finds it there.
    const { subset } = (embedded.get(face) as unknown as { embedder: { subset: FontkitSubset } }).embedder
    for (const id of [...set].sort((a, b) => a - b)) subset.includeGlyph(id)
  }
}

// The text matrix's fixed entries, made once: pdf-lib formats each number as it is made, slowly below 1.
const ONE = PDFNumber.of(1)
const ZERO = PDFNumber.of(0)
/** A position to a hundredth of a point (a 280th of a millimetre): shorter page contents, the same page. */
const at = (value: number) => PDFNumber.of(Math.round(value * 100) / 100)

type Shape = Exclude<DrawCommand, { kind: 'text' }>

function drawShape(page: PDFPage, command: Shape): void {
  if (command.kind === 'line') {
    page.drawLine({
      start: { x: command.x1, y: command.y },
      end: { x: command.x2, y: command.y },
      thickness: command.thickness,
      color: colour(command.colour),
    })
  } else {
    page.drawRectangle({ x: command.x, y: command.y, width: command.width, height: command.height, color: colour(command.colour) })
  }
}

/**
 * A page's commands in order. Runs of text go into one text object, with the font and colour set
 * only when they change: pdf-lib's drawText wraps every run in its own graphics state, looks the
 * font up in the page's resources and sets font and colour again, which was a third of a letter's time.
 * A run is one line's piece in one face, so it needs no wrapping or line breaks of drawText's.
 */
function drawPage(page: PDFPage, commands: readonly DrawCommand[], fonts: Map<Face, PDFFont>): void {
  const keys = new Map<Face, PDFName>()
  const keyOf = (face: Face): PDFName => {
    let key = keys.get(face)
    if (!key) {
      const font = fonts.get(face)!
      keys.set(face, (key = page.node.newFontDictionary(font.name, font.ref)))
    }
    return key
  }
  let text: PDFOperator[] = []
  let face: Face | undefined
  let size: number | undefined
  let ink: Colour | undefined
  const endTextObject = () => {
    if (text.length === 0) return
    page.pushOperators(beginText(), ...text, endText())
    text = []
    face = size = ink = undefined
  }
  for (const command of commands) {
    if (command.kind !== 'text') {
      endTextObject()
      drawShape(page, command)
      continue
    }
    if (command.face !== face || command.size !== size) text.push(setFontAndSize(keyOf(command.face), command.size))
    if (command.colour !== ink) {
      const [r, g, b] = COLOURS[command.colour]
      text.push(setFillingRgbColor(r, g, b))
    }
    face = command.face
    size = command.size
    ink = command.colour
    text.push(setTextMatrix(ONE, ZERO, ZERO, ONE, at(command.x), at(command.y)), showText(fonts.get(command.face)!.encodeText(command.text)))
  }
  endTextObject()
}

/** One PDF for one recipient: each document of the pack in order, each starting on a new page. */
export async function renderPack(pack: RecipientPack, fonts: FontBytes, opts: RenderOptions = {}): Promise<Uint8Array> {
  const pages = layoutForFonts(pack.documents, fonts)
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit2)
  const deflate = opts.deflate ?? fflateDeflate
  deflateEmbeddedWith(doc, deflate)
  const faces = new Set<Face>()
  for (const page of pages) for (const c of page.commands) if (c.kind === 'text') faces.add(c.face)
  const embedded = await embedFaces(doc, faces, fonts)
  includeGlyphsInOrder(pages, embedded, fonts)
  for (const laidOut of pages) drawPage(doc.addPage([PAGE.width, PAGE.height]), laidOut.commands, embedded)
  // No author: the metadata must not carry the person's name.
  doc.setTitle(opts.title ?? defaultTitle(pack.documents), { showInWindowTitleBar: true })
  // Screen readers read the letter in its own language.
  doc.setLanguage(pack.language)
  doc.setCreator(APP)
  doc.setProducer(APP)
  // The letter's own date, not the clock's: core code is given the date, and a PDF dated with the
  // machine's clock would not match the letter.
  if (opts.createdOn) {
    const made = new Date(`${opts.createdOn}T12:00:00Z`)
    doc.setCreationDate(made)
    doc.setModificationDate(made)
  }
  deflateContentsWith(doc, deflate)
  return doc.save()
}
