/** Node only (CLI, tests, bench): the fonts from public/fonts. The app fetches the same files instead. */
import { readFileSync } from 'node:fs'
import { FONT_FILES, type FallbackFont, type FontBytes } from './fonts.ts'

export const FONT_DIR = new URL('../../public/fonts/', import.meta.url)

// Each file is read once per process; the same arrays also let fontkit2 reuse its parsed fonts.
const read = new Map<keyof FontBytes, Uint8Array>()

function file(face: keyof FontBytes): Uint8Array {
  let bytes = read.get(face)
  if (!bytes) {
    const data = readFileSync(new URL(FONT_FILES[face], FONT_DIR))
    bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    read.set(face, bytes)
  }
  return bytes
}

/** The two Latin weights, plus whichever fallbacks are asked for (see fontsNeeded). */
export function loadFontsFromDisk(needed: readonly FallbackFont[] = []): FontBytes {
  const fonts: FontBytes = { regular: file('regular'), bold: file('bold') }
  for (const face of needed) fonts[face] = file(face)
  return fonts
}
