/** Node only (CLI, tests, bench): the fonts from public/fonts. The app fetches the same files instead. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FONT_FILES, type FallbackFont, type FontBytes } from './fonts.ts'

export const FONT_DIR = new URL('../../public/fonts/', import.meta.url)

// Each file is read once per process; the same arrays also let fontkit2 reuse its parsed fonts.
const read = new Map<string, Uint8Array>()

function file(face: keyof FontBytes, dir: string): Uint8Array {
  const path = join(dir, FONT_FILES[face])
  let bytes = read.get(path)
  if (!bytes) {
    const data = readFileSync(path)
    bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    read.set(path, bytes)
  }
  return bytes
}

/**
 * The two Latin weights, plus whichever fallbacks are asked for (see fontsNeeded). `dir` is the fonts
 * folder: the bundled command line is not in src/, so it names the folder (see src/cli/project.ts).
 */
export function loadFontsFromDisk(needed: readonly FallbackFont[] = [], dir: string = fileURLToPath(FONT_DIR)): FontBytes {
  const fonts: FontBytes = { regular: file('regular', dir), bold: file('bold', dir) }
  for (const face of needed) fonts[face] = file(face, dir)
  return fonts
}
