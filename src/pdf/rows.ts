/**
 * The unit of pagination: a row is a strip of the page (one line of text, a field, a gap) that is never split.
 * Rows know how to draw themselves once the paginator has chosen where they go.
 */
import type { ScriptFont } from '../text/coverage.ts'
import type { Face, Measure } from './measure.ts'
import { PAGE, type Colour, type TypeStyle } from './style.ts'
import { visualRuns } from './visual.ts'
import { tokenize } from './words.ts'
import { wrap, type Line } from './wrap.ts'

/** What the renderer draws. Coordinates are PDF points from the bottom-left corner; y of text is its baseline. */
export type DrawCommand =
  | { kind: 'text'; x: number; y: number; text: string; face: Face; size: number; colour: Colour }
  | { kind: 'line'; x1: number; x2: number; y: number; thickness: number; colour: Colour }
  | { kind: 'box'; x: number; y: number; width: number; height: number; colour: Colour }

/** What a row is, for tests and for the keep rules. */
export type RowRole = 'heading' | 'title' | 'banner' | 'text' | 'address' | 'field' | 'space' | 'signature'

export interface Row {
  role: RowRole
  /** Its text as drawn, for tests. */
  text: string
  height: number
  /** Dropped when the row starts a page. */
  spaceBefore: number
  /** Must be on the same page as the row after it. */
  keepWithNext: boolean
  /** Commands for the row with its top edge `top` points below the top of the page. */
  draw(top: number): DrawCommand[]
}

export interface LayoutContext {
  measure: Measure
  chain: readonly ScriptFont[]
}

// Letters to many bodies repeat most of their paragraphs, so each wrapped paragraph is kept, per measure
// (its fonts: see fontMeasure), for the next letter. The lines are only read once made, so they can be
// shared. The cap only stops a long run growing without bound.
const MAX_WRAPPED = 5_000
const wrapped = new WeakMap<Measure, Map<string, Line[]>>()

/** `text` (markup) wrapped into lines of at most `width`. Do not change the lines: they are shared. */
export function wrapText(text: string, type: TypeStyle, width: number, ctx: LayoutContext): Line[] {
  let known = wrapped.get(ctx.measure)
  if (!known) wrapped.set(ctx.measure, (known = new Map()))
  const key = `${type.size} ${type.bold ? 'b' : ''} ${width} ${ctx.chain.join(',')}\u0000${text}`
  let lines = known.get(key)
  if (!lines) {
    const tokens = tokenize(text, { size: type.size, bold: type.bold, chain: ctx.chain, measure: ctx.measure })
    lines = wrap(tokens, width, type.size, ctx.measure)
    if (known.size >= MAX_WRAPPED) known.clear()
    known.set(key, lines)
  }
  return lines
}

/** Where the baseline sits below the top of a line box: text is centred optically in its leading. */
export function baselineOffset(type: TypeStyle): number {
  return type.leading / 2 + type.size * 0.36
}

/** Draw commands for one wrapped line whose left edge is at x. */
export function lineCommands(line: Line, x: number, baseline: number, size: number, colour: Colour = 'ink'): DrawCommand[] {
  return visualRuns(line).map((run) => ({
    kind: 'text' as const,
    x: x + run.x,
    y: PAGE.height - baseline,
    text: run.text,
    face: run.face,
    size,
    colour,
  }))
}

export function lineText(line: Line): string {
  return visualRuns(line).map((r) => r.text).join('')
}

export interface TextRowOptions {
  x: number
  width: number
  /** With 'right', each line ends at x + width. */
  align?: 'left' | 'right'
  colour?: Colour
  role?: RowRole
  spaceBefore?: number
}

/** One row per wrapped line of text. */
export function textRows(text: string, type: TypeStyle, ctx: LayoutContext, opts: TextRowOptions): Row[] {
  return wrapText(text, type, opts.width, ctx).map((line, i) => {
    const x = opts.align === 'right' ? opts.x + opts.width - line.width : opts.x
    return {
      role: opts.role ?? 'text',
      text: lineText(line),
      height: type.leading,
      spaceBefore: i === 0 ? (opts.spaceBefore ?? 0) : 0,
      keepWithNext: false,
      draw: (top) => lineCommands(line, x, top + baselineOffset(type), type.size, opts.colour),
    }
  })
}

export function spaceRow(height: number): Row {
  return { role: 'space', text: '', height, spaceBefore: 0, keepWithNext: false, draw: () => [] }
}

/** Bind rows together so none of them is left alone at the bottom or top of a page. */
export function keepTogether(rows: Row[]): Row[] {
  rows.forEach((row, i) => {
    if (i < rows.length - 1) row.keepWithNext = true
  })
  return rows
}

/** Widow and orphan control: at least two lines of a paragraph at the foot of a page and two at the top. */
export function guardOrphans(rows: Row[]): Row[] {
  if (rows.length >= 2) {
    rows[0]!.keepWithNext = true
    rows[rows.length - 2]!.keepWithNext = true
  }
  return rows
}
