/**
 * One wrapped line → the runs to draw, left to right. pdf-lib has no bidi support, so this does the part of
 * the Unicode bidi algorithm a left-to-right letter needs: right-to-left runs, and anything that is not
 * left-to-right between them, are shown in reverse order. fontkit already reverses the glyphs inside each run.
 */
import type { Face } from './measure.ts'
import { directionOf, type Direction } from './runs.ts'
import type { Line } from './wrap.ts'

export interface VisualRun {
  text: string
  face: Face
  /** Offset from the start of the line, in points. */
  x: number
  width: number
}

interface Run {
  text: string
  face: Face
  width: number
  isolate: boolean
  dir: Direction
}

function mergeRuns(line: Line): Run[] {
  const runs: Run[] = []
  for (const p of line.pieces) {
    const last = runs[runs.length - 1]
    if (last && last.face === p.face && !last.isolate && !p.isolate) {
      last.text += p.text
      last.width += p.width
    } else runs.push({ text: p.text, face: p.face, width: p.width, isolate: p.isolate, dir: 'N' })
  }
  // Only a right-to-left run changes the order, and only Arabic (from U+0600 up) reads right to left:
  // a line without such characters is drawn as it is, with no need to find each run's direction.
  if (runs.some((r) => mayReadRightToLeft(r.text))) for (const r of runs) r.dir = directionOf(r.text)
  return runs
}

function mayReadRightToLeft(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) >= 0x0600) return true
  return false
}

/** Reverse each stretch that starts and ends with an R run and holds no L run; neutrals inside keep their order. */
function reorder(runs: Run[]): Run[] {
  const out: Run[] = []
  let i = 0
  while (i < runs.length) {
    if (runs[i]!.dir !== 'R') {
      out.push(runs[i++]!)
      continue
    }
    let end = i
    for (let j = i + 1; j < runs.length && runs[j]!.dir !== 'L'; j += 1) if (runs[j]!.dir === 'R') end = j
    const units: Run[][] = []
    for (let j = i; j <= end; j += 1) {
      const run = runs[j]!
      const last = units[units.length - 1]
      // Consecutive neutral runs (a number, say) are one unit, so they keep their own left-to-right order.
      if (run.dir === 'N' && last && last[0]!.dir === 'N') last.push(run)
      else units.push([run])
    }
    for (const unit of units.reverse()) out.push(...unit)
    i = end + 1
  }
  return out
}

// Wrapped lines are kept and shared between letters (rows.ts), and a line is never changed once made,
// so its runs are worked out once. Do not change the runs either.
const known = new WeakMap<Line, VisualRun[]>()

export function visualRuns(line: Line): VisualRun[] {
  let runs = known.get(line)
  if (!runs) {
    let x = 0
    runs = reorder(mergeRuns(line)).map((r) => {
      const run = { text: r.text, face: r.face, x, width: r.width }
      x += r.width
      return run
    })
    known.set(line, runs)
  }
  return runs
}
