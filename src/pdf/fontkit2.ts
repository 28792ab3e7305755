/**
 * Upstream fontkit 2 made to look like the @pdf-lib/fontkit fork that pdf-lib expects.
 * The fork's subsetter blanks glyphs of current Noto builds (stack-notes P1); fontkit 2 subsets them correctly
 * but returns the subset from encode() instead of a stream, so encodeStream() is rebuilt here.
 */
import * as fontkit from 'fontkit'
import type { FontkitFont, FontkitGlyphRun, FontkitSubset } from 'fontkit'
import type { PDFDocument } from 'pdf-lib'

type Handler = (value?: unknown) => void

/** The tiny event-emitter shape pdf-lib reads a subset from: on('data'), on('end'), on('error'). */
function encodeAsStream(subset: FontkitSubset) {
  const handlers: Record<string, Handler> = {}
  let queued = false
  const emitter = {
    on(event: string, handler: Handler) {
      handlers[event] = handler
      // pdf-lib attaches all three handlers synchronously; emit once they are all in place.
      if (!queued) {
        queued = true
        queueMicrotask(() => {
          try {
            handlers.data?.(subset.encode())
            handlers.end?.()
          } catch (error) {
            handlers.error?.(error)
          }
        })
      }
      return emitter
    },
  }
  return emitter
}

type Features = Readonly<Record<string, boolean>> | readonly string[] | undefined

// Callers pass the same frozen object each time (measure.ts featuresFor), so its key is worked out once.
const featureKeys = new WeakMap<object, string>()

function featureKey(features: Features): string {
  if (features === undefined) return ''
  let key = featureKeys.get(features)
  if (key === undefined) {
    key = Array.isArray(features) ? features.join(' ') : Object.entries(features).map(([k, v]) => `${k}=${v ? 1 : 0}`).sort().join(' ')
    featureKeys.set(features, key)
  }
  return key
}

// Shaping is most of the cost of a PDF (stack-notes P7), and letters for many bodies repeat most of their text.
const MAX_LAYOUTS = 20_000

const JOINER = /[\u200c\u200d]/

/**
 * A zero-width joiner or non-joiner (part of the spelling in Bengali র‍্যাব or Persian می‌خواهم) shapes the
 * letters around it and then comes back as the font's space glyph with no advance. pdf-lib keeps only glyph
 * ids, so it would draw and measure a whole space there: the glyph is dropped once shaping is done.
 */
function withoutJoinerGlyphs(text: string, run: FontkitGlyphRun): FontkitGlyphRun {
  if (!JOINER.test(text)) return run
  const keep = run.glyphs.map((g, i) => !(run.positions[i]?.xAdvance === 0 && g.advanceWidth > 0 && g.codePoints.every((c) => c === 0x20 || c === 0x200c || c === 0x200d)))
  if (keep.every(Boolean)) return run
  run.glyphs = run.glyphs.filter((_, i) => keep[i])
  run.positions = run.positions.filter((_, i) => keep[i])
  return run
}

/** Remember layouts per text and features. pdf-lib only reads the glyph runs it gets back, so they can be shared. */
function cacheLayouts(font: FontkitFont): void {
  const layout = font.layout.bind(font)
  const runs = new Map<string, FontkitGlyphRun>()
  font.layout = (text, features, ...rest) => {
    if (typeof text !== 'string' || rest.length > 0) return layout(text, features, ...rest)
    const key = `${featureKey(features)}\u0000${text}`
    let run = runs.get(key)
    if (!run) {
      // fontkit writes the features it chose into the object it is given: it gets a copy.
      run = withoutJoinerGlyphs(text, layout(text, Array.isArray(features) ? [...features] : features && { ...features }))
      if (runs.size >= MAX_LAYOUTS) runs.clear()
      runs.set(key, run)
    }
    return run
  }
}

// Subsets kept per font: letters to every body in the directory draw about 80 different sets of glyphs.
const MAX_SUBSETS = 200

// Parsing a 600 KB font costs ~10 ms, so one parsed font serves every PDF made from the same bytes.
const parsed = new WeakMap<Uint8Array, FontkitFont>()

/** Parse font bytes once; every later call with the same array gets the same font object. */
export function parseFont(bytes: Uint8Array): FontkitFont {
  const known = parsed.get(bytes)
  if (known) return known
  const font = fontkit.create(bytes)
  // fontkit caches glyph objects with the code points of their first use. Writing a subset fetches composite
  // components (the "A" inside "Α") with none, so a later PDF drawing "A" from the same parsed font would map
  // it to no text. Fill in code points that an earlier caller could not give.
  const getGlyph = font.getGlyph.bind(font)
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints)
    if (glyph && glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints
    return glyph
  }
  cacheLayouts(font)
  const createSubset = font.createSubset.bind(font)
  const encoded = new Map<string, Uint8Array>()
  font.createSubset = () => {
    const subset = createSubset()
    const encode = subset.encode.bind(subset)
    // The same glyphs in the same order make the same bytes (render.ts puts them in glyph order), and
    // writing a subset is most of the cost of embedding a font: each is written once. pdf-lib copies
    // the bytes it is given, so they can be shared.
    subset.encode = () => {
      const key = subset.glyphs.join(' ')
      let written = encoded.get(key)
      if (!written) {
        written = encode()
        if (encoded.size >= MAX_SUBSETS) encoded.delete(encoded.keys().next().value!)
        encoded.set(key, written)
      }
      return written
    }
    subset.encodeStream = () => encodeAsStream(subset)
    return subset
  }
  parsed.set(bytes, font)
  return font
}

/** Pass to doc.registerFontkit(). pdf-lib types the fork's Font, which fontkit 2's font matches at runtime. */
export const fontkit2 = { create: parseFont } as unknown as Parameters<PDFDocument['registerFontkit']>[0]
